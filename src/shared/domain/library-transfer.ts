import type { ExerciseDraft } from './exercise-editing';

/** The two kinds of file the library imports: its own export, and the free-exercise-db JSON list. */
export const IMPORT_FORMATS = ['gymdeck', 'free-exercise-db'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What marks a Gymdeck export, and the newest version of it this app writes and reads. */
export const EXPORT_FORMAT_NAME = 'gymdeck-library';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * One exercise in an export: every field a trainer writes (equipment as ids, each described in the
 * document's `equipment` list), plus its identity and state; pictures and videos are not carried.
 */
export interface ExportedExercise extends ExerciseDraft {
  id: string;
  archived: boolean;
  /** Set on the built-in exercises, so that a later start never adds them a second time. */
  seedKey: string | null;
}

/** A Gymdeck library export (version 1). Media files are not carried; `mediaLeftOut` counts them. */
export interface LibraryExportDocument {
  format: typeof EXPORT_FORMAT_NAME;
  version: typeof EXPORT_FORMAT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  /** The equipment the exercises use, so that a library without one of them can add it. */
  equipment: { id: string; name: string }[];
  exercises: ExportedExercise[];
  mediaLeftOut: number;
}

export type ImportOutcome = 'added' | 'updated' | 'unchanged' | 'skipped';

/**
 * Why an entry was skipped, or what was adjusted when it was imported. The screen words each code; `value`
 * fills it in (a muscle name, a count, the validation detail).
 */
export const IMPORT_NOTE_CODES = [
  // Reasons to skip an entry.
  'invalid-entry',
  'duplicate-in-file',
  'edited-since-import',
  'no-known-muscle',
  'unknown-muscle-id',
  'unknown-equipment-id',
  'source-taken',
  'refused-by-store',
  // Adjustments to an entry that was imported.
  'unknown-muscle',
  'step-shortened',
  'steps-dropped',
  'images-left-out',
  'equipment-added',
] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

export interface ImportNote {
  code: ImportNoteCode;
  value: string | null;
}

export interface ImportEntryReport {
  /** Position in the file, from 0. */
  index: number;
  /** The entry's id in the file, when it has one. */
  reference: string | null;
  name: string | null;
  outcome: ImportOutcome;
  /** The exercise in this library the entry became or matched; null when skipped. */
  exerciseId: string | null;
  /** Why it was skipped (outcome `skipped` only). */
  reason: ImportNote | null;
  /** For `updated`: the fields that differ (name, steps, prescription, ...). */
  changes: string[];
  notes: ImportNote[];
}

export interface ImportReport {
  format: ImportFormat;
  /** True when nothing was written: the report says what an import would do. */
  dryRun: boolean;
  /** Every entry of the file, by outcome. */
  counts: Record<ImportOutcome, number>;
  /** The first IMPORT_REPORT_LISTED entries of each outcome, in file order. */
  entries: ImportEntryReport[];
  /** Equipment that the import added (or would add) to the vocabulary. */
  equipmentAdded: { id: string; name: string }[];
}

/**
 * How many entries of each outcome a report lists. A 10 MB file has thousands, whose report would weigh
 * megabytes and hold up the thread that answers every screen while it is copied; no screen shows that many.
 */
export const IMPORT_REPORT_LISTED = 100;

/** How many exercises (archived ones too) a library holds at most: an import that would pass it is refused. */
export const LIBRARY_MAX_EXERCISES = 20_000;

/** How far a running import (or preview) has got. */
export interface ImportProgress {
  /** Reading the file; checking its entries against the library; writing them. */
  stage: 'reading' | 'checking' | 'writing';
  done: number;
  /** Null until the file has been read. */
  total: number | null;
}
