import type { z } from 'zod';
import { describeIssues } from '@shared/contract/validation';
import type { ErrorParams, ErrorReason } from '@shared/contract/result';
import {
  comparableDraft,
  draftOf,
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  type ExportedExercise,
  type ImportEntryReport,
  type ImportFormat,
  type ImportNote,
  type ImportOutcome,
  type ImportReport,
  type LibraryExportDocument,
} from '@shared/domain';
import { importedContentHash, recordImport } from '../../store/repositories/exercise-import';
import { countMedia } from '../../store/repositories/exercise-media';
import {
  exerciseIdForSeedKey,
  exerciseIdForSourceReference,
  getExercise,
  insertExercise,
  listExerciseIds,
  seedKeysById,
  setExerciseArchivedAt,
  updateExercise,
} from '../../store/repositories/exercises';
import {
  insertEquipmentIfMissing,
  listEquipmentWithTerms,
  listMuscleTerms,
  type EquipmentWithTerm,
} from '../../store/repositories/vocabulary';
import type { ServiceContext } from '../context';
import { DomainError, notFound } from '../errors';
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

interface ParsedFile {
  format: ImportFormat;
  entries: unknown[];
  /** Equipment a Gymdeck export describes, by id. */
  describedEquipment: Map<string, string>;
}

type EntryResult = Omit<ImportEntryReport, 'index'>;

class DryRunFinished extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

export function createLibraryTransferService({ db, now, newId }: ServiceContext) {
  /** Writes one entry inside a savepoint, so that an entry the store refuses leaves no trace of itself. */
  function inSavepoint(
    entry: () => EntryResult,
    describe: Pick<EntryResult, 'reference' | 'name'>,
  ): EntryResult {
    try {
      return db.transaction(entry)();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
        return skipped(describe, { code: 'refused-by-store', value: (error as Error).message });
      }
      throw error;
    }
  }

  function importGymdeckEntry(
    raw: unknown,
    file: ParsedFile,
    vocabulary: Vocabulary,
    seen: Set<string>,
    equipmentAdded: EquipmentWithTerm[],
  ): EntryResult {
    const describe = describeRaw(raw, 'id');
    const read = readEntry(raw, exportedExerciseSchema, seen);
    if (!read.ok) return skipped(describe, read.reason);
    const entry = read.entry;

    const unknownMuscle = [...entry.primaryMuscles, ...entry.secondaryMuscles].find(
      (id) => !vocabulary.muscleIds.has(id),
    );
    if (unknownMuscle) return skipped(describe, { code: 'unknown-muscle-id', value: unknownMuscle });
    const missingEquipment: EquipmentWithTerm[] = [];
    for (const id of new Set(entry.equipment)) {
      if (vocabulary.equipmentIds.has(id)) continue;
      const name = file.describedEquipment.get(id);
      if (name === undefined) return skipped(describe, { code: 'unknown-equipment-id', value: id });
      missingEquipment.push({ id, name, coarseTerm: null });
    }

    const existing = getExercise(db, entry.id);
    const reference = entry.source?.reference;
    const sourceHolder =
      !existing && entry.source && reference
        ? exerciseIdForSourceReference(db, entry.source.name, reference)
        : null;
    if (sourceHolder !== null) {
      const holderName = getExercise(db, sourceHolder)?.name ?? sourceHolder;
      return skipped(describe, { code: 'source-taken', value: holderName });
    }

    const result = inSavepoint(() => {
      for (const item of missingEquipment) insertEquipmentIfMissing(db, item);
      const notes = missingEquipment.map((item): ImportNote => ({
        code: 'equipment-added',
        value: item.name,
      }));
      const time = now();
      if (existing) {
        const changes = changedFields(comparableDraft(existing), comparableDraft(entry));
        if (existing.archived !== entry.archived) changes.push('archived');
        if (changes.length === 0) return done(describe, 'unchanged', entry.id, [], notes);
        updateExercise(db, entry, time);
        if (existing.archived !== entry.archived) {
          setExerciseArchivedAt(db, entry.id, entry.archived ? time : null, time);
        }
        return done(describe, 'updated', entry.id, changes, notes);
      }
      // The built-in exercise this one was seeded as may already be here under another id.
      const seedKey =
        entry.seedKey !== null && exerciseIdForSeedKey(db, entry.seedKey) === null ? entry.seedKey : null;
      insertExercise(db, { ...entry, seedKey }, time);
      if (entry.archived) setExerciseArchivedAt(db, entry.id, time, time);
      return done(describe, 'added', entry.id, [], notes);
    }, describe);
    if (result.outcome !== 'skipped') {
      for (const item of missingEquipment) {
        vocabulary.equipmentIds.add(item.id);
        equipmentAdded.push(item);
      }
    }
    return result;
  }

  function importFreeExerciseDbEntry(
    raw: unknown,
    vocabulary: Vocabulary,
    seen: Set<string>,
    takenIds: Set<string>,
    equipmentAdded: EquipmentWithTerm[],
  ): EntryResult {
    const describe = describeRaw(raw, 'id');
    const read = readEntry(raw, freeExerciseDbEntrySchema, seen);
    if (!read.ok) return skipped(describe, read.reason);
    const entry = read.entry;
    const mapped = mapFreeExerciseDbEntry(entry, vocabulary);
    if (!mapped.ok) return skipped(describe, mapped.reason);
    const after = comparableDraft(mapped.exercise);
    const existingId = exerciseIdForSourceReference(db, FREE_EXERCISE_DB_SOURCE.name, entry.id);
    const existing = existingId === null ? null : getExercise(db, existingId);

    let id: string;
    let changes: string[] = [];
    if (existing) {
      id = existing.id;
      const before = comparableDraft(existing);
      changes = changedFields(before, after);
      if (changes.length === 0) return done(describe, 'unchanged', id, [], mapped.notes);
      if (importedContentHash(db, id) !== contentHash(before)) {
        return { ...skipped(describe, { code: 'edited-since-import', value: null }), exerciseId: id };
      }
    } else {
      const derived = derivedExerciseId(entry.id);
      id = derived !== null && !takenIds.has(derived) ? derived : newId();
    }

    const result = inSavepoint(() => {
      const time = now();
      if (mapped.newEquipment) insertEquipmentIfMissing(db, mapped.newEquipment);
      const write = { ...mapped.exercise, id, seedKey: null };
      if (existing) updateExercise(db, write, time);
      else insertExercise(db, write, time);
      recordImport(db, { exerciseId: id, format: 'free-exercise-db', contentHash: contentHash(after) }, time);
      return existing
        ? done(describe, 'updated', id, changes, mapped.notes)
        : done(describe, 'added', id, [], mapped.notes);
    }, describe);
    if (result.outcome !== 'skipped') {
      takenIds.add(id);
      const added = mapped.newEquipment;
      if (added && added.coarseTerm) {
        vocabulary.equipmentIds.add(added.id);
        vocabulary.equipmentByTerm.set(added.coarseTerm, added.id);
        equipmentAdded.push(added);
      }
    }
    return result;
  }

  function importAll(file: ParsedFile, dryRun: boolean): ImportReport {
    const vocabulary = buildVocabulary(listMuscleTerms(db), listEquipmentWithTerms(db));
    const takenIds = new Set(listExerciseIds(db, { status: 'all' }));
    const seen = new Set<string>();
    const equipmentAdded: EquipmentWithTerm[] = [];
    const entries = file.entries.map((raw, index): ImportEntryReport => {
      const result =
        file.format === 'gymdeck'
          ? importGymdeckEntry(raw, file, vocabulary, seen, equipmentAdded)
          : importFreeExerciseDbEntry(raw, vocabulary, seen, takenIds, equipmentAdded);
      return { index, ...result };
    });
    const counts: Record<ImportOutcome, number> = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
    for (const entry of entries) counts[entry.outcome] += 1;
    return {
      format: file.format,
      dryRun,
      counts,
      entries,
      equipmentAdded: equipmentAdded.map(({ id, name }) => ({ id, name })),
    };
  }

  return {
    /** The whole library (archived exercises too), or the exercises named, as a Gymdeck export. */
    exportLibrary(ids?: readonly string[]): LibraryExportDocument {
      const chosen = ids ? [...new Set(ids)] : listExerciseIds(db, { status: 'all' });
      const seedKeys = seedKeysById(db);
      const exercises = chosen.map((id): ExportedExercise => {
        const exercise = getExercise(db, id);
        if (!exercise) throw notFound('exercise', id);
        return {
          id: exercise.id,
          ...draftOf(exercise),
          archived: exercise.archived,
          seedKey: seedKeys.get(id) ?? null,
        };
      });
      const used = new Set(exercises.flatMap((exercise) => exercise.equipment));
      return {
        format: EXPORT_FORMAT_NAME,
        version: EXPORT_FORMAT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        equipment: listEquipmentWithTerms(db)
          .filter((item) => used.has(item.id))
          .map(({ id, name }) => ({ id, name })),
        exercises,
        mediaLeftOut: countMedia(db, ids ? chosen : null),
      };
    },

    /**
     * Imports every sound entry of a file in one transaction and reports what happened to each; with
     * `dryRun` the same work is done and then rolled back, so the preview is exactly what a commit does.
     * A file that cannot be read at all is refused as a whole.
     */
    importLibrary(request: ImportRequest): ImportReport {
      const file = parseFile(request.content, request.format);
      const dryRun = request.dryRun ?? false;
      try {
        return db.transaction(() => {
          const report = importAll(file, dryRun);
          if (dryRun) throw new DryRunFinished(report);
          return report;
        })();
      } catch (error) {
        if (error instanceof DryRunFinished) return error.report;
        throw error;
      }
    },
  };
}

export type LibraryTransferService = ReturnType<typeof createLibraryTransferService>;

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
  schema: { shape: object; safeParse(raw: unknown): z.ZodSafeParseResult<T> },
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

/** Names every field an entry lacks at once, which reads better than one schema complaint per field. */
function missingFields(raw: unknown, shape: object): ImportNote | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const missing = Object.keys(shape).filter((field) => !(field in raw));
  return missing.length > 0 ? { code: 'invalid-entry', value: `missing ${missing.join(', ')}` } : null;
}

function invalidEntry(issues: Parameters<typeof describeIssues>[0]): ImportNote {
  return { code: 'invalid-entry', value: describeIssues(issues) };
}

function skipped(describe: Pick<EntryResult, 'reference' | 'name'>, reason: ImportNote): EntryResult {
  return { ...describe, outcome: 'skipped', exerciseId: null, reason, changes: [], notes: [] };
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
