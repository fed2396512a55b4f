import Database from 'better-sqlite3';
import { migrate, refuseDatabaseFromTheFuture } from './migrations';

export type Db = Database.Database;

const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Only for tests: skips nothing, but lets a test open a file read-only to inspect it. */
  readonly?: boolean;
  /** Refuses a database from a newer app before any setting could rewrite its header. */
  refuseNewerSchema?: boolean;
}

/**
 * Opens (creating if needed) the store at `file` (or ':memory:') with the durability settings set
 * explicitly on every open: better-sqlite3 leaves `synchronous` at NORMAL on a reopened WAL file otherwise.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS, readonly: options.readonly ?? false });
  try {
    if (options.refuseNewerSchema) refuseDatabaseFromTheFuture(db);
    applyPragmas(db, file === ':memory:');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Db, inMemory: boolean): void {
  if (!db.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const settings = readDurabilitySettings(db);
  const expectedJournal = inMemory ? 'memory' : 'wal';
  if (
    (!db.readonly && settings.journalMode !== expectedJournal) ||
    settings.synchronous !== 2 ||
    settings.foreignKeys !== 1
  ) {
    throw new Error(`The store refused its durability settings: ${JSON.stringify(settings)}`);
  }
}

export interface DurabilitySettings {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeoutMs: number;
}

export function readDurabilitySettings(db: Db): DurabilitySettings {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
    busyTimeoutMs: Number(db.pragma('busy_timeout', { simple: true })),
  };
}

/** Opens and migrates the store to the newest schema; refuses (untouched) a database from a newer app. */
export function openStore(file: string): Db {
  const db = openDatabase(file, { refuseNewerSchema: true });
  try {
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
