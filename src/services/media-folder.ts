import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Names the store gives media files: a generated id and an extension from the content, nothing else. */
export const MEDIA_FILE_NAME = /^[A-Za-z0-9-]{1,100}\.(png|jpg|webp|gif|mp4|webm)$/;

/** How long a picture or video no exercise names any more is kept in the set-aside folder. */
export const SET_ASIDE_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

const PARTIAL = '.partial';

/** What tidying the media folder did. */
export interface MediaTidying {
  /** Files no row names, moved to the set-aside folder. */
  setAside: string[];
  /** Files a row names that were found in the set-aside folder and moved back. */
  broughtBack: string[];
  /** Files that had been set aside longer than SET_ASIDE_KEPT_MS, now deleted. */
  expired: string[];
}

export interface SetAsideSummary {
  files: number;
  bytes: number;
}

function fileNames(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * The folder that holds the media files, and beside it the folder where files no exercise names any more
 * wait (for SET_ASIDE_KEPT_MS, or until a trainer empties it) instead of being deleted: a restored backup
 * may name them again. Only names matching MEDIA_FILE_NAME are joined to the folder from outside, so no
 * path from a request can reach another file.
 */
export class MediaFolder {
  constructor(
    readonly dir: string,
    readonly setAsideDir: string,
  ) {}

  path(fileName: string): string {
    if (!MEDIA_FILE_NAME.test(fileName)) throw new Error(`"${fileName}" is not a media file name.`);
    return join(this.dir, fileName);
  }

  /**
   * Writes the whole file and flushes it to disk before it gets its name, so a named file is complete. On
   * any failure (a full disk among them) the partial file is removed before the error is passed on.
   */
  write(fileName: string, bytes: Uint8Array): void {
    const target = this.path(fileName);
    mkdirSync(this.dir, { recursive: true });
    const partial = `${target}${PARTIAL}`;
    try {
      const fd = openSync(partial, 'w', 0o644);
      try {
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  /** Deletes a file that no row has ever named (one just written for a change that did not commit). */
  remove(fileName: string): void {
    rmSync(this.path(fileName), { force: true });
  }

  /**
   * Moves a file no row names any more into the set-aside folder, dated `now` so that it is kept for
   * SET_ASIDE_KEPT_MS from then. Answers false for a file already gone.
   */
  setAside(fileName: string, now: number): boolean {
    const from = join(this.dir, fileName);
    if (!existsSync(from)) return false;
    mkdirSync(this.setAsideDir, { recursive: true });
    const to = join(this.setAsideDir, fileName);
    renameSync(from, to);
    const at = new Date(now);
    utimesSync(to, at, at);
    return true;
  }

  /**
   * Brings back from the set-aside folder every file a row names, moves aside every file no row names
   * (unless `setAsideUnused` is false, as after a recovery, when the damaged store kept aside may still
   * name them), deletes what a crash left half-written, and deletes set-aside files older than
   * SET_ASIDE_KEPT_MS. A file dated in the future (a clock set back) is kept.
   */
  tidy(inUse: ReadonlySet<string>, options: { now: number; setAsideUnused: boolean }): MediaTidying {
    const present = new Set(fileNames(this.dir));
    const broughtBack: string[] = [];
    for (const name of fileNames(this.setAsideDir)) {
      if (!inUse.has(name) || present.has(name) || !MEDIA_FILE_NAME.test(name)) continue;
      mkdirSync(this.dir, { recursive: true });
      renameSync(join(this.setAsideDir, name), join(this.dir, name));
      present.add(name);
      broughtBack.push(name);
    }
    const setAside: string[] = [];
    if (options.setAsideUnused) {
      for (const name of present) {
        if (inUse.has(name)) continue;
        if (name.endsWith(PARTIAL)) rmSync(join(this.dir, name), { force: true });
        else if (this.setAside(name, options.now)) setAside.push(name);
      }
    }
    const expired: string[] = [];
    for (const name of fileNames(this.setAsideDir)) {
      const path = join(this.setAsideDir, name);
      if (statSync(path).mtimeMs < options.now - SET_ASIDE_KEPT_MS) {
        rmSync(path, { force: true });
        expired.push(name);
      }
    }
    return { setAside, broughtBack, expired };
  }

  /** How many files wait in the set-aside folder, and their size. */
  setAsideSummary(): SetAsideSummary {
    let bytes = 0;
    const names = fileNames(this.setAsideDir);
    for (const name of names) bytes += statSync(join(this.setAsideDir, name)).size;
    return { files: names.length, bytes };
  }

  /** Deletes every file in the set-aside folder, as a trainer asked; answers how many there were. */
  emptySetAside(): SetAsideSummary {
    const summary = this.setAsideSummary();
    for (const name of fileNames(this.setAsideDir)) rmSync(join(this.setAsideDir, name), { force: true });
    return summary;
  }
}
