import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { scheduleBackups } from '../store/backups';
import { openStore, type Db } from '../store/database';
import { openStoreRecovering, type StoreRecovery } from '../store/recovery';
import { seedLibrary } from '../store/seed/seed';
import { createApiRouter, type Dispatch } from './api-router';
import { removeUnusedMediaFiles } from './library-editing';
import { recordStoreRecovery } from './system';
import type { KioskShell } from './context';
import type { PinHashing } from './pin-hash';
import { resetTrainerPin } from './trainer-access';
import { createServices, defaultContext, type Services } from './index';

// The transports (src/main, src/server) reach the services through this module only.
export type { Dispatch } from './api-router';
export type { KioskShell, PickedFile } from './context';
export { defaultDataDir, PRODUCT_NAME } from './data-dir';

export const DATABASE_FILE_NAME = 'gymdeck.db';
/** The folder inside the data folder that holds pictures and videos of exercises. */
export const MEDIA_DIR_NAME = 'media';
/** The folder inside the data folder that holds the daily copies of the store. */
export const BACKUP_DIR_NAME = 'backups';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The first backup waits a little, so a kiosk's start is not slowed by it. */
const FIRST_BACKUP_AFTER_MS = 5 * 60 * 1000;

export interface Backend {
  dataDir: string;
  mediaDir: string;
  db: Db;
  /** Set when the store file was found damaged at start and was replaced. */
  recovery: StoreRecovery | null;
  services: Services;
  dispatch: Dispatch;
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
}

/** Opens the store in `dataDir`, migrates it, adds any missing part of the built-in library, wires the API. */
export function startBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const backupDir = join(options.dataDir, BACKUP_DIR_NAME);
  const { db, recovery } = openStoreRecovering(
    join(options.dataDir, DATABASE_FILE_NAME),
    backupDir,
    options.clock?.now() ?? Date.now(),
  );
  try {
    const mediaDir = join(options.dataDir, MEDIA_DIR_NAME);
    const context = {
      ...defaultContext(db, mediaDir),
      ...options.clock,
      shell: options.shell,
      pinHashing: options.pinHashing,
    };
    seedLibrary(db, context.now());
    if (recovery) recordStoreRecovery(db, recovery, context.now());
    removeUnusedMediaFiles(db, mediaDir);
    const services = createServices(context);
    const dispatch = createApiRouter(services, {
      ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
    });
    const backups = scheduleBackups(db, backupDir, {
      now: context.now,
      firstAfterMs: FIRST_BACKUP_AFTER_MS,
      intervalMs: DAY_MS,
      onError: options.onBackupError ?? ((error) => console.error('[backup] failed:', error)),
    });
    const close = (): void => {
      backups.stop();
      services.trainer.flush();
      db.close();
    };
    return { dataDir: options.dataDir, mediaDir, db, recovery, services, dispatch, close };
  } catch (error) {
    db.close();
    throw error;
  }
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
