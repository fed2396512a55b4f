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

/**
 * What a trainer chose for an exercise's movement figure: `show` it (where the exercise has the trainer's
 * own picture or video, that leads on the card and the figure shows everywhere else), show it `first` (on
 * the card too, ahead of the trainer's picture or video), or `hide` it everywhere. Only an exercise with a
 * figure (a built-in one) offers the choice; every exercise carries it, `show` unless chosen otherwise.
 */
export const FIGURE_CHOICES = ['show', 'first', 'hide'] as const;
export type FigureChoice = (typeof FIGURE_CHOICES)[number];

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
  /** The movement figure drawn for its movement, if any, whether or not the trainer hid it. */
  figure: FigureKey | null;
  figureChoice: FigureChoice;
}

/** The movement figure an exercise shows: none where it has none or the trainer hid it. */
export function shownFigure(exercise: Pick<ExerciseSummary, 'figure' | 'figureChoice'>): FigureKey | null {
  return exercise.figureChoice === 'hide' ? null : exercise.figure;
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

/**
 * What the card shows beside its muscle map: the trainer's own picture or video, or the movement figure, as
 * the trainer chose (their picture or video unless they put the figure first); nothing when it has neither.
 */
export function cardPicture(
  exercise: Pick<Exercise, 'figure' | 'figureChoice' | 'media'>,
): 'media' | 'figure' | null {
  const figure = shownFigure(exercise) !== null;
  if (figure && (exercise.figureChoice === 'first' || exercise.media.length === 0)) return 'figure';
  return exercise.media.length > 0 ? 'media' : null;
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
