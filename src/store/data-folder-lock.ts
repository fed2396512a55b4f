import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The file whose lock says that a Gymdeck is running on the folder. */
export const LOCK_FILE_NAME = 'gymdeck.lock';

/** Another Gymdeck already runs on this data folder. */
export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Another Gymdeck is already using the data folder ${dataDir}. Close that one first, or give this ` +
        'one another folder (GYMDECK_DATA_DIR, or --data-dir in web mode).',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  release(): void;
}

/**
 * Claims `dataDir` for this process, so that two Gymdecks never write (or tidy) the same files. The claim
 * is an exclusive SQLite lock on a small file, held for as long as the connection stays open: the
 * operating system drops it when the process ends in any way, so a crash or a kill never leaves the folder
 * claimed, and no process id has to be trusted. Throws DataFolderInUseError when another process (or
 * another claim in this one) holds it.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const db = new Database(join(dataDir, LOCK_FILE_NAME), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock; in this locking mode it is kept after the commit.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS claim (at INTEGER); COMMIT');
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new DataFolderInUseError(dataDir);
    throw error;
  }
  return { release: () => db.close() };
}
