import type { Db } from '../database';
import { statement } from '../statements';
import { toFtsQuery } from './exercise-search';
import type {
  Exercise,
  ExerciseDraft,
  ExerciseStatus,
  ExerciseSummary,
  FigureChoice,
  Goal,
  Level,
  MediaItem,
  MuscleRole,
  Source,
  Tag,
} from '@shared/domain';
import { isFigureKey } from '@shared/figures';

interface ExerciseRow {
  id: string;
  name: string;
  summary: string;
  level: Level;
  one_sided: number;
  default_sets: number;
  default_reps: number | null;
  default_seconds: number | null;
  default_rest_seconds: number;
  source_name: string | null;
  source_url: string | null;
  source_reference: string | null;
  licence: string | null;
  archived_at: number | null;
  seed_key: string | null;
  figure_choice: FigureChoice;
}

export interface ExerciseFilter {
  query?: string | undefined;
  muscles?: readonly string[] | undefined;
  equipment?: readonly string[] | undefined;
  goal?: Goal | undefined;
  /** Active exercises unless asked otherwise. */
  status?: ExerciseStatus | undefined;
}

/** A stretch of a list: `limit` items from position `offset`. */
export interface Page {
  offset: number;
  limit: number;
}

/**
 * Lists exercises matching every given criterion (any of the muscles, any of the equipment), by name. The
 * text query is answered by the full-text index over name, aliases, muscles and equipment.
 */
export function listExerciseSummaries(db: Db, filter: ExerciseFilter = {}): ExerciseSummary[] {
  const { where, params } = matching(filter);
  // Only what a summary shows: a search answers hundreds of rows while the member types.
  const sql = `SELECT e.id, e.name, e.level, e.archived_at, e.seed_key, e.figure_choice FROM exercise e ${where}
               ORDER BY e.name COLLATE NOCASE, e.id`;
  const rows = db.prepare<Record<string, unknown>, SummaryRow>(sql).all(params);
  return withRelations(db, rows, 'summary').map(({ row, relations }) => toSummary(row, relations));
}

/**
 * The ids `listExerciseSummaries` would list, in the same order, without loading anything else; only
 * those of one page when one is given.
 */
export function listExerciseIds(db: Db, filter: ExerciseFilter = {}, page?: Page): string[] {
  const { where, params } = matching(filter);
  const stretch = page ? 'LIMIT @limit OFFSET @offset' : '';
  return db
    .prepare<Record<string, unknown>, string>(
      `SELECT e.id FROM exercise e ${where} ORDER BY e.name COLLATE NOCASE, e.id ${stretch}`,
    )
    .pluck()
    .all(page ? { ...params, ...page } : params);
}

/** Where the exercise stands in the list the filter gives (0 for the first), or null when not in it. */
export function positionInList(db: Db, filter: ExerciseFilter, id: string): number | null {
  const { where, params } = matching(filter);
  const and = where ? `${where} AND` : 'WHERE';
  const name = db
    .prepare<Record<string, unknown>, string>(`SELECT e.name FROM exercise e ${and} e.id = @id`)
    .pluck()
    .get({ ...params, id });
  if (name === undefined) return null;
  // The same order as the list: by name ignoring case, then by id.
  return (
    db
      .prepare<Record<string, unknown>, number>(
        `SELECT count(*) FROM exercise e ${and}
         (e.name < @name COLLATE NOCASE OR (e.name = @name COLLATE NOCASE AND e.id < @id))`,
      )
      .pluck()
      .get({ ...params, name, id }) ?? 0
  );
}

/** How many exercises match the filter's other criteria, active and archived (its `status` aside). */
export function countExercises(db: Db, filter: ExerciseFilter = {}): Record<'active' | 'archived', number> {
  const { where, params } = matching({ ...filter, status: 'all' });
  const row = db
    .prepare<Record<string, unknown>, { active: number | null; archived: number | null }>(
      `SELECT sum(e.archived_at IS NULL) AS active, sum(e.archived_at IS NOT NULL) AS archived
       FROM exercise e ${where}`,
    )
    .get(params);
  return { active: row?.active ?? 0, archived: row?.archived ?? 0 };
}

/** How many exercises the library holds, archived ones too: what its size limit counts. */
export function countAllExercises(db: Db): number {
  const { active, archived } = countExercises(db);
  return active + archived;
}

/** The muscles and the equipment some active exercise names, by id. */
export function listInUse(db: Db): { muscles: string[]; equipment: string[] } {
  const used = (table: string, column: string): string[] =>
    db
      .prepare<[], string>(
        `SELECT DISTINCT part.${column} FROM ${table} part JOIN exercise e ON e.id = part.exercise_id
         WHERE e.archived_at IS NULL ORDER BY part.${column}`,
      )
      .pluck()
      .all();
  return {
    muscles: used('exercise_muscle', 'muscle_id'),
    equipment: used('exercise_equipment', 'equipment_id'),
  };
}

/** Every exercise's name, archived ones too. */
export function listExerciseNames(db: Db): string[] {
  return db.prepare<[], string>('SELECT name FROM exercise').pluck().all();
}

/** The summaries of the exercises named (archived ones too), in no particular order; unknown ids are left out. */
export function getExerciseSummaries(db: Db, ids: readonly string[]): ExerciseSummary[] {
  const rows = db
    .prepare<[string], SummaryRow>(
      `SELECT id, name, level, archived_at, seed_key, figure_choice FROM exercise
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids));
  return withRelations(db, rows, 'summary').map(({ row, relations }) => toSummary(row, relations));
}

/**
 * A number that moves whenever anything an exercise summary shows changes, through this connection or
 * another one (triggers keep it): what a cache of library summaries is keyed by.
 */
export function libraryRevision(db: Db): number {
  return db.prepare<[], number>('SELECT revision FROM library_revision WHERE id = 1').pluck().get() ?? 0;
}

/** The exercises whose summary changed after `revision` (those deleted since, too). */
export function exercisesChangedSince(db: Db, revision: number): string[] {
  return db
    .prepare<[number], string>('SELECT exercise_id FROM library_change WHERE revision > ?')
    .pluck()
    .all(revision);
}

function matching(filter: ExerciseFilter): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const status = filter.status ?? 'active';
  if (status !== 'all') where.push(`e.archived_at IS ${status === 'active' ? '' : 'NOT '}NULL`);
  if (filter.muscles && filter.muscles.length > 0) {
    where.push(
      'EXISTS (SELECT 1 FROM exercise_muscle em WHERE em.exercise_id = e.id AND em.muscle_id IN (SELECT value FROM json_each(@muscles)))',
    );
    params.muscles = JSON.stringify(filter.muscles);
  }
  if (filter.equipment && filter.equipment.length > 0) {
    where.push(
      'EXISTS (SELECT 1 FROM exercise_equipment ee WHERE ee.exercise_id = e.id AND ee.equipment_id IN (SELECT value FROM json_each(@equipment)))',
    );
    params.equipment = JSON.stringify(filter.equipment);
  }
  if (filter.goal) {
    where.push('EXISTS (SELECT 1 FROM exercise_tag t WHERE t.exercise_id = e.id AND t.tag = @goal)');
    params.goal = filter.goal;
  }
  if (filter.query?.trim()) {
    // Typed text with no searchable word in it ("%", "-") matches nothing rather than everything.
    where.push(
      `e.id IN (SELECT r.exercise_id FROM exercise_search s JOIN exercise_search_row r ON r.doc = s.rowid
                WHERE exercise_search MATCH @match)`,
    );
    params.match = toFtsQuery(filter.query) ?? '""';
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function getExercise(db: Db, id: string): Exercise | null {
  const row = db.prepare<[string], ExerciseRow>('SELECT * FROM exercise WHERE id = ?').get(id);
  if (!row) return null;
  const [loaded] = withRelations(db, [row]);
  if (!loaded) return null;
  const { relations } = loaded;
  return {
    ...toSummary(row, relations),
    summary: row.summary,
    steps: relations.steps,
    cues: relations.cues,
    prescription: {
      sets: row.default_sets,
      reps: row.default_reps,
      seconds: row.default_seconds,
      restSeconds: row.default_rest_seconds,
    },
    oneSided: row.one_sided === 1,
    media: relations.media,
    source: toSource(row),
  };
}

export function exerciseExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM exercise WHERE id = ?').get(id) !== undefined;
}

/** An exercise as the store writes it: a trainer's draft with its id, and the seed key of a built-in one. */
export interface ExerciseWrite extends ExerciseDraft {
  id: string;
  seedKey: string | null;
}

/** The exercise row's own columns as named SQL parameters. */
function exerciseRowParams(exercise: Omit<ExerciseWrite, 'seedKey'>): Record<string, unknown> {
  const { prescription, source } = exercise;
  return {
    id: exercise.id,
    name: exercise.name,
    summary: exercise.summary,
    level: exercise.level,
    oneSided: exercise.oneSided ? 1 : 0,
    sets: prescription.sets,
    reps: prescription.reps,
    seconds: prescription.seconds,
    restSeconds: prescription.restSeconds,
    sourceName: source?.name ?? null,
    sourceUrl: source?.url ?? null,
    sourceReference: source?.reference ?? null,
    licence: source?.licence ?? null,
    figureChoice: exercise.figureChoice,
  };
}

/** Inserts an exercise with all its parts; call inside a transaction so nothing is half-saved. */
export function insertExercise(db: Db, exercise: ExerciseWrite, now: number): void {
  // A figure shown as by default is left to the column's default: the seed then also fills a store that a
  // migration's test holds at a version from before the choice.
  const chosen = exercise.figureChoice !== 'show';
  statement(
    db,
    `INSERT INTO exercise (id, name, summary, level, one_sided, default_sets, default_reps, default_seconds,
       default_rest_seconds, source_name, source_url, source_reference, licence, seed_key, created_at, updated_at
       ${chosen ? ', figure_choice' : ''})
     VALUES (@id, @name, @summary, @level, @oneSided, @sets, @reps, @seconds, @restSeconds, @sourceName,
       @sourceUrl, @sourceReference, @licence, @seedKey, @now, @now ${chosen ? ', @figureChoice' : ''})`,
  ).run({
    ...exerciseRowParams(exercise),
    seedKey: exercise.seedKey,
    now,
  });
  insertParts(db, exercise);
}

/**
 * Replaces every field and part of an existing exercise, keeping its id, seed key, creation time, archive
 * state and media. Call inside a transaction. False when there is no such exercise.
 */
export function updateExercise(db: Db, exercise: Omit<ExerciseWrite, 'seedKey'>, now: number): boolean {
  const changed = statement(
    db,
    `UPDATE exercise SET name = @name, summary = @summary, level = @level, one_sided = @oneSided,
         default_sets = @sets, default_reps = @reps, default_seconds = @seconds,
         default_rest_seconds = @restSeconds, source_name = @sourceName, source_url = @sourceUrl,
         source_reference = @sourceReference, licence = @licence, figure_choice = @figureChoice,
         updated_at = @now
       WHERE id = @id`,
  ).run({ ...exerciseRowParams(exercise), now }).changes;
  if (changed === 0) return false;
  for (const table of PART_TABLES)
    statement(db, `DELETE FROM ${table} WHERE exercise_id = ?`).run(exercise.id);
  insertParts(db, exercise);
  return true;
}

const PART_TABLES = [
  'exercise_alias',
  'exercise_tag',
  'exercise_equipment',
  'exercise_muscle',
  'exercise_step',
  'exercise_cue',
] as const;

/** Archives (a time) or restores (null) an exercise; false when there is no such exercise. */
export function setExerciseArchivedAt(db: Db, id: string, archivedAt: number | null, now: number): boolean {
  return (
    statement(db, 'UPDATE exercise SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, id)
      .changes > 0
  );
}

function insertParts(db: Db, exercise: Omit<ExerciseWrite, 'seedKey'>): void {
  const alias = statement(db, 'INSERT OR IGNORE INTO exercise_alias (exercise_id, alias) VALUES (?, ?)');
  for (const name of exercise.aliases) alias.run(exercise.id, name);
  const tag = statement(db, 'INSERT OR IGNORE INTO exercise_tag (exercise_id, tag) VALUES (?, ?)');
  for (const name of exercise.tags) tag.run(exercise.id, name);
  const equipment = statement(
    db,
    'INSERT OR IGNORE INTO exercise_equipment (exercise_id, equipment_id) VALUES (?, ?)',
  );
  for (const id of exercise.equipment) equipment.run(exercise.id, id);
  const muscle = statement(
    db,
    'INSERT OR IGNORE INTO exercise_muscle (exercise_id, muscle_id, role) VALUES (?, ?, ?)',
  );
  for (const id of exercise.primaryMuscles) muscle.run(exercise.id, id, 'primary');
  for (const id of exercise.secondaryMuscles) muscle.run(exercise.id, id, 'secondary');
  const step = statement(db, 'INSERT INTO exercise_step (exercise_id, position, text) VALUES (?, ?, ?)');
  exercise.steps.forEach((text, position) => step.run(exercise.id, position, text));
  const cue = statement(db, 'INSERT INTO exercise_cue (exercise_id, position, text) VALUES (?, ?, ?)');
  exercise.cues.forEach((text, position) => cue.run(exercise.id, position, text));
}

/** The exercise that already claims this item of a source, if any. */
export function exerciseIdForSourceReference(db: Db, sourceName: string, reference: string): string | null {
  const row = db
    .prepare<[string, string], { id: string }>(
      'SELECT id FROM exercise WHERE source_name = ? AND source_reference = ?',
    )
    .get(sourceName, reference);
  return row?.id ?? null;
}

export function exerciseIdForSeedKey(db: Db, seedKey: string): string | null {
  const row = db.prepare<[string], { id: string }>('SELECT id FROM exercise WHERE seed_key = ?').get(seedKey);
  return row?.id ?? null;
}

/** The seed key of every built-in exercise, by id. */
export function seedKeysById(db: Db): Map<string, string> {
  const rows = db
    .prepare<[], { id: string; seed_key: string }>(
      'SELECT id, seed_key FROM exercise WHERE seed_key IS NOT NULL',
    )
    .all();
  return new Map(rows.map((row) => [row.id, row.seed_key]));
}

/** The lists of an exercise that live in tables of their own. */
type Relations = Pick<
  ExerciseDraft,
  'aliases' | 'tags' | 'equipment' | 'primaryMuscles' | 'secondaryMuscles' | 'steps' | 'cues'
> & { media: MediaItem[] };

function emptyRelations(): Relations {
  return {
    aliases: [],
    tags: [],
    equipment: [],
    primaryMuscles: [],
    secondaryMuscles: [],
    steps: [],
    cues: [],
    media: [],
  };
}

type SummaryRow = Pick<ExerciseRow, 'id' | 'name' | 'level' | 'archived_at' | 'seed_key' | 'figure_choice'>;

/**
 * Loads the child rows of many exercises with one query per table, not one per exercise; steps, cues and
 * media only for full exercises.
 */
function withRelations<R extends SummaryRow>(
  db: Db,
  rows: R[],
  parts: 'summary' | 'full' = 'full',
): { row: R; relations: Relations }[] {
  const byId = new Map(rows.map((row) => [row.id, emptyRelations()]));
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const of = (id: string): Relations => byId.get(id) ?? emptyRelations();
  const inIds = 'exercise_id IN (SELECT value FROM json_each(?))';

  for (const r of db
    .prepare<[string], { exercise_id: string; alias: string }>(
      `SELECT exercise_id, alias FROM exercise_alias WHERE ${inIds} ORDER BY alias`,
    )
    .all(ids))
    of(r.exercise_id).aliases.push(r.alias);
  for (const r of db
    .prepare<[string], { exercise_id: string; tag: Tag }>(
      `SELECT exercise_id, tag FROM exercise_tag WHERE ${inIds} ORDER BY tag`,
    )
    .all(ids))
    of(r.exercise_id).tags.push(r.tag);
  for (const r of db
    .prepare<[string], { exercise_id: string; equipment_id: string }>(
      `SELECT exercise_id, equipment_id FROM exercise_equipment WHERE ${inIds} ORDER BY equipment_id`,
    )
    .all(ids))
    of(r.exercise_id).equipment.push(r.equipment_id);
  for (const r of db
    .prepare<[string], { exercise_id: string; muscle_id: string; role: MuscleRole }>(
      `SELECT em.exercise_id, em.muscle_id, em.role FROM exercise_muscle em JOIN muscle m ON m.id = em.muscle_id
       WHERE em.${inIds} ORDER BY m.sort_order`,
    )
    .all(ids)) {
    const relations = of(r.exercise_id);
    (r.role === 'primary' ? relations.primaryMuscles : relations.secondaryMuscles).push(r.muscle_id);
  }
  if (parts === 'summary') return rows.map((row) => ({ row, relations: of(row.id) }));
  for (const r of db
    .prepare<[string], { exercise_id: string; text: string }>(
      `SELECT exercise_id, text FROM exercise_step WHERE ${inIds} ORDER BY exercise_id, position`,
    )
    .all(ids))
    of(r.exercise_id).steps.push(r.text);
  for (const r of db
    .prepare<[string], { exercise_id: string; text: string }>(
      `SELECT exercise_id, text FROM exercise_cue WHERE ${inIds} ORDER BY exercise_id, position`,
    )
    .all(ids))
    of(r.exercise_id).cues.push(r.text);
  for (const r of db
    .prepare<
      [string],
      {
        exercise_id: string;
        id: string;
        kind: MediaItem['kind'];
        role: MediaItem['role'];
        mime_type: string;
        byte_size: number;
      }
    >(
      `SELECT exercise_id, id, kind, role, mime_type, byte_size FROM exercise_media WHERE ${inIds}
       ORDER BY exercise_id, position`,
    )
    .all(ids))
    of(r.exercise_id).media.push({
      id: r.id,
      kind: r.kind,
      role: r.role,
      mimeType: r.mime_type,
      byteSize: r.byte_size,
    });

  return rows.map((row) => ({ row, relations: of(row.id) }));
}

function toSummary(row: SummaryRow, relations: Relations): ExerciseSummary {
  return {
    id: row.id,
    name: row.name,
    aliases: relations.aliases,
    level: row.level,
    tags: relations.tags,
    primaryMuscles: relations.primaryMuscles,
    secondaryMuscles: relations.secondaryMuscles,
    equipment: relations.equipment,
    archived: row.archived_at !== null,
    // A built-in exercise, edited or not, keeps the figure of its movement.
    figure: isFigureKey(row.seed_key) ? row.seed_key : null,
    figureChoice: row.figure_choice,
  };
}

function toSource(row: ExerciseRow): Source | null {
  if (row.source_name === null) return null;
  return {
    name: row.source_name,
    url: row.source_url,
    reference: row.source_reference,
    licence: row.licence,
  };
}
