import { readFileSync, renameSync, rmSync } from 'node:fs';
import type {
  BackupFileContent,
  BackupList,
  BackupReason,
  BackupRestored,
  BackupSummary,
} from '@shared/domain';
import {
  BackupNotVerifiedError,
  findBackup,
  listBackups,
  writeBackup,
  type BackupFile,
} from '../store/backups';
import { openStore, type Db } from '../store/database';
import {
  DamagedStoreError,
  findDamage,
  moveStoreAside,
  openFromBackup,
  recoverStore,
  type RecoveredStore,
} from '../store/recovery';
import { DomainError, notFound } from './errors';
import { SET_ASIDE_KEPT_MS, type MediaFolder } from './media-folder';

/** The store the backend serves from, which a restore or a recovery replaces while the app runs. */
export interface LiveStore {
  readonly db: Db;
  /** The store file. */
  readonly file: string;
  /** True while an import writes to the store on a connection of its own. */
  importing(): boolean;
  /** Settles once no import runs. */
  afterImports(): Promise<void>;
  /**
   * Closes the store, calls `reopen` (which puts another file in its place and opens it) and serves from
   * what it opened from then on. Synchronous, so that no request ever sees a store half replaced.
   */
  replace(reopen: () => RecoveredStore): void;
}

export interface BackupTiming {
  /** The first daily backup this long after start, so a kiosk's start is not slowed by it. */
  firstAfterMs: number;
  intervalMs: number;
  /** A backup follows a trainer's edits once they have paused this long... */
  quietMs: number;
  /** ...or this long after the first edit not yet backed up, however busy the trainer is. */
  maxWaitMs: number;
}

export const DEFAULT_BACKUP_TIMING: BackupTiming = {
  firstAfterMs: 5 * 60_000,
  intervalMs: 24 * 60 * 60_000,
  quietMs: 2 * 60_000,
  maxWaitMs: 15 * 60_000,
};

export interface BackupServiceOptions {
  store: LiveStore;
  backupDir: string;
  media: MediaFolder;
  now: () => number;
  timing: BackupTiming;
  /** Where a failed scheduled backup is reported. */
  onError: (error: unknown) => void;
}

const toSummary = (backup: BackupFile): BackupSummary => ({
  name: backup.name,
  madeAt: backup.madeAt,
  sequence: backup.sequence,
  reason: backup.reason,
  verified: backup.verified,
  bytes: backup.bytes,
});

/**
 * Keeps the store's backups: one shortly after start and then daily, one after a trainer's edits once they
 * pause, and one whenever a trainer asks. Every copy is verified before it counts. Restores a backup in
 * place of the live store (backing the live one up first), and when a copy fails its check because the
 * live store is damaged, puts the newest good backup in its place at once. One of these at a time.
 */
export function createBackupService(options: BackupServiceOptions) {
  const { store, backupDir, media, now, timing } = options;
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  let editTimer: NodeJS.Timeout | null = null;
  let firstUnsavedEditAt: number | null = null;

  /** Runs `work` after everything queued before it, so that no two backups or restores overlap. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  function later(callback: () => void, ms: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      timers.delete(timer);
      callback();
    }, ms);
    timer.unref();
    timers.add(timer);
    return timer;
  }

  /**
   * Backs the live store up. When the copy fails its check and the live store turns out damaged, the
   * newest good backup takes its place and DomainError('storage-damaged') says so.
   */
  async function backUp(reason: BackupReason): Promise<BackupFile> {
    try {
      return await writeBackup(store.db, backupDir, { now: now(), reason });
    } catch (error) {
      if (!(error instanceof BackupNotVerifiedError)) throw error;
      const damage = findDamage(store.db);
      if (damage === null) throw error;
      // An import writes on a connection of its own: the file is replaced only once it is done.
      await store.afterImports();
      store.replace(() => recoverStore(store.file, backupDir, now(), damage));
      throw new DomainError(
        'storage-damaged',
        'The data file was found damaged while it was being backed up, so no backup was made. Gymdeck ' +
          'put the newest good backup in its place; the trainer home says which.',
      );
    }
  }

  function scheduled(reason: BackupReason): void {
    if (stopped) return;
    exclusive(() => backUp(reason)).catch((error: unknown) => {
      if (!stopped) options.onError(error);
    });
  }

  function daily(delay: number): void {
    later(() => {
      scheduled('daily');
      daily(timing.intervalMs);
    }, delay);
  }

  /** Checks a backup in a copy beside the store before anything is replaced; answers that copy's path. */
  function preparedCopy(backup: BackupFile): string {
    const copy = `${store.file}.restoring`;
    let db: Db;
    try {
      db = openFromBackup(copy, backup.path);
    } catch (error) {
      if (error instanceof DamagedStoreError) {
        throw new DomainError(
          'storage-damaged',
          `The backup ${backup.name} is damaged, so nothing was changed.`,
        );
      }
      throw error;
    }
    db.close();
    return copy;
  }

  return {
    /** Starts the daily backups; call once the store is serving. */
    start(): void {
      daily(timing.firstAfterMs);
    },

    /** Notes a trainer's edit: a backup follows once edits pause (or after a while, if they do not). */
    noteEdit(): void {
      if (stopped) return;
      const time = now();
      firstUnsavedEditAt ??= time;
      if (editTimer) {
        clearTimeout(editTimer);
        timers.delete(editTimer);
      }
      const due = Math.min(timing.quietMs, Math.max(0, firstUnsavedEditAt + timing.maxWaitMs - time));
      editTimer = later(() => {
        editTimer = null;
        firstUnsavedEditAt = null;
        scheduled('after-edits');
      }, due);
    },

    list(): BackupList {
      const setAside = media.setAsideSummary();
      return {
        backups: listBackups(backupDir).map(toSummary),
        setAsideMedia: { ...setAside, keptDays: SET_ASIDE_KEPT_MS / (24 * 60 * 60_000) },
      };
    },

    async create(): Promise<BackupSummary> {
      return toSummary(await exclusive(() => backUp('on-request')));
    },

    /**
     * Puts the backup `name` in place of the live store: the backup is checked first (nothing changes if it
     * is damaged), the live store is backed up, then the store is replaced and pictures it names come back
     * from the set-aside folder. The app serves from the restored store at once.
     */
    restore(name: string): Promise<BackupRestored> {
      return exclusive(async () => {
        const backup = findBackup(backupDir, name);
        if (!backup) throw notFound('backup', name);
        if (store.importing()) {
          throw new DomainError('conflict', 'An import is running; restore once it has finished.', {
            reason: 'import-running',
          });
        }
        const copy = preparedCopy(backup);
        try {
          let previous: BackupFile | null = null;
          try {
            previous = await writeBackup(store.db, backupDir, { now: now(), reason: 'before-restore' });
          } catch (error) {
            if (!(error instanceof BackupNotVerifiedError)) throw error;
          }
          store.replace(() => {
            if (previous) {
              for (const suffix of ['', '-wal', '-shm']) rmSync(store.file + suffix, { force: true });
            } else {
              // The store could not be backed up (it is damaged): it is kept aside as it is.
              moveStoreAside(store.file, now(), 'damaged');
            }
            renameSync(copy, store.file);
            return { db: openStore(store.file), recovery: null };
          });
          return { restored: toSummary(backup), previous: previous && toSummary(previous) };
        } finally {
          rmSync(copy, { force: true });
        }
      });
    },

    download(name: string): BackupFileContent {
      const backup = findBackup(backupDir, name);
      if (!backup) throw notFound('backup', name);
      return { fileName: backup.name, data: readFileSync(backup.path).toString('base64') };
    },

    emptySetAsideMedia(): { files: number; bytes: number } {
      return media.emptySetAside();
    },

    stop(): void {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },

    /** Settles once no backup or restore is running. */
    idle(): Promise<void> {
      return queue.then(() => undefined);
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
