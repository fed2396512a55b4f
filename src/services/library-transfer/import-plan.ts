import { describeIssues } from '@shared/contract/validation';
import type { ErrorParams, ErrorReason } from '@shared/contract/result';
import type * as z from 'zod';
import {
  comparableDraft,
  draftOf,
  EXPORT_FORMAT_VERSION,
  IMPORT_REPORT_LISTED,
  LIBRARY_MAX_EXERCISES,
  type ImportEntryReport,
  type ImportFormat,
  type ImportNote,
  type ImportOutcome,
  type ImportProgress,
  type ImportReport,
} from '@shared/domain';
import { writeInBulk } from '../../store/bulk-write';
import type { Db } from '../../store/database';
import {
  importedContentHashes,
  listExerciseSources,
  recordImport,
} from '../../store/repositories/exercise-import';
import {
  countAllExercises,
  exerciseIdForSeedKey,
  getExercise,
  insertExercise,
  libraryRevision,
  listExerciseIds,
  setExerciseArchivedAt,
  updateExercise,
  type ExerciseWrite,
} from '../../store/repositories/exercises';
import {
  insertEquipmentIfMissing,
  listEquipmentWithTerms,
  listMuscleTerms,
  type EquipmentWithTerm,
} from '../../store/repositories/vocabulary';
import { DomainError, storeFailure } from '../errors';
import { changedFields, contentHash } from './content';
import {
  FREE_EXERCISE_DB_SOURCE,
  buildVocabulary,
  derivedExerciseId,
  freeExerciseDbEntrySchema,
  mapFreeExerciseDbEntry,
  type Vocabulary,
} from './free-exercise-db';
import { claimsGymdeckFormat, exportDocumentSchema, exportedExerciseSchema } from './gymdeck-format';

/** The most entries one file may hold; a library many times larger than any gym's. */
export const MAX_IMPORT_ENTRIES = 10_000;

export interface ImportRequest {
  content: string;
  /** Checked against what the content is; detected from it when absent. */
  format?: ImportFormat | undefined;
  dryRun?: boolean | undefined;
}

export interface PlanOptions {
  newId: () => string;
  /** How many exercises the library may hold; LIBRARY_MAX_EXERCISES unless a test says otherwise. */
  libraryLimit?: number | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

type EntryResult = Omit<ImportEntryReport, 'index'>;

/** What one sound entry writes; an unchanged or skipped entry writes nothing. */
interface PlannedWrite {
  exercise: ExerciseWrite;
  /** Update the exercise with this id, or insert it. */
  existing: boolean;
  /** The archive state to set, when it must change (a Gymdeck entry carries one). */
  archived: boolean | null;
  /** Equipment it uses that the library lacked when the plan was made, to add first. */
  equipment: EquipmentWithTerm[];
  /** The fingerprint an import of a dataset records, so a trainer's later edit is noticed. */
  importRecord: { format: ImportFormat; contentHash: string } | null;
}

interface PlannedEntry {
  index: number;
  /** What the report says of the entry if its write goes through. */
  result: EntryResult;
  write: PlannedWrite | null;
}

/**
 * Everything an import of a file will do, worked out from the file and the library without writing: the
 * slow part of an import (reading, checking and comparing thousands of entries) happens here, outside any
 * write transaction. `revision` is the library revision the plan was made against.
 */
export interface ImportPlan {
  format: ImportFormat;
  dryRun: boolean;
  revision: number;
  entries: PlannedEntry[];
}

interface ParsedFile {
  format: ImportFormat;
  entries: unknown[];
  /** Equipment a Gymdeck export describes, by id. */
  describedEquipment: Map<string, string>;
}

/** How often (in entries) the plan reports how far it got. */
const PROGRESS_EVERY = 250;

/**
 * Reads the file and works out what importing it does to the library `db` holds; writes nothing. A file
 * that cannot be read at all, or that would take the library past its limit, is refused as a whole.
 */
export function planImport(db: Db, request: ImportRequest, options: PlanOptions): ImportPlan {
  options.onProgress?.({ stage: 'reading', done: 0, total: null });
  const file = parseFile(request.content, request.format);
  const total = file.entries.length;
  const revision = libraryRevision(db);
  const planner = file.format === 'gymdeck' ? gymdeckPlanner(db, file) : freeExerciseDbPlanner(db, options);
  const entries = file.entries.map((raw, index): PlannedEntry => {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.({ stage: 'checking', done: index, total });
    return { index, ...planner(raw) };
  });
  refuseOverLimit(db, entries, options.libraryLimit ?? LIBRARY_MAX_EXERCISES);
  return { format: file.format, dryRun: request.dryRun ?? false, revision, entries };
}

function refuseOverLimit(db: Db, entries: PlannedEntry[], limit: number): void {
  const adding = entries.filter((entry) => entry.write && !entry.write.existing).length;
  const holding = countAllExercises(db);
  if (adding > 0 && holding + adding > limit) {
    throw invalidFile(
      'library-full',
      `This file would bring the library to ${holding + adding} exercises; it holds at most ${limit} ` +
        `(it has ${holding} now and the file adds ${adding}).`,
      { total: holding + adding, max: limit, holding, adding },
    );
  }
}

/** The report of a plan, as if every write went through: what a preview shows. */
export function reportOfPlan(plan: ImportPlan): ImportReport {
  const equipment = new Map<string, EquipmentWithTerm>();
  for (const entry of plan.entries)
    for (const item of entry.write?.equipment ?? []) equipment.set(item.id, item);
  return report(
    plan.format,
    true,
    plan.entries.map(({ index, result }) => ({ index, ...result })),
    [...equipment.values()],
  );
}

/** The library moved since the plan was made (another writer changed an exercise); plan again. */
class StalePlanError extends Error {
  constructor() {
    super('The library changed while the import was being written.');
    this.name = 'StalePlanError';
  }
}

/** The store refused an entry while a chunk was written at once; write the chunk again entry by entry. */
class RefusedEntryError extends Error {
  constructor(readonly refusal: unknown) {
    super('The store refused an entry.');
  }
}

/** How a plan is written: the caller's lock, transactions and fresh plans. */
export interface ImportWriter {
  /** Settles when the next chunk may take the store's write lock. */
  mayWrite: () => Promise<void>;
  /** A chunk's transaction is over (committed or not): others may write until the next `mayWrite`. */
  written: () => void;
  /** Runs a chunk in a transaction that takes the write lock at once. */
  transact: <T>(write: () => T) => T;
  /** The file planned again against the library as it is now (in a transaction of its own, or the caller's). */
  replan: () => ImportPlan;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
  /** The fewest and the most entries in a chunk; between them, a chunk ends once it took CHUNK_MS. */
  chunkEntries?: { min: number; max: number } | undefined;
}

/** How long a chunk goes on writing (in ms) once it holds its fewest entries. */
const CHUNK_MS = 50;
const CHUNK_ENTRIES = { min: 50, max: 250 };
/** How often a chunk finds the library changed and plans again before it plans under the lock. */
const FRESH_PLANS = 3;

/**
 * Writes a plan in short chunks, each in a transaction of its own (`writer.transact`) that takes the write
 * lock only once `writer.mayWrite` says so and lets it go after (`writer.written`), so that others' writes
 * wait for one chunk at most. Each chunk goes through `writeInBulk`, which brings the search index and the
 * library revision up to date for the chunk's exercises. A chunk is written at once; only when the store
 * refuses an entry (a constraint, a trigger's check) is it written again with each entry in a savepoint of
 * its own, skipping the refused ones: a savepoint around each entry costs as much as the entry.
 *
 * Before each chunk the library must be the one the import left after its previous chunk (or the plan was
 * made against); when someone else changed it, the file is planned again and the chunk written from the new
 * plan (the entries already written read as unchanged there; their report is the one they were written
 * with). A failure part-way keeps the chunks already committed, whole exercises each, and says how many of
 * the file's entries they hold: importing the same file again finishes the import.
 */
export async function writeImport(
  db: Db,
  plan: ImportPlan,
  now: number,
  writer: ImportWriter,
): Promise<ImportReport> {
  const total = plan.entries.length;
  const clock = (): number => performance.now();
  const budget = { ms: CHUNK_MS, ...(writer.chunkEntries ?? CHUNK_ENTRIES) };
  const entries: ImportEntryReport[] = [];
  const added = new Map<string, EquipmentWithTerm>();
  let current = plan;
  let revision = plan.revision;
  let stale = 0;
  while (entries.length < total) {
    const start = entries.length;
    writer.onProgress?.({ stage: 'writing', done: start, total });
    try {
      await writer.mayWrite();
      const chunk = (bySavepoint: boolean): WrittenChunk =>
        writer.transact(() => {
          if (stale >= FRESH_PLANS) current = writer.replan();
          else if (libraryRevision(db) !== revision) throw new StalePlanError();
          return applyChunk(db, current, start, now, { added, bySavepoint, clock, budget });
        });
      let written: WrittenChunk;
      try {
        written = chunk(false);
      } catch (error) {
        if (!(error instanceof RefusedEntryError)) throw error;
        written = chunk(true);
      }
      entries.push(...written.entries);
      for (const item of written.added) added.set(item.id, item);
      revision = written.revision;
      stale = 0;
    } catch (error) {
      if (!(error instanceof StalePlanError)) throw partialImport(error, start, total);
      stale += 1;
    } finally {
      writer.written();
    }
    if (stale > 0 && stale < FRESH_PLANS) {
      try {
        current = writer.replan();
      } catch (error) {
        throw partialImport(error, start, total);
      }
      revision = current.revision;
    }
  }
  writer.onProgress?.({ stage: 'writing', done: total, total });
  return report(plan.format, false, entries, [...added.values()]);
}

/** A failure after some chunks were committed says how many entries they hold; before, it is as it was. */
function partialImport(error: unknown, imported: number, total: number): unknown {
  if (imported === 0) return error;
  const cause = error instanceof DomainError ? error : storeFailure(error);
  const reason = error instanceof Error ? error.message : String(error);
  return new DomainError(
    cause?.code ?? 'internal',
    `The import stopped after ${imported} of the file's ${total} entries (${reason}); those are in the ` +
      'library. Import the same file again to finish it.',
    { field: 'content', reason: 'import-partial', params: { imported, total } },
  );
}

interface WrittenChunk {
  /** The report of each entry the chunk went through, from the first one on. */
  entries: ImportEntryReport[];
  added: EquipmentWithTerm[];
  /** The library revision the chunk left. */
  revision: number;
}

/**
 * Writes the plan's entries from `start` on inside the caller's transaction, until the chunk has at least
 * `budget.min` entries and its time is up, or it has `budget.max`.
 */
function applyChunk(
  db: Db,
  plan: ImportPlan,
  start: number,
  now: number,
  how: {
    added: ReadonlyMap<string, EquipmentWithTerm>;
    bySavepoint: boolean;
    clock: () => number;
    budget: { ms: number; min: number; max: number };
  },
): WrittenChunk {
  const { bySavepoint, clock, budget } = how;
  const added = new Map(how.added);
  const inserted: EquipmentWithTerm[] = [];
  const began = clock();
  const entries: ImportEntryReport[] = [];
  const touched: string[] = [];
  const writeAll = (): void => {
    for (let at = start; at < plan.entries.length; at += 1) {
      const count = at - start;
      const full = count >= budget.max || (count >= budget.min && clock() - began >= budget.ms);
      if (full && count > 0) break;
      const { index, result, write } = plan.entries[at] as PlannedEntry;
      if (!write) {
        entries.push({ index, ...result });
        continue;
      }
      try {
        const equipment = bySavepoint
          ? db.transaction(() => writeEntry(db, write, added, now))()
          : writeEntry(db, write, added, now);
        for (const item of equipment) {
          added.set(item.id, item);
          inserted.push(item);
        }
        touched.push(write.exercise.id);
        entries.push({ index, ...result });
      } catch (error) {
        if (!isRefusal(error)) throw error;
        if (!bySavepoint) throw new RefusedEntryError(error);
        entries.push({
          index,
          ...skipped(result, { code: 'refused-by-store', value: (error as Error).message }),
        });
      }
    }
  };
  const anyWrite = plan.entries.slice(start, start + budget.max).some((entry) => entry.write);
  if (anyWrite) writeInBulk(db, () => ({ result: writeAll(), touched }));
  else writeAll();
  return { entries, added: inserted, revision: libraryRevision(db) };
}

/** The store refused a row (a constraint, a trigger's check): the entry is skipped, the others go on. */
function isRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/** Writes one planned entry; answers the equipment it added. */
function writeEntry(
  db: Db,
  write: PlannedWrite,
  added: ReadonlyMap<string, EquipmentWithTerm>,
  now: number,
): EquipmentWithTerm[] {
  const inserted: EquipmentWithTerm[] = [];
  for (const item of write.equipment) {
    if (!added.has(item.id) && insertEquipmentIfMissing(db, item)) inserted.push(item);
  }
  if (write.existing) updateExercise(db, write.exercise, now);
  else insertExercise(db, write.exercise, now);
  if (write.archived !== null) setExerciseArchivedAt(db, write.exercise.id, write.archived ? now : null, now);
  if (write.importRecord) {
    recordImport(db, { exerciseId: write.exercise.id, ...write.importRecord }, now);
  }
  return inserted;
}

function report(
  format: ImportFormat,
  dryRun: boolean,
  entries: ImportEntryReport[],
  equipmentAdded: EquipmentWithTerm[],
): ImportReport {
  const counts: Record<ImportOutcome, number> = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const listed: ImportEntryReport[] = [];
  for (const entry of entries) {
    counts[entry.outcome] += 1;
    if (counts[entry.outcome] <= IMPORT_REPORT_LISTED) listed.push(entry);
  }
  return {
    format,
    dryRun,
    counts,
    entries: listed,
    equipmentAdded: equipmentAdded.map(({ id, name }) => ({ id, name })),
  };
}

type Planner = (raw: unknown) => Omit<PlannedEntry, 'index'>;

function gymdeckPlanner(db: Db, file: ParsedFile): Planner {
  const vocabulary = buildVocabulary(listMuscleTerms(db), listEquipmentWithTerms(db));
  const bySource = exerciseIdsBySource(db);
  const seen = new Set<string>();
  /** Equipment this plan adds, by id: every entry that uses one carries it, in case the first is refused. */
  const planned = new Map<string, EquipmentWithTerm>();

  return (raw) => {
    const describe = describeRaw(raw, 'id');
    const refuse = (reason: ImportNote) => ({ result: skipped(describe, reason), write: null });
    const read = readEntry(raw, exportedExerciseSchema, seen);
    if (!read.ok) return refuse(read.reason);
    const entry = read.entry;

    const unknownMuscle = [...entry.primaryMuscles, ...entry.secondaryMuscles].find(
      (id) => !vocabulary.muscleIds.has(id),
    );
    if (unknownMuscle) return refuse({ code: 'unknown-muscle-id', value: unknownMuscle });
    const equipment: EquipmentWithTerm[] = [];
    const notes: ImportNote[] = [];
    for (const id of new Set(entry.equipment)) {
      const ours = planned.get(id);
      if (ours) equipment.push(ours);
      if (ours || vocabulary.equipmentIds.has(id)) continue;
      const name = file.describedEquipment.get(id);
      if (name === undefined) return refuse({ code: 'unknown-equipment-id', value: id });
      equipment.push({ id, name, coarseTerm: null });
      notes.push({ code: 'equipment-added', value: name });
    }

    const existing = getExercise(db, entry.id);
    const reference = entry.source?.reference;
    const sourceHolder =
      !existing && entry.source && reference
        ? (bySource.get(sourceKey(entry.source.name, reference)) ?? null)
        : null;
    if (sourceHolder !== null) {
      const holderName = getExercise(db, sourceHolder)?.name ?? sourceHolder;
      return refuse({ code: 'source-taken', value: holderName });
    }

    const write: ExerciseWrite = { id: entry.id, ...draftOf(entry), seedKey: entry.seedKey };
    let result: EntryResult;
    let plannedWrite: PlannedWrite;
    if (existing) {
      const changes = changedFields(comparableDraft(existing), comparableDraft(entry));
      const archiveChanges = existing.archived !== entry.archived;
      if (archiveChanges) changes.push('archived');
      if (changes.length === 0)
        return { result: done(describe, 'unchanged', entry.id, [], notes), write: null };
      result = done(describe, 'updated', entry.id, changes, notes);
      plannedWrite = {
        exercise: write,
        existing: true,
        archived: archiveChanges ? entry.archived : null,
        equipment,
        importRecord: null,
      };
    } else {
      // The built-in exercise this one was seeded as may already be here under another id.
      const seedKey =
        write.seedKey !== null && exerciseIdForSeedKey(db, write.seedKey) === null ? write.seedKey : null;
      result = done(describe, 'added', entry.id, [], notes);
      plannedWrite = {
        exercise: { ...write, seedKey },
        existing: false,
        archived: entry.archived ? true : null,
        equipment,
        importRecord: null,
      };
      if (reference && entry.source) bySource.set(sourceKey(entry.source.name, reference), entry.id);
    }
    for (const item of equipment) {
      planned.set(item.id, item);
      vocabulary.equipmentIds.add(item.id);
    }
    return { result, write: plannedWrite };
  };
}

function freeExerciseDbPlanner(db: Db, options: PlanOptions): Planner {
  const vocabulary: Vocabulary = buildVocabulary(listMuscleTerms(db), listEquipmentWithTerms(db));
  const takenIds = new Set(listExerciseIds(db, { status: 'all' }));
  const bySource = exerciseIdsBySource(db);
  const importedHashes = importedContentHashes(db);
  const seen = new Set<string>();
  const planned = new Map<string, EquipmentWithTerm>();

  return (raw) => {
    const describe = describeRaw(raw, 'id');
    const refuse = (reason: ImportNote) => ({ result: skipped(describe, reason), write: null });
    const read = readEntry(raw, freeExerciseDbEntrySchema, seen);
    if (!read.ok) return refuse(read.reason);
    const entry = read.entry;
    const mapped = mapFreeExerciseDbEntry(entry, vocabulary);
    if (!mapped.ok) return refuse(mapped.reason);
    const after = comparableDraft(mapped.exercise);
    const existingId = bySource.get(sourceKey(FREE_EXERCISE_DB_SOURCE.name, entry.id)) ?? null;
    const existing = existingId === null ? null : getExercise(db, existingId);

    let id: string;
    let changes: string[] = [];
    if (existing) {
      id = existing.id;
      const before = comparableDraft(existing);
      changes = changedFields(before, after);
      if (changes.length === 0)
        return { result: done(describe, 'unchanged', id, [], mapped.notes), write: null };
      if ((importedHashes.get(id) ?? null) !== contentHash(before)) {
        return {
          result: { ...skipped(describe, { code: 'edited-since-import', value: null }), exerciseId: id },
          write: null,
        };
      }
    } else {
      const derived = derivedExerciseId(entry.id);
      id = derived !== null && !takenIds.has(derived) ? derived : options.newId();
    }

    if (mapped.newEquipment) {
      planned.set(mapped.newEquipment.id, mapped.newEquipment);
      vocabulary.equipmentIds.add(mapped.newEquipment.id);
      if (mapped.newEquipment.coarseTerm) {
        vocabulary.equipmentByTerm.set(mapped.newEquipment.coarseTerm, mapped.newEquipment.id);
      }
    }
    takenIds.add(id);
    bySource.set(sourceKey(FREE_EXERCISE_DB_SOURCE.name, entry.id), id);
    const equipment = mapped.exercise.equipment.flatMap((item) => planned.get(item) ?? []);
    return {
      result: existing
        ? done(describe, 'updated', id, changes, mapped.notes)
        : done(describe, 'added', id, [], mapped.notes),
      write: {
        exercise: { ...mapped.exercise, id, seedKey: null },
        existing: existing !== null,
        archived: null,
        equipment,
        importRecord: { format: 'free-exercise-db', contentHash: contentHash(after) },
      },
    };
  };
}

const sourceKey = (name: string, reference: string): string => JSON.stringify([name, reference]);

/** Which exercise holds each item of a source, by sourceKey. */
function exerciseIdsBySource(db: Db): Map<string, string> {
  return new Map(listExerciseSources(db).map((row) => [sourceKey(row.sourceName, row.reference), row.id]));
}

/** A file refused as a whole: the reason says why, for the screen to word. */
function invalidFile(reason: ErrorReason, message: string, params?: ErrorParams): DomainError {
  return new DomainError('invalid-input', message, {
    field: 'content',
    reason,
    ...(params ? { params } : {}),
  });
}

/** Reads the file, detects its format and checks its outer shape; entries are checked one by one later. */
function parseFile(content: string, expected: ImportFormat | undefined): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw invalidFile('not-json', `The file is not valid JSON: ${(error as Error).message}`);
  }
  const format: ImportFormat | null = Array.isArray(value)
    ? 'free-exercise-db'
    : claimsGymdeckFormat(value)
      ? 'gymdeck'
      : null;
  if (format === null) {
    throw invalidFile(
      'unknown-format',
      'The file is neither a Gymdeck library export nor a free-exercise-db list (a JSON array of exercises).',
    );
  }
  if (expected && expected !== format) {
    throw invalidFile(
      'other-format',
      `The file is a ${FORMAT_NAMES[format]}, not a ${FORMAT_NAMES[expected]}.`,
      { format, expected },
    );
  }
  if (format === 'free-exercise-db') {
    const entries = value as unknown[];
    if (entries.length > MAX_IMPORT_ENTRIES) {
      throw invalidFile(
        'too-many-entries',
        `The file holds ${entries.length} exercises; at most ${MAX_IMPORT_ENTRIES} can be imported at once.`,
        { count: entries.length, max: MAX_IMPORT_ENTRIES },
      );
    }
    return { format, entries, describedEquipment: new Map() };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    throw invalidFile(
      'newer-version',
      `The file was exported by a newer Gymdeck (format version ${version}); this one reads up to version ` +
        `${EXPORT_FORMAT_VERSION}. Update Gymdeck, then import it again.`,
      { version, supported: EXPORT_FORMAT_VERSION },
    );
  }
  const parsed = exportDocumentSchema.safeParse(value);
  if (!parsed.success) {
    throw invalidFile(
      'unsound-file',
      `The file is not a sound Gymdeck library export: ${describeIssues(parsed.error.issues)}`,
      { problem: describeIssues(parsed.error.issues.slice(0, 1)) },
    );
  }
  return {
    format,
    entries: parsed.data.exercises,
    describedEquipment: new Map(parsed.data.equipment.map((item) => [item.id, item.name])),
  };
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  gymdeck: 'Gymdeck library export',
  'free-exercise-db': 'free-exercise-db list',
};

function describeRaw(raw: unknown, idField: string): Pick<EntryResult, 'reference' | 'name'> {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : null;
  return { reference: text(record[idField]), name: text(record.name) };
}

/** An entry checked against its format and the entries before it in the file, or why it is skipped. */
function readEntry<T extends { id: string }>(
  raw: unknown,
  schema: { shape: Record<string, z.ZodType>; safeParse(raw: unknown): z.ZodSafeParseResult<T> },
  seen: Set<string>,
): { ok: true; entry: T } | { ok: false; reason: ImportNote } {
  const missing = missingFields(raw, schema.shape);
  if (missing) return { ok: false, reason: missing };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: invalidEntry(parsed.error.issues) };
  const entry = parsed.data;
  if (seen.has(entry.id)) return { ok: false, reason: { code: 'duplicate-in-file', value: entry.id } };
  seen.add(entry.id);
  return { ok: true, entry };
}

/**
 * Names every field an entry lacks at once, which reads better than one schema complaint per field. A field
 * the format fills in when absent (one that older exports do not have) is not missing.
 */
function missingFields(raw: unknown, shape: Record<string, z.ZodType>): ImportNote | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const missing = Object.entries(shape)
    .filter(([field, type]) => !(field in raw) && !type.safeParse(undefined).success)
    .map(([field]) => field);
  return missing.length > 0 ? { code: 'invalid-entry', value: `missing ${missing.join(', ')}` } : null;
}

function invalidEntry(issues: Parameters<typeof describeIssues>[0]): ImportNote {
  return { code: 'invalid-entry', value: describeIssues(issues) };
}

function skipped(describe: Pick<EntryResult, 'reference' | 'name'>, reason: ImportNote): EntryResult {
  return {
    reference: describe.reference,
    name: describe.name,
    outcome: 'skipped',
    exerciseId: null,
    reason,
    changes: [],
    notes: [],
  };
}

function done(
  describe: Pick<EntryResult, 'reference' | 'name'>,
  outcome: Exclude<ImportOutcome, 'skipped'>,
  exerciseId: string,
  changes: string[],
  notes: ImportNote[],
): EntryResult {
  return { ...describe, outcome, exerciseId, reason: null, changes, notes };
}
