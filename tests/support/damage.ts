import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

export const PAGE_SIZE = 4096;

/** Overwrites whole pages of a database file, as a failing disk or a torn write would. */
export function damagePages(file: string, firstPage: number, pages: number): void {
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(PAGE_SIZE * pages, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, PAGE_SIZE * firstPage);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes an index disagree with its table, damage that `quick_check` does not look for and
 * `integrity_check` does: the schema is edited to say that the index covers another column than the one
 * its entries were built from. The file must not be open elsewhere.
 */
export function corruptIndex(file: string): void {
  const db = new Database(file);
  try {
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    const changed = db
      .prepare(
        `UPDATE sqlite_schema SET sql = 'CREATE INDEX exercise_muscle_by_muscle ON exercise_muscle (exercise_id)'
         WHERE name = 'exercise_muscle_by_muscle'`,
      )
      .run().changes;
    if (changed !== 1) throw new Error('The index to damage is not in this store.');
    db.pragma('writable_schema = OFF');
  } finally {
    db.close();
  }
}
