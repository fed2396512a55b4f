import type { KioskFileKind } from '@shared/contract';
import { IMPORT_MAX_CHARS } from '@shared/contract/transfer-schemas';
import { MEDIA_MAX_BYTES } from '@shared/domain';
import type { ServiceContext } from './context';
import { DomainError, invalidField } from './errors';

/** The largest file of each kind that is read at all (the services check the content afterwards). */
const MAX_BYTES: Record<KioskFileKind, number> = {
  'library-file': IMPORT_MAX_CHARS,
  picture: MEDIA_MAX_BYTES.image,
  video: MEDIA_MAX_BYTES.video,
};

const megabytes = (bytes: number): string => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toString()} MB`;

const kioskOnly = (what: string): DomainError =>
  new DomainError('unavailable', `${what} belongs to the kiosk app; a browser uses its own.`, {
    reason: 'kiosk-only',
  });

/** What the Electron shell does for a trainer: its own file dialog, and leaving the kiosk. */
export function createKioskService({ shell }: ServiceContext) {
  return {
    /** The chosen file's name and bytes (base64); a file over its kind's limit is refused unread. */
    async openFile(kind: KioskFileKind): Promise<{ file: { name: string; data: string } | null }> {
      if (!shell) throw kioskOnly('The file dialog');
      const picked = await shell.openFile(kind);
      if (!picked) return { file: null };
      if (picked.size > MAX_BYTES[kind]) {
        throw invalidField(
          'data',
          'file-too-large',
          `this file is ${megabytes(picked.size)}; the most is ${megabytes(MAX_BYTES[kind])}.`,
          { size: megabytes(picked.size), max: megabytes(MAX_BYTES[kind]) },
        );
      }
      if (picked.size === 0) throw invalidField('data', 'file-empty', 'the file is empty.');
      return { file: { name: picked.name, data: picked.read().toString('base64') } };
    },
    quit(): { quitting: boolean } {
      if (!shell) throw kioskOnly('Closing Gymdeck');
      shell.quit();
      return { quitting: true };
    },
  };
}

export type KioskService = ReturnType<typeof createKioskService>;
