import type { Migration } from './index';

/**
 * Lets several media rows name one file, so that duplicating an exercise shares its pictures and videos
 * instead of copying their bytes. SQLite cannot drop a UNIQUE constraint in place: the table is rebuilt
 * with the same rows, and the file name keeps an index (which rows still name a file is asked often).
 */
export const sharedMediaFiles: Migration = {
  version: 9,
  name: 'shared-media-files',
  up(db) {
    db.exec(`
      CREATE TABLE exercise_media_shared (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
        role TEXT NOT NULL CHECK (role IN ('start', 'end', 'loop', 'still')),
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO exercise_media_shared (id, exercise_id, position, kind, role, file_name, mime_type, byte_size, created_at)
        SELECT id, exercise_id, position, kind, role, file_name, mime_type, byte_size, created_at FROM exercise_media;
      DROP TABLE exercise_media;
      ALTER TABLE exercise_media_shared RENAME TO exercise_media;
      CREATE INDEX exercise_media_by_exercise ON exercise_media (exercise_id, position);
      CREATE INDEX exercise_media_by_file ON exercise_media (file_name);
    `);
  },
};
