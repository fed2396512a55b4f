import type { Db } from './database';

/**
 * Runs `write` with the per-row triggers of the search index and the library revision paused (see
 * migration 6), then writes the search documents of the exercises it names once and moves the revision
 * once. Must run inside the caller's transaction, so that no other connection ever sees the pause.
 */
export function writeInBulk<T>(db: Db, write: () => { result: T; touched: Iterable<string> }): T {
  if (!db.inTransaction) throw new Error('A bulk write must run inside a transaction.');
  db.prepare('INSERT INTO bulk_write (id) VALUES (1)').run();
  let outcome: { result: T; touched: Iterable<string> };
  try {
    outcome = write();
  } finally {
    db.prepare('DELETE FROM bulk_write').run();
  }
  const ids = JSON.stringify([...new Set(outcome.touched)]);
  db.prepare(
    `INSERT INTO exercise_search_row (exercise_id)
     SELECT value FROM json_each(?) WHERE value IN (SELECT id FROM exercise)
       AND value NOT IN (SELECT exercise_id FROM exercise_search_row)`,
  ).run(ids);
  db.prepare(
    `DELETE FROM exercise_search WHERE rowid IN
       (SELECT doc FROM exercise_search_row WHERE exercise_id IN (SELECT value FROM json_each(?)))`,
  ).run(ids);
  db.prepare(
    `INSERT INTO exercise_search (rowid, name, aliases, muscles, equipment)
     SELECT rowid, name, aliases, muscles, equipment FROM exercise_search_document
     WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(ids);
  db.prepare('UPDATE library_revision SET revision = revision + 1 WHERE id = 1').run();
  // Every exercise written, deleted ones too, changed at this revision (migration 5).
  db.prepare(
    `INSERT OR REPLACE INTO library_change (exercise_id, revision)
     SELECT value, (SELECT revision FROM library_revision WHERE id = 1) FROM json_each(?)`,
  ).run(ids);
  return outcome.result;
}
