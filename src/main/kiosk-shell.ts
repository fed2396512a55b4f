import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { KioskShell, PickedFile } from '../services/backend';

/** The part of Electron's dialog module the shell uses. */
export interface OpenDialog<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** What each kind of file a trainer picks may be, for the dialog's filter. */
const FILTERS: Record<Parameters<KioskShell['openFile']>[0], OpenDialogOptions['filters']> = {
  'library-file': [{ name: 'Library file (JSON)', extensions: ['json'] }],
  picture: [{ name: 'Picture', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif'] }],
  video: [{ name: 'Video', extensions: ['mp4', 'webm'] }],
};

export interface KioskShellOptions<W> {
  dialog: OpenDialog<W>;
  /** The kiosk's window, which the dialog belongs to; null when there is none (then nothing opens). */
  window(): W | null;
  quit(): void;
  /** Reading the chosen file; tests give their own. */
  files?: { size(path: string): number; read(path: string): Buffer };
}

const diskFiles = { size: (path: string) => statSync(path).size, read: (path: string) => readFileSync(path) };

/**
 * The kiosk's own powers for the API: the system file dialog (the router lets only an unlocked trainer
 * reach it; the window's file inputs are not used in the kiosk) and quitting.
 */
export function createKioskShell<W>(options: KioskShellOptions<W>): KioskShell {
  const files = options.files ?? diskFiles;
  return {
    async openFile(kind): Promise<PickedFile | null> {
      const window = options.window();
      if (window === null) return null;
      const answer = await options.dialog.showOpenDialog(window, {
        properties: ['openFile'],
        filters: FILTERS[kind],
      });
      const path = answer.filePaths[0];
      if (answer.canceled || path === undefined) return null;
      return { name: basename(path), size: files.size(path), read: () => files.read(path) };
    },
    quit: () => options.quit(),
  };
}
