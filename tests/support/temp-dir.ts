import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  path: string;
  /** A path inside the folder. */
  file(name: string): string;
  remove(): void;
}

/** A fresh folder under the system's temp directory; `remove` deletes it and everything in it. */
export function makeTempDir(prefix = 'gymdeck-test-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
