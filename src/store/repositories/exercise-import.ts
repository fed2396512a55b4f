import type { Db } from '../database';
import type { Equipment } from '@shared/domain';
import { statement } from '../statements';

/** The exercise that came from entry `reference` of the dataset `sourceName`, if any. */
export function exerciseIdForSource(db: Db, sourceName: string, reference: string): string | null {
  const row = db
    .prepare<[string, string], { id: string }>(
      'SELECT id FROM exercise WHERE source_name = ? AND source_reference = ?',
    )
    .get(sourceName, reference);
  return row?.id ?? null;
}

export function exerciseIdHoldingSeedKey(db: Db, seedKey: string): string | null {
  const row = db.prepare<[string], { id: string }>('SELECT id FROM exercise WHERE seed_key = ?').get(seedKey);
  return row?.id ?? null;
}

export function exerciseArchivedAt(db: Db, id: string): number | null {
  const row = db
    .prepare<[string], { archived_at: number | null }>('SELECT archived_at FROM exercise WHERE id = ?')
    .get(id);
  return row?.archived_at ?? null;
}

/** Every exercise's name by id: an import checks thousands of ids against it without a query each. */
export function exerciseNamesById(db: Db): Map<string, string> {
  const rows = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM exercise').all();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Every exercise that names an item of a source, for an import to match thousands of entries at once. */
export function listExerciseSources(db: Db): { id: string; sourceName: string; reference: string }[] {
  return db
    .prepare<[], { id: string; sourceName: string; reference: string }>(
      `SELECT id, source_name AS sourceName, source_reference AS reference FROM exercise
       WHERE source_name IS NOT NULL AND source_reference IS NOT NULL`,
    )
    .all();
}

export function countExercises(db: Db): number {
  return db.prepare<[], number>('SELECT count(*) FROM exercise').pluck().get() ?? 0;
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
  statement(
    db,
    `INSERT INTO exercise_import (exercise_id, format, content_hash, imported_at)
     VALUES (@exerciseId, @format, @contentHash, @now)
     ON CONFLICT (exercise_id) DO UPDATE SET format = excluded.format, content_hash = excluded.content_hash,
       imported_at = excluded.imported_at`,
  ).run({ ...record, now });
}

export interface EquipmentWithTerm extends Equipment {
  coarseTerm: string | null;
}

export function listEquipmentWithTerms(db: Db): EquipmentWithTerm[] {
  return db
    .prepare<[], EquipmentWithTerm>('SELECT id, name, coarse_term AS coarseTerm FROM equipment ORDER BY id')
    .all();
}

export function equipmentExists(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM equipment WHERE id = ?').get(id) !== undefined;
}

export function insertEquipment(db: Db, equipment: EquipmentWithTerm): void {
  statement(db, 'INSERT INTO equipment (id, name, coarse_term) VALUES (@id, @name, @coarseTerm)').run(
    equipment,
  );
}

export interface MuscleTerm {
  id: string;
  coarseTerm: string;
  importsCoarseTerm: boolean;
}

export function listMuscleTerms(db: Db): MuscleTerm[] {
  return db
    .prepare<[], { id: string; coarse_term: string; imports_coarse_term: number }>(
      'SELECT id, coarse_term, imports_coarse_term FROM muscle ORDER BY sort_order',
    )
    .all()
    .map((row) => ({
      id: row.id,
      coarseTerm: row.coarse_term,
      importsCoarseTerm: row.imports_coarse_term === 1,
    }));
}

/** How many media files the given exercises (all when `ids` is null) hold. */
export function countMedia(db: Db, ids: readonly string[] | null): number {
  const row =
    ids === null
      ? db.prepare<[], { n: number }>('SELECT count(*) AS n FROM exercise_media').get()
      : db
          .prepare<[string], { n: number }>(
            'SELECT count(*) AS n FROM exercise_media WHERE exercise_id IN (SELECT value FROM json_each(?))',
          )
          .get(JSON.stringify(ids));
  return row?.n ?? 0;
}

/** Ids of every exercise (archived ones too) by name, then id: the order an export lists them in. */
export function allExerciseIds(db: Db): string[] {
  return db
    .prepare<[], { id: string }>('SELECT id FROM exercise ORDER BY name COLLATE NOCASE, id')
    .all()
    .map((row) => row.id);
}

export function seedKeysById(db: Db): Map<string, string> {
  const rows = db
    .prepare<[], { id: string; seed_key: string }>(
      'SELECT id, seed_key FROM exercise WHERE seed_key IS NOT NULL',
    )
    .all();
  return new Map(rows.map((row) => [row.id, row.seed_key]));
}
