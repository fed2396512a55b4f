import type { Migration } from './index';

/** The tables an exercise summary (the library's list and search answers) is read from. */
const SUMMARY_TABLES = [
  'exercise',
  'exercise_alias',
  'exercise_tag',
  'exercise_muscle',
  'exercise_equipment',
];

/**
 * A counter that moves whenever anything a library summary shows changes, kept by triggers so that every
 * writer (a trainer's edit, an import, the seed, another process) moves it. What the library keeps in
 * memory stays valid until it moves: logging a set or saving a timer no longer throws it away.
 */
export const libraryRevision: Migration = {
  version: 4,
  name: 'library-revision',
  up(db) {
    db.exec(`
      CREATE TABLE library_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revision INTEGER NOT NULL
      ) STRICT;
      INSERT INTO library_revision (id, revision) VALUES (1, 0);
    `);
    for (const table of SUMMARY_TABLES) {
      for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`
          CREATE TRIGGER ${table}_moves_library_revision_on_${change.toLowerCase()} AFTER ${change} ON ${table}
          BEGIN
            UPDATE library_revision SET revision = revision + 1 WHERE id = 1;
          END;
        `);
      }
    }
  },
};
