import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Names the store gives media files: a generated id and an extension from the content, nothing else. */
export const MEDIA_FILE_NAME = /^[A-Za-z0-9-]{1,100}\.(png|jpg|webp|gif|mp4|webm)$/;

/**
 * The folder that holds the media files. Only names matching MEDIA_FILE_NAME are ever joined to it, so no
 * path from outside can reach another file.
 */
export class MediaFolder {
  constructor(readonly dir: string) {}

  path(fileName: string): string {
    if (!MEDIA_FILE_NAME.test(fileName)) throw new Error(`"${fileName}" is not a media file name.`);
    return join(this.dir, fileName);
  }

  /** Writes the whole file and flushes it to disk before it gets its name, so a named file is complete. */
  write(fileName: string, bytes: Uint8Array): void {
    const target = this.path(fileName);
    mkdirSync(this.dir, { recursive: true });
    const partial = `${target}.partial`;
    const fd = openSync(partial, 'w', 0o644);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  /** Removes a file; one already gone is not an error. */
  remove(fileName: string): void {
    rmSync(this.path(fileName), { force: true });
  }

  /** Deletes every file no row refers to (left by a crash between a write and its commit); returns them. */
  removeUnused(inUse: ReadonlySet<string>): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
    } catch {
      return [];
    }
    const unused = names.filter((name) => !inUse.has(name));
    for (const name of unused) rmSync(join(this.dir, name), { force: true });
    return unused;
  }
}
