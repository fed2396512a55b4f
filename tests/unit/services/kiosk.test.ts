import { describe, expect, it } from 'vitest';
import { createKioskService } from '../../../src/services/kiosk';
import type { KioskShell, PickedFile } from '../../../src/services/context';
import { createTestStore } from '../../support/store';

function shellOffering(file: PickedFile | null): KioskShell {
  return { openFile: () => Promise.resolve(file), quit: () => undefined };
}

describe('the kiosk service', () => {
  it('reads the chosen file, and refuses one over its limit without reading it', async () => {
    const store = createTestStore();
    const reads: string[] = [];
    const picked = (size: number): PickedFile => ({
      name: 'clip.mp4',
      size,
      read: () => {
        reads.push('clip.mp4');
        return Buffer.alloc(size, 1);
      },
    });
    const kiosk = (file: PickedFile | null) =>
      createKioskService({ ...store.context, shell: shellOffering(file) });
    expect(await kiosk(picked(3)).openFile('video')).toEqual({
      file: { name: 'clip.mp4', data: Buffer.alloc(3, 1).toString('base64') },
    });
    await expect(kiosk(picked(9 * 1024 * 1024)).openFile('picture')).rejects.toMatchObject({
      code: 'invalid-input',
      detail: { field: 'data', reason: 'file-too-large', params: { size: '9 MB', max: '8 MB' } },
    });
    await expect(kiosk(picked(0)).openFile('picture')).rejects.toMatchObject({
      detail: { reason: 'file-empty' },
    });
    expect(reads).toEqual(['clip.mp4']);
    expect(await kiosk(null).openFile('library-file')).toEqual({ file: null });
    store.close();
  });

  it('answers a browser that there is no kiosk here', async () => {
    const store = createTestStore();
    await expect(store.services.kiosk.openFile('picture')).rejects.toMatchObject({
      code: 'unavailable',
      detail: { reason: 'kiosk-only' },
    });
    expect(() => store.services.kiosk.quit()).toThrow(/kiosk app/);
    store.close();
  });
});
