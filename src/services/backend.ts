import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, type MethodName, type Result } from '@shared/contract';
import type { ImportReport } from '@shared/domain';
import { lockDataFolder } from '../store/data-folder-lock';
import { openStore, type Db } from '../store/database';
import { openStoreRecovering, type RecoveredStore, type StoreRecovery } from '../store/recovery';
import { seedLibrary } from '../store/seed/seed';
import { createApiRouter, type Dispatch } from './api-router';
import { createBackupService, DEFAULT_BACKUP_TIMING, type BackupTiming, type LiveStore } from './backups';
import { tidyMediaFolder } from './library-editing';
import { MediaFolder } from './media-folder';
import { hasPendingStoreRecovery, recordStoreRecovery } from './system';
import type { KioskShell } from './context';
import type { PinHashing } from './pin-hash';
import { resetTrainerPin } from './trainer-access';
import { createServices, defaultContext, type Services } from './index';

// The transports (src/main, src/server) reach the services through this module only.
export type { Dispatch } from './api-router';
export type { KioskShell, PickedFile } from './context';
export { defaultDataDir, PRODUCT_NAME } from './data-dir';
export { DataFolderInUseError } from '../store/data-folder-lock';
export { UnreadJson } from './unread-json';

export const DATABASE_FILE_NAME = 'gymdeck.db';
/** The folder inside the data folder that holds pictures and videos of exercises. */
export const MEDIA_DIR_NAME = 'media';
/** Where pictures and videos that no exercise names any more wait for 30 days before they are deleted. */
export const MEDIA_ORPHANS_DIR_NAME = 'media-orphans';
/** The folder inside the data folder that holds the copies of the store. */
export const BACKUP_DIR_NAME = 'backups';

/** The calls by which a trainer changes what Gymdeck keeps; a backup follows them once they pause. */
const EDITS: ReadonlySet<MethodName> = new Set<MethodName>([
  'library:import',
  'library:create',
  'library:update',
  'library:duplicate',
  'library:archive',
  'library:restore',
  'library:attach-media',
  'library:detach-media',
  'circuits:create',
  'circuits:update',
  'circuits:archive',
  'settings:update',
]);

/**
 * The calls that only read. They go ahead while an import writes (a reader never waits for a writer);
 * every other call waits until the import's write is over.
 */
const READS: ReadonlySet<MethodName> = new Set<MethodName>([
  'library:list',
  'library:get',
  'library:vocabulary',
  'library:export',
  'library:import-progress',
  'circuits:list',
  'circuits:get',
  'settings:get',
  'timers:get-run',
  'system:notices',
  'backups:list',
  'backups:download',
]);

/** A call that changed what Gymdeck keeps; an import's report says whether it was only a preview. */
const isEdit = (method: string, result: Result<unknown>): boolean =>
  result.ok &&
  EDITS.has(method as MethodName) &&
  (method !== 'library:import' || !(result.value as ImportReport).dryRun);

export interface Backend {
  dataDir: string;
  mediaDir: string;
  /** The store served now (a restore or a recovery replaces it while the app runs). */
  readonly db: Db;
  /** Set when the store file was found damaged (at start, or later by a backup) and was replaced. */
  readonly recovery: StoreRecovery | null;
  readonly services: Services;
  dispatch: Dispatch;
  /** Settles once no backup or restore is running. */
  idle(): Promise<void>;
  close(): void;
}

export interface BackendOptions {
  dataDir: string;
  onInternalError?: (method: string, error: unknown) => void;
  /** Where a failed scheduled backup is reported. */
  onBackupError?: (error: unknown) => void;
  /** The Electron shell's own powers (file dialogs, quitting), when it serves the kiosk window. */
  shell?: KioskShell;
  /** The wall clock and the steady clock; tests set them. */
  clock?: { now: () => number; steadyNow: () => number };
  /** How a new PIN is hashed; tests use a cheap cost. */
  pinHashing?: PinHashing;
  /** When backups are made; for tests. */
  backupTiming?: BackupTiming;
  /** How many exercises the library may hold; for tests. */
  libraryLimit?: number;
}

interface Serving {
  db: Db;
  services: Services;
  route: Dispatch;
}

/**
 * Claims the data folder, opens the store in it (replacing a damaged one), migrates it, adds any missing
 * part of the built-in library, tidies the media folder and wires the API. Throws DataFolderInUseError when
 * another Gymdeck runs on the folder.
 */
export function startBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const lock = lockDataFolder(options.dataDir);
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  const backupDir = join(options.dataDir, BACKUP_DIR_NAME);
  const mediaDir = join(options.dataDir, MEDIA_DIR_NAME);
  const media = new MediaFolder(mediaDir, join(options.dataDir, MEDIA_ORPHANS_DIR_NAME));
  const now = options.clock?.now ?? ((): number => Date.now());
  const routerOptions = options.onInternalError ? { onInternalError: options.onInternalError } : {};
  let recovery: StoreRecovery | null = null;
  let serving: Serving | null = null;

  const store: LiveStore = {
    get db() {
      return current().db;
    },
    file,
    importing: () => current().services.libraryTransfer.importing(),
    afterImports: () => current().services.libraryTransfer.idle(),
    replace(reopen) {
      const { trainer } = current().services;
      const inTrainerMode = trainer.unlockedScreens();
      trainer.flush();
      current().db.close();
      serving = null;
      serve(reopen(), { afterReplace: true });
      current().services.trainer.keepUnlocked(inTrainerMode);
    },
  };
  const backups = createBackupService({
    store,
    backupDir,
    media,
    now,
    timing: options.backupTiming ?? DEFAULT_BACKUP_TIMING,
    onError: options.onBackupError ?? ((error) => console.error('[backup] failed:', error)),
  });

  function current(): Serving {
    if (!serving) throw new Error('The store is not open.');
    return serving;
  }

  /**
   * Serves from `opened`. Files no row names are set aside only at an ordinary start: never after a
   * recovery or a restore (the store kept aside may name them), nor while a trainer has not yet read the
   * notice of a recovery.
   */
  function serve(opened: RecoveredStore, { afterReplace }: { afterReplace: boolean }): void {
    const { db } = opened;
    try {
      const context = {
        ...defaultContext(db, mediaDir),
        ...options.clock,
        shell: options.shell,
        pinHashing: options.pinHashing,
        setAsideMediaDir: media.setAsideDir,
        storeFile: file,
        libraryLimit: options.libraryLimit,
      };
      seedLibrary(db, context.now());
      if (opened.recovery) {
        recovery = opened.recovery;
        recordStoreRecovery(db, opened.recovery, context.now());
      }
      const setAsideUnused = !afterReplace && opened.recovery === null && !hasPendingStoreRecovery(db);
      tidyMediaFolder(db, media, { now: context.now(), setAsideUnused });
      const services = createServices(context);
      serving = { db, services, route: createApiRouter(services, { ...routerOptions, backups }) };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  try {
    serve(openStoreRecovering(file, backupDir, now()), { afterReplace: false });
  } catch (error) {
    lock.release();
    throw error;
  }
  backups.start();

  let closed = false;
  const dispatch: Dispatch = async (method, payload, caller) => {
    if (!READS.has(method as MethodName)) await current().services.libraryTransfer.writesAllowed();
    if (closed) return fail('unavailable', 'Gymdeck is closing.');
    const result = await current().route(method, payload, caller);
    if (isEdit(method, result)) backups.noteEdit();
    return result;
  };

  return {
    dataDir: options.dataDir,
    mediaDir,
    get db() {
      return current().db;
    },
    get recovery() {
      return recovery;
    },
    get services() {
      return current().services;
    },
    dispatch,
    idle: () => backups.idle(),
    close: () => {
      closed = true;
      backups.stop();
      serving?.services.libraryTransfer.stop();
      serving?.services.trainer.flush();
      // The closed store stays readable as `db`, so a caller can see that it is closed.
      if (serving?.db.open) serving.db.close();
      lock.release();
    },
  };
}

/**
 * The offline PIN reset, run on the machine itself (never from a screen): forgets the trainer PIN and
 * every lock-out, so the next trainer at a screen chooses a new PIN. Works whether Gymdeck is running or not.
 * False when no PIN was set.
 */
export function resetTrainerPinIn(dataDir: string): boolean {
  const file = join(dataDir, DATABASE_FILE_NAME);
  if (!existsSync(file))
    throw new Error(`There is no Gymdeck data in ${dataDir} (no ${DATABASE_FILE_NAME}).`);
  const db = openStore(file);
  try {
    return resetTrainerPin(db);
  } finally {
    db.close();
  }
}
