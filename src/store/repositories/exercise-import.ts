import type { Db } from '../database';

/** Every exercise that names an item of a source, for an import to match thousands of entries at once. */
export function listExerciseSources(db: Db): { id: string; sourceName: string; reference: string }[] {
  return db
    .prepare<[], { id: string; sourceName: string; reference: string }>(
      `SELECT id, source_name AS sourceName, source_reference AS reference FROM exercise
       WHERE source_name IS NOT NULL AND source_reference IS NOT NULL`,
    )
    .all();
}

/** Every fingerprint imports recorded, by exercise id. */
export function importedContentHashes(db: Db): Map<string, string> {
  const rows = db
    .prepare<[], { exercise_id: string; content_hash: string }>(
      'SELECT exercise_id, content_hash FROM exercise_import',
    )
    .all();
  return new Map(rows.map((row) => [row.exercise_id, row.content_hash]));
}

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
