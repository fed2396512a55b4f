import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileTimeStamp, listBackups } from './backups';
import { openStore, type Db } from './database';

/** What happened when the store file turned out to be damaged. */
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

/** The store file is damaged; `message` says how. */
export class DamagedStoreError extends Error {}

/** True for the errors by which SQLite says a file is damaged. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

/**
 * Runs `integrity_check` on an open store: unlike `quick_check` it also finds an index that no longer
 * matches its table. Answers null when the store is sound, else SQLite's first complaint.
 */
export function findDamage(db: Db): string | null {
  try {
    const result = db.pragma('integrity_check', { simple: true });
    return result === 'ok' ? null : `integrity_check: ${String(result)}`;
  } catch (error) {
    if (isCorruptionError(error))
      return `${String((error as { code: string }).code)}: ${(error as Error).message}`;
    throw error;
  }
}

/** Opens, migrates and checks the store; throws DamagedStoreError only for damage, anything else as is. */
function openChecked(file: string): Db {
  let db: Db;
  try {
    db = openStore(file);
  } catch (error) {
    if (isCorruptionError(error)) {
      throw new DamagedStoreError(`${String((error as { code: string }).code)}: ${(error as Error).message}`);
    }
    throw error;
  }
  let damage: string | null;
  try {
    damage = findDamage(db);
  } catch (error) {
    db.close();
    throw error;
  }
  if (damage !== null) {
    db.close();
    throw new DamagedStoreError(damage);
  }
  return db;
}

/** Moves a closed store file and its WAL companions aside under a name that says when and why. */
export function moveStoreAside(file: string, now: number, why: string): string {
  const stamped = join(dirname(file), `${basename(file)}.${why}-${fileTimeStamp(now)}`);
  // A second move within the same second must not overwrite the first file.
  const target = existsSync(stamped) ? `${stamped}-${now}` : stamped;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

function removeStoreFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Puts a copy of the backup at `backup` in place of `file` (which must not exist any more) and opens it,
 * migrated and checked. Throws DamagedStoreError (leaving no file behind) when the copy is damaged.
 */
export function openFromBackup(file: string, backup: string): Db {
  copyFileSync(backup, file);
  try {
    return openChecked(file);
  } catch (error) {
    // Only a copy: the backup itself stays where it is.
    removeStoreFiles(file);
    throw error;
  }
}

/**
 * Moves the damaged store at `file` (closed) aside, never deleting it, and opens in its place the newest
 * backup that opens cleanly and passes `integrity_check`, else a fresh store (the caller seeds it).
 */
export function recoverStore(file: string, backupDir: string, now: number, reason: string): RecoveredStore {
  const movedAsideTo = moveStoreAside(file, now, 'damaged');
  for (const backup of listBackups(backupDir)) {
    try {
      const db = openFromBackup(file, backup.path);
      return { db, recovery: { at: now, reason, movedAsideTo, restoredFrom: backup.path } };
    } catch (backupError) {
      if (!(backupError instanceof DamagedStoreError)) throw backupError;
    }
  }
  const db = openChecked(file);
  return { db, recovery: { at: now, reason, movedAsideTo, restoredFrom: null } };
}

/**
 * Opens the store at `file`. A damaged file (SQLite reports corruption, or `integrity_check` finds any)
 * is handled by recoverStore. Errors that are not damage, such as a database from a newer app or a
 * read-only folder, are thrown untouched.
 */
export function openStoreRecovering(file: string, backupDir: string, now: number): RecoveredStore {
  try {
    return { db: openChecked(file), recovery: null };
  } catch (error) {
    if (!(error instanceof DamagedStoreError)) throw error;
    return recoverStore(file, backupDir, now, error.message);
  }
}
