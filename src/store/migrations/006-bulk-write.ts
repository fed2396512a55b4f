import type { Migration } from './index';

/**
 * The triggers that keep the search index and the library revision in step row by row. A bulk write (an
 * import of thousands of exercises) pauses them and brings both up to date once at its end instead.
 */
const PAUSABLE_TRIGGERS = [
  'exercise_search_on_insert',
  'exercise_search_on_rename',
  'exercise_search_alias_added',
  'exercise_search_alias_removed',
  'exercise_search_muscle_added',
  'exercise_search_muscle_removed',
  'exercise_search_equipment_added',
  'exercise_search_equipment_removed',
  ...['exercise', 'exercise_alias', 'exercise_tag', 'exercise_muscle', 'exercise_equipment'].flatMap(
    (table) => ['insert', 'update', 'delete'].map((change) => `${table}_moves_library_revision_on_${change}`),
  ),
];

const PAUSED = 'WHEN NOT EXISTS (SELECT 1 FROM bulk_write)';

/**
 * A bulk write pauses the per-row triggers by putting a row into `bulk_write` inside its own transaction
 * and taking it out before it commits: no other connection ever sees the row, so every other writer keeps
 * the triggers. Each trigger is recreated from its stored definition with that condition added.
 */
export const bulkWrite: Migration = {
  version: 6,
  name: 'bulk-write',
  up(db) {
    db.exec(`CREATE TABLE bulk_write (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;`);
    const definition = db.prepare<[string], string>(
      "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
    );
    for (const name of PAUSABLE_TRIGGERS) {
      const sql = definition.pluck().get(name);
      if (sql === undefined) throw new Error(`The trigger ${name} is missing.`);
      // The first BEGIN of a trigger's definition opens its body; the condition goes just before it.
      const paused = sql.replace(/\sBEGIN\s/, ` ${PAUSED} BEGIN\n`);
      if (paused === sql || sql.includes(PAUSED)) throw new Error(`The trigger ${name} cannot be paused.`);
      db.exec(`DROP TRIGGER ${name}`);
      db.exec(paused);
    }
  },
};
