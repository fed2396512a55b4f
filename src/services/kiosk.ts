import type { KioskFileKind } from '@shared/contract';
import type { PickedFile, ServiceContext } from './context';
import { DomainError } from './errors';

const kioskOnly = (what: string): DomainError =>
  new DomainError('unavailable', `${what} belongs to the kiosk app; a browser uses its own.`, {
    reason: 'kiosk-only',
  });

/** What the Electron shell does for a trainer: its own file dialog, and leaving the kiosk. */
export function createKioskService({ shell }: ServiceContext) {
  return {
    async openFile(kind: KioskFileKind): Promise<{ file: PickedFile | null }> {
      if (!shell) throw kioskOnly('The file dialog');
      return { file: await shell.openFile(kind) };
    },
    quit(): { quitting: boolean } {
      if (!shell) throw kioskOnly('Closing Gymdeck');
      shell.quit();
      return { quitting: true };
    },
  };
}

export type KioskService = ReturnType<typeof createKioskService>;
