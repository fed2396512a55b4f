import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '@shared/domain';
import type { Db } from './database';

/**
 * How many verified copies of each kind are kept: a week of daily ones (in case a bad day is noticed
 * late), and a few of the others, so that a busy day of edits never pushes the week out.
 */
export const BACKUPS_KEPT: Readonly<Record<BackupReason, number>> = {
  daily: 7,
  'after-edits': 5,
  'on-request': 5,
  'before-restore': 3,
};

/**
 * `gymdeck-<sequence>-<time>-<reason>.db`. The sequence says in which order backups were made, whatever the
 * clock said; the time is only what the clock said. A file only ever gets such a name once `integrity_check`
 * passed on it.
 */
const BACKUP_NAME = /^gymdeck-(\d{6,})-(\d{8}T\d{6}Z)-(daily|after-edits|on-request|before-restore)\.db$/;
/** Backups written before they were numbered and checked: older than any numbered one, never verified. */
const UNNUMBERED_BACKUP_NAME = /^gymdeck-(\d{8}T\d{6}Z)\.db$/;

export interface BackupFile {
  path: string;
  name: string;
  /** The order in which backups were made; 0 for the unnumbered ones of older versions. */
  sequence: number;
  /** What the clock said when it was made (milliseconds since the epoch). */
  madeAt: number;
  reason: BackupReason;
  /** `integrity_check` passed on this copy before it was given its name. */
  verified: boolean;
  bytes: number;
}

/** A backup copy failed `integrity_check`; it was removed and nothing was pruned. */
export class BackupNotVerifiedError extends Error {
  constructor(readonly problem: string) {
    super(`The backup copy failed its integrity check (${problem}); it was not kept.`);
    this.name = 'BackupNotVerifiedError';
  }
}

/** `time` as a compact UTC stamp for file names (20261125T073000Z). */
export function fileTimeStamp(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function parseTimeStamp(stamp: string): number {
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13)}`;
  return Date.parse(iso);
}

function describeBackup(dir: string, name: string): BackupFile | null {
  const numbered = BACKUP_NAME.exec(name);
  const unnumbered = numbered ? null : UNNUMBERED_BACKUP_NAME.exec(name);
  if (!numbered && !unnumbered) return null;
  const path = join(dir, name);
  let bytes: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return null;
    bytes = stats.size;
  } catch {
    return null;
  }
  if (numbered) {
    return {
      path,
      name,
      sequence: Number(numbered[1]),
      madeAt: parseTimeStamp(numbered[2] ?? ''),
      reason: numbered[3] as BackupReason,
      verified: true,
      bytes,
    };
  }
  return {
    path,
    name,
    sequence: 0,
    madeAt: parseTimeStamp(unnumbered?.[1] ?? ''),
    reason: 'daily',
    verified: false,
    bytes,
  };
}

/** The backups in `dir`, newest first in the order they were made (never by the clock). */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => describeBackup(dir, name))
    .filter((backup): backup is BackupFile => backup !== null)
    .sort((a, b) => b.sequence - a.sequence || b.name.localeCompare(a.name));
}

/** The backup called `name` in `dir`, or null; only names of backups are looked up. */
export function findBackup(dir: string, name: string): BackupFile | null {
  return listBackups(dir).find((backup) => backup.name === name) ?? null;
}

/**
 * Makes a fresh copy a file that stands alone (rollback journal instead of WAL, so that opening it later
 * leaves no companion files) and runs `integrity_check` on it; answers null when it is sound, else the
 * problem.
 */
function verifyCopy(file: string): string | null {
  let db: Db | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const result = db.pragma('integrity_check', { simple: true });
    return result === 'ok' ? null : String(result);
  } catch (error) {
    return `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}`;
  } finally {
    db?.close();
  }
}

/**
 * Removes the oldest copies of each kind beyond what `keep` allows. Only verified copies count towards
 * it: a copy from an older version (never checked) goes only once enough verified ones of its kind exist.
 */
export function pruneBackups(dir: string, keep: Readonly<Record<BackupReason, number>> = BACKUPS_KEPT): void {
  const counted = new Map<BackupReason, number>();
  for (const backup of listBackups(dir)) {
    const kept = counted.get(backup.reason) ?? 0;
    if (kept >= keep[backup.reason]) {
      rmSync(backup.path, { force: true });
    } else if (backup.verified) {
      counted.set(backup.reason, kept + 1);
    }
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

export interface BackupRequest {
  now: number;
  reason: BackupReason;
  keep?: Readonly<Record<BackupReason, number>>;
}

/**
 * Copies the live store into `dir` with SQLite's online backup (the app keeps running meanwhile) under a
 * temporary name, runs `integrity_check` on the copy, and only then gives it its numbered name and prunes
 * older copies. A copy that fails the check is removed and BackupNotVerifiedError thrown: a damaged store
 * never pushes a good backup out.
 */
export async function writeBackup(db: Db, dir: string, request: BackupRequest): Promise<BackupFile> {
  mkdirSync(dir, { recursive: true });
  const sequence = (listBackups(dir)[0]?.sequence ?? 0) + 1;
  const name = `gymdeck-${String(sequence).padStart(6, '0')}-${fileTimeStamp(request.now)}-${request.reason}.db`;
  const file = join(dir, name);
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    const problem = verifyCopy(partial);
    if (problem !== null) throw new BackupNotVerifiedError(problem);
    renameSync(partial, file);
  } finally {
    removeDatabaseFiles(partial);
  }
  pruneBackups(dir, request.keep);
  const written = describeBackup(dir, name);
  if (!written) throw new Error(`The backup ${name} vanished as it was written.`);
  return written;
}
