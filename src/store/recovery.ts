import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileTimeStamp, listBackups } from './backups';
import { openStore, type Db } from './database';

/** What happened when the store file turned out to be damaged at start. */
export interface StoreRecovery {
  at: number;
  /** Why the file was judged damaged (SQLite's words). */
  reason: string;
  /** Where the damaged file was moved, kept for a closer look. */
  movedAsideTo: string;
  /** The backup the store was restored from, or null when none was usable and a fresh store was made. */
  restoredFrom: string | null;
}

export interface RecoveredStore {
  db: Db;
  recovery: StoreRecovery | null;
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

class DamagedStoreError extends Error {}

/** Opens, migrates and checks the store; throws DamagedStoreError only for damage, anything else as is. */
function openChecked(file: string): Db {
  let db: Db;
  try {
    db = openStore(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && CORRUPTION_CODES.has(code)) {
      throw new DamagedStoreError(`${code}: ${(error as Error).message}`);
    }
    throw error;
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    db.close();
    throw new DamagedStoreError(`quick_check: ${String(check)}`);
  }
  return db;
}

/** Moves the store file and its WAL companions aside under a name that says when and why. */
function moveAside(file: string, now: number): string {
  const stamped = join(dirname(file), `${basename(file)}.damaged-${fileTimeStamp(now)}`);
  // A second recovery within the same second must not overwrite the first damaged file.
  const target = existsSync(stamped) ? `${stamped}-${now}` : stamped;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

/**
 * Opens the store at `file`. A damaged file (SQLite reports corruption, or `quick_check` finds any) is
 * moved aside, never deleted; the newest backup that opens cleanly takes its place, else a fresh store is
 * made (the caller seeds it). Errors that are not damage, such as a database from a newer app or a
 * read-only folder, are thrown untouched.
 */
export function openStoreRecovering(file: string, backupDir: string, now: number): RecoveredStore {
  try {
    return { db: openChecked(file), recovery: null };
  } catch (error) {
    if (!(error instanceof DamagedStoreError)) throw error;
    const movedAsideTo = moveAside(file, now);
    for (const backup of listBackups(backupDir)) {
      copyFileSync(backup, file);
      try {
        const db = openChecked(file);
        return { db, recovery: { at: now, reason: error.message, movedAsideTo, restoredFrom: backup } };
      } catch (backupError) {
        if (!(backupError instanceof DamagedStoreError)) throw backupError;
        // Only a copy: the backup itself stays where it is.
        for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      }
    }
    const db = openChecked(file);
    return { db, recovery: { at: now, reason: error.message, movedAsideTo, restoredFrom: null } };
  }
}
