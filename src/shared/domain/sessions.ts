import type { Member, SignedInMember } from './members';
import type { ItemTarget, Plan, PlanSummary, SetMeasure } from './plans';

/** Bounds of a logged set; the contract and the set screen's steppers share them. */
export const SET_LIMITS = {
  setNumber: { min: 1, max: 30 },
  reps: { min: 0, max: 1000 },
  seconds: { min: 0, max: 3600 },
  loadKg: { min: 0, max: 1000 },
} as const;

/** Estimated one-rep maximum counts only sets of this many reps (Epley is unreliable beyond). */
export const ESTIMATE_REPS = { min: 1, max: 10 } as const;

/** Epley's estimate of a one-rep maximum: `load × (1 + reps / 30)`. */
export function estimatedOneRepMax(loadKg: number, reps: number): number {
  return loadKg * (1 + reps / 30);
}

/**
 * A set as the store holds it now: corrections and deletions are later rows that replace it, and every
 * read shows only the latest. `setNumber` counts warm-ups and working sets each from 1.
 */
export interface LoggedSet extends SetMeasure {
  id: string;
  sessionId: string;
  itemId: string;
  /** The exercise actually done (after a "machine busy" swap, not the planned one). */
  exerciseId: string;
  warmUp: boolean;
  setNumber: number;
  loggedAt: number;
}

/** One slot of a session: which set of which item is next. */
export interface SessionStep {
  itemId: string;
  warmUp: boolean;
  setNumber: number;
}

/** One exercise of a session: the plan's target, copied when the session started, and what was done. */
export interface SessionItem extends ItemTarget {
  id: string;
  position: number;
  plannedExerciseId: string;
  /** The exercise done today: the planned one unless the member swapped it ("machine busy"). */
  exerciseId: string;
  skipped: boolean;
  /** Live sets, warm-ups first, each kind by set number. */
  logged: LoggedSet[];
  /**
   * What this member did on `exerciseId` in their previous session that had it (empty the first time);
   * the screen shows the one with the same kind and set number.
   */
  lastTime: LoggedSet[];
}

/** A session as the member following it sees it. */
export interface SessionView {
  id: string;
  planId: string | null;
  /** The plan's name when the session started; null for sets logged before sessions existed. */
  planName: string | null;
  startedAt: number;
  finishedAt: number | null;
  items: SessionItem[];
  /** The first set still to do, skipping skipped items; null when everything is done. */
  next: SessionStep | null;
}

/** What a change to the log did: `set` is the new row (none for a deletion), `replaces` the set it took over. */
export interface SetChange {
  set: LoggedSet | null;
  replaces: string | null;
  next: SessionStep | null;
}

/** What a member signed in on a screen may see first: who they are (as a label), their plans, an open session. */
export interface MemberHome {
  member: SignedInMember;
  plans: PlanSummary[];
  openSession: SessionView | null;
}

/** An exercise that could stand in for a busy one, with why. */
export interface SwapCandidate {
  exerciseId: string;
  /** Sum over shared muscles of the smaller weight (primary 1, secondary 0.5) in the two exercises. */
  overlap: number;
  sharedMuscles: string[];
  /** Needs some of the busy exercise's equipment (ranked after every one that does not). */
  usesBusyEquipment: boolean;
}

export const RECORD_KINDS = ['heaviest-load', 'most-reps-at-load', 'estimated-1rm'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * A personal record set in a session: strictly better than every earlier session of the member on that
 * exercise (a tie is not a record, nor is a first time). Warm-ups never count.
 */
export interface PersonalRecord {
  exerciseId: string;
  kind: RecordKind;
  /** The set that made it. */
  setId: string;
  loadKg: number;
  reps: number;
  /** Kilograms for `heaviest-load` and `estimated-1rm`, reps for `most-reps-at-load` (at `loadKg`). */
  value: number;
  previous: number;
}

export interface SessionSummary {
  sessionId: string;
  planName: string | null;
  startedAt: number;
  finishedAt: number;
  durationSeconds: number;
  /** Working sets; warm-ups are counted apart and add nothing to reps or volume. */
  sets: number;
  warmUpSets: number;
  reps: number;
  /** Sum of load × reps over working sets, in kilograms. */
  volumeKg: number;
  records: PersonalRecord[];
}

/** A best set of an exercise, from the whole log. */
export interface RecordSet {
  setId: string;
  sessionId: string;
  loadKg: number;
  reps: number;
  /** When the session it belongs to started. */
  at: number;
}

/** A member's bests on one exercise, computed from the log when read. */
export interface ExerciseRecords {
  heaviestLoad: RecordSet | null;
  /** With `value`, the estimate in kilograms. */
  bestEstimated1rm: (RecordSet & { value: number }) | null;
  /** The most reps done at each load, heaviest load first. */
  mostRepsAtLoad: RecordSet[];
}

/** One session's point on an exercise's progress chart. */
export interface ProgressPoint {
  sessionId: string;
  /** When the session started. */
  at: number;
  /** Best Epley estimate over its working sets of 1 to 10 reps with a load; null when none qualifies. */
  bestEstimated1rmKg: number | null;
  /** Heaviest working set; null when none had a load. */
  topSetKg: number | null;
}

export interface ProgressSeries {
  exerciseId: string;
  /** Oldest first. */
  points: ProgressPoint[];
  records: ExerciseRecords;
}

/** A past (or open) session with its live sets, for history. */
export interface HistorySession {
  id: string;
  planName: string | null;
  startedAt: number;
  finishedAt: number | null;
  sets: LoggedSet[];
}

export interface HistoryPage {
  /** Newest first. */
  sessions: HistorySession[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: number | null;
}

/** What marks a member's data export, and its version. */
export const MEMBER_EXPORT_FORMAT_NAME = 'gymdeck-member';
export const MEMBER_EXPORT_FORMAT_VERSION = 1;

/** Everything the store holds about one member, for them to take away (`members:export`, JSON). */
export interface MemberExportDocument {
  format: typeof MEMBER_EXPORT_FORMAT_NAME;
  version: typeof MEMBER_EXPORT_FORMAT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  member: Member;
  plans: Plan[];
  sessions: HistorySession[];
  /** Names of the exercises the plans and sets mention, by id. */
  exercises: { id: string; name: string }[];
}

export const MEMBER_EXPORT_FORMATS = ['json', 'csv'] as const;
export type MemberExportFormat = (typeof MEMBER_EXPORT_FORMATS)[number];

/** A file for the screen to offer as a download. CSV: one row per live logged set. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}
