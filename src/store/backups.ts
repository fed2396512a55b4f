import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';

const BACKUP_NAME = /^gymdeck-(\d{8}T\d{6}Z)\.db$/;

/** How many daily copies are kept: a week of history in case a bad day is noticed late. */
export const BACKUPS_KEPT = 7;

/** `time` as a compact UTC stamp for file names (20261125T073000Z): readable, and sorts in time order. */
export function fileTimeStamp(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** The file name of a backup taken at `time`; names sort in time order. */
export function backupFileName(time: number): string {
  return `gymdeck-${fileTimeStamp(time)}.db`;
}

/** The backups in `dir`, newest first, as full paths. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => join(dir, name));
}

/**
 * Copies the live store into `dir` with SQLite's online backup (the app keeps running meanwhile), under a
 * temporary name renamed into place only once complete, so a power cut never leaves a half backup that
 * looks whole. Keeps the newest `keep` backups.
 */
export async function writeBackup(db: Db, dir: string, now: number, keep = BACKUPS_KEPT): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupFileName(now));
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  for (const old of listBackups(dir).slice(keep)) rmSync(old, { force: true });
  return file;
}

export interface BackupSchedule {
  stop(): void;
}

/**
 * Takes a backup shortly after start and then every `intervalMs`. Timers are unref'd so they never keep a
 * process alive; a failed backup is reported and retried at the next turn.
 */
export function scheduleBackups(
  db: Db,
  dir: string,
  options: { now: () => number; firstAfterMs: number; intervalMs: number; onError: (error: unknown) => void },
): BackupSchedule {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const turn = (delay: number): void => {
    timer = setTimeout(() => {
      writeBackup(db, dir, options.now())
        .catch((error: unknown) => {
          if (!stopped) options.onError(error);
        })
        .finally(() => {
          if (!stopped) turn(options.intervalMs);
        });
    }, delay);
    timer.unref();
  };
  turn(options.firstAfterMs);
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
