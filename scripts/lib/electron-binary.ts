import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The path of the Electron executable, or null where it is missing and cannot be fetched. Asked in a
 * child process because `require('electron')` tries a download and prints its failure at length.
 */
export function findElectronBinary(cwd: string = process.cwd()): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

export const NO_ELECTRON_SENTENCE =
  'The Electron runtime is not installed and could not be downloaded on this machine, so the kiosk cannot ' +
  'start here; run `npm run web` to serve Gymdeck to a browser instead.';
