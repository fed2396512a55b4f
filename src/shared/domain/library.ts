import type { FigureKey } from '../figures';

/** Which outline of the body map a muscle is drawn on. */
export type MuscleView = 'front' | 'back';

export interface Muscle {
  id: string;
  name: string;
  commonName: string;
  region: string;
  view: MuscleView;
  /** The coarser term public exercise datasets use for this muscle ("middle back", "lats", ...). */
  coarseTerm: string;
}

export interface Equipment {
  id: string;
  name: string;
}

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

/** Category tags; the two goals a member can filter by come first. */
export const GOALS = ['strength', 'posture'] as const;
export type Goal = (typeof GOALS)[number];
export const TAGS = [...GOALS, 'compound', 'low-impact', 'bodyweight'] as const;
export type Tag = (typeof TAGS)[number];

export type MuscleRole = 'primary' | 'secondary';

export interface Prescription {
  sets: number;
  /** Exactly one of reps and seconds is set. */
  reps: number | null;
  seconds: number | null;
  restSeconds: number;
}

export type MediaKind = 'image' | 'video';
export type MediaRole = 'start' | 'end' | 'loop' | 'still';

export interface MediaItem {
  id: string;
  kind: MediaKind;
  role: MediaRole;
  mimeType: string;
  byteSize: number;
}

export interface Source {
  name: string;
  url: string | null;
  reference: string | null;
  licence: string | null;
}

export interface ExerciseSummary {
  id: string;
  name: string;
  aliases: string[];
  level: Level;
  tags: Tag[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
  equipment: string[];
  archived: boolean;
  /** The movement figure drawn for it, if any. */
  figure: FigureKey | null;
}

export interface Exercise extends ExerciseSummary {
  summary: string;
  steps: string[];
  cues: string[];
  prescription: Prescription;
  oneSided: boolean;
  media: MediaItem[];
  source: Source | null;
}

/** Which exercises a list holds by archive state: members see the active ones, a trainer any. */
export const EXERCISE_STATUSES = ['active', 'archived', 'all'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/**
 * How many exercises one answer of `library:list` carries unless asked for fewer or more (a multiple of 2, 3,
 * 4 and 6, so that a page fills whole rows of the library grid), and the most it carries.
 */
export const LIBRARY_PAGE_SIZE = 36;
export const LIBRARY_PAGE_MAX = 200;

/** One page of a library list. */
export interface ExercisePage {
  /** From the requested offset on, at most the requested number, in the list's order (by name). */
  exercises: ExerciseSummary[];
  /** Where the page starts in the whole list (0 for the first). */
  offset: number;
  /** How many the whole list holds, over every page. */
  total: number;
  /** How many match the rest of the filters by archive state, whatever `status` chose: a trainer's choices. */
  counts: { active: number; archived: number };
}

export interface LibraryVocabulary {
  muscles: Muscle[];
  equipment: Equipment[];
  tags: readonly Tag[];
  /** The muscles and equipment some active exercise names: filters that would find nothing are not offered. */
  inUse: { muscles: string[]; equipment: string[] };
}
