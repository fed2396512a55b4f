import type { Migration } from './index';

/**
 * Remembers, for each exercise an import brought in or updated, a fingerprint of its content as the
 * import left it. A later import of the same entry updates the exercise only while its content still
 * matches: a trainer's edit since then changes the content, and the import then leaves it alone.
 */
export const exerciseImport: Migration = {
  version: 3,
  name: 'exercise-import',
  up(db) {
    db.exec(`
      CREATE TABLE exercise_import (
        exercise_id TEXT PRIMARY KEY REFERENCES exercise (id) ON DELETE CASCADE,
        format TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
