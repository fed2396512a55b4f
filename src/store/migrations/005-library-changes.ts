import type { Migration } from './index';

/** Each table an exercise summary is read from, with the column naming the exercise a row belongs to. */
const SUMMARY_TABLES: readonly (readonly [table: string, exerciseColumn: string])[] = [
  ['exercise', 'id'],
  ['exercise_alias', 'exercise_id'],
  ['exercise_tag', 'exercise_id'],
  ['exercise_muscle', 'exercise_id'],
  ['exercise_equipment', 'exercise_id'],
];

/** Records the (already moved) revision as the one at which the exercise `exerciseId` last changed. */
const recordChange = (exerciseId: string, when = 'TRUE'): string => `
  INSERT OR REPLACE INTO library_change (exercise_id, revision)
    SELECT ${exerciseId}, revision FROM library_revision WHERE id = 1 AND ${when};`;

/**
 * Beside the library revision (migration 4), the revision at which each exercise last changed, kept by the
 * same triggers: whoever keeps summaries in memory reads again only the exercises changed since the
 * revision it last saw, whichever connection wrote them. One row per exercise ever changed, so it never
 * grows with the number of edits. And the library's name order as an index, so that a page of a large
 * library is read without sorting all of it.
 */
export const libraryChanges: Migration = {
  version: 5,
  name: 'library-changes',
  up(db) {
    db.exec(`
      CREATE TABLE library_change (
        exercise_id TEXT PRIMARY KEY,
        revision INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX library_change_by_revision ON library_change (revision);
      CREATE INDEX exercise_by_name ON exercise (name COLLATE NOCASE, id);
    `);
    for (const [table, column] of SUMMARY_TABLES) {
      for (const change of ['INSERT', 'UPDATE', 'DELETE'] as const) {
        const name = `${table}_moves_library_revision_on_${change.toLowerCase()}`;
        const rows =
          change === 'INSERT'
            ? recordChange(`NEW.${column}`)
            : change === 'DELETE'
              ? recordChange(`OLD.${column}`)
              : // A row moved to another exercise changes both.
                recordChange(`NEW.${column}`) +
                recordChange(`OLD.${column}`, `OLD.${column} IS NOT NEW.${column}`);
        db.exec(`
          DROP TRIGGER ${name};
          CREATE TRIGGER ${name} AFTER ${change} ON ${table}
          BEGIN
            UPDATE library_revision SET revision = revision + 1 WHERE id = 1;
            ${rows}
          END;
        `);
      }
    }
  },
};
