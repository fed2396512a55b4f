import { basename, join } from 'node:path';
import type { Event } from 'electron';

/** The part of Electron's DownloadItem the handler reads and sets. */
export interface DownloadPort {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: {
    title?: string;
    defaultPath?: string;
    filters?: { name: string; extensions: string[] }[];
  }): void;
}

export interface DownloadSession {
  on(event: 'will-download', listener: (event: Event, item: DownloadPort) => void): unknown;
}

export interface DownloadPolicy {
  /** Whether a trainer has unlocked the kiosk's window now. */
  isTrainerUnlocked(): boolean;
  /** Where the save dialog starts. */
  downloadsDir(): string;
  log(message: string): void;
}

/** What the app itself offers for download: a library export, made in the page as a Blob. */
const EXPORT_FILE = /^[A-Za-z0-9 ._-]{1,120}\.json$/;

/**
 * Every download in the kiosk's window goes through here. Only a trainer's library export is let through:
 * a Blob the page made, named like an export, while trainer mode is unlocked; it then goes where the
 * trainer chooses in the save dialog. Anything else (a link someone slipped into content, a download
 * while trainer mode is locked) is cancelled.
 */
export function controlDownloads(session: DownloadSession, policy: DownloadPolicy): void {
  session.on('will-download', (event, item) => {
    const name = basename(item.getFilename());
    const refuse = (why: string): void => {
      event.preventDefault();
      policy.log(`A download of "${name}" was refused: ${why}.`);
    };
    if (!policy.isTrainerUnlocked()) return refuse('trainer mode is locked');
    if (!item.getURL().startsWith('blob:')) return refuse('it does not come from Gymdeck itself');
    if (!EXPORT_FILE.test(name)) return refuse('it is not a library export');
    item.setSaveDialogOptions({
      title: 'Save the library export',
      defaultPath: join(policy.downloadsDir(), name),
      filters: [{ name: 'Gymdeck library', extensions: ['json'] }],
    });
  });
}
