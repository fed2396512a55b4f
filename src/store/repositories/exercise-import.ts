import type { Db } from '../database';

/** The fingerprint recorded when an import last wrote this exercise, or null if none did. */
export function importedContentHash(db: Db, exerciseId: string): string | null {
  const row = db
    .prepare<[string], { content_hash: string }>(
      'SELECT content_hash FROM exercise_import WHERE exercise_id = ?',
    )
    .get(exerciseId);
  return row?.content_hash ?? null;
}

export function recordImport(
  db: Db,
  record: { exerciseId: string; format: string; contentHash: string },
  now: number,
): void {
  db.prepare(
    `INSERT INTO exercise_import (exercise_id, format, content_hash, imported_at)
     VALUES (@exerciseId, @format, @contentHash, @now)
     ON CONFLICT (exercise_id) DO UPDATE SET format = excluded.format, content_hash = excluded.content_hash,
       imported_at = excluded.imported_at`,
  ).run({ ...record, now });
}
