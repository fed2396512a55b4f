import type { FigureChoice, Level, MediaKind, MediaRole, Prescription, Source, Tag } from './library';

/** The roles a picture or video plays on a card; each role holds at most one item. */
export const MEDIA_ROLES = ['start', 'end', 'still', 'loop'] as const satisfies readonly MediaRole[];

/** Start and end poses and a still are pictures; the loop is a video. */
export const MEDIA_ROLE_KIND: Readonly<Record<MediaRole, MediaKind>> = {
  start: 'image',
  end: 'image',
  still: 'image',
  loop: 'video',
};

const MB = 1024 * 1024;

/** The largest file accepted for each kind, in bytes. */
export const MEDIA_MAX_BYTES: Readonly<Record<MediaKind, number>> = { image: 8 * MB, video: 50 * MB };

/** The file types accepted for each kind (checked by content, never by name). */
export const MEDIA_MIME_TYPES: Readonly<Record<MediaKind, readonly string[]>> = {
  image: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
  video: ['video/mp4', 'video/webm'],
};

/** Bounds of every field a trainer edits; the contract and the form share them. */
export const EXERCISE_LIMITS = {
  nameLength: 120,
  aliasLength: 80,
  aliases: 12,
  summaryLength: 600,
  steps: 12,
  stepLength: 300,
  cuesMin: 2,
  cuesMax: 3,
  cueLength: 120,
  muscles: 30,
  sets: { min: 1, max: 20 },
  reps: { min: 1, max: 1000 },
  seconds: { min: 1, max: 3600 },
  restSeconds: { min: 0, max: 3600 },
  sourceLength: 120,
  urlLength: 500,
} as const;

/** Everything a trainer writes about an exercise: what `library:create` and `library:update` take. */
export interface ExerciseDraft {
  name: string;
  aliases: string[];
  summary: string;
  level: Level;
  tags: Tag[];
  equipment: string[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
  steps: string[];
  cues: string[];
  prescription: Prescription;
  oneSided: boolean;
  source: Source | null;
  /** Whether its movement figure shows, and whether ahead of the trainer's own picture or video. */
  figureChoice: FigureChoice;
}

/**
 * Only the fields of a draft, in the draft's order, from anything that has them (an exercise, an export
 * entry): what is compared, hashed or written out as an exercise's content.
 */
export function draftOf(exercise: ExerciseDraft): ExerciseDraft {
  const { prescription: p, source: s } = exercise;
  return {
    name: exercise.name,
    aliases: exercise.aliases,
    summary: exercise.summary,
    level: exercise.level,
    tags: exercise.tags,
    equipment: exercise.equipment,
    primaryMuscles: exercise.primaryMuscles,
    secondaryMuscles: exercise.secondaryMuscles,
    steps: exercise.steps,
    cues: exercise.cues,
    prescription: { sets: p.sets, reps: p.reps, seconds: p.seconds, restSeconds: p.restSeconds },
    oneSided: exercise.oneSided,
    source: s && { name: s.name, url: s.url, reference: s.reference, licence: s.licence },
    figureChoice: exercise.figureChoice,
  };
}

// Sets are compared as sets (the store lists them in its own order); steps and cues keep their order.
const asSet = <T extends string>(list: readonly T[]): T[] => [...new Set(list)].sort();

/**
 * An exercise's draft in a form where equal content compares (and serialises) equal: what tells whether
 * an import or an edit changes anything.
 */
export function comparableDraft(exercise: ExerciseDraft): ExerciseDraft {
  const draft = draftOf(exercise);
  return {
    ...draft,
    aliases: asSet(draft.aliases),
    tags: asSet(draft.tags),
    equipment: asSet(draft.equipment),
    primaryMuscles: asSet(draft.primaryMuscles),
    secondaryMuscles: asSet(draft.secondaryMuscles),
  };
}
