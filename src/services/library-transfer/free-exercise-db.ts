import * as z from 'zod';
import {
  EXERCISE_LIMITS,
  type ExerciseDraft,
  type ImportNote,
  type Level,
  type Prescription,
  type Tag,
} from '@shared/domain';
import type { EquipmentWithTerm, MuscleTerm } from '../../store/repositories/vocabulary';

/** How imported exercises name where they came from (their `source`). */
export const FREE_EXERCISE_DB_SOURCE = {
  name: 'free-exercise-db',
  url: 'https://github.com/yuhonas/free-exercise-db',
  licence: 'Unlicense',
} as const;

export const CATEGORIES = [
  'strength',
  'stretching',
  'plyometrics',
  'strongman',
  'powerlifting',
  'cardio',
  'olympic weightlifting',
] as const;
type Category = (typeof CATEGORIES)[number];

const term = z.string().trim().toLowerCase().min(1, 'must not be empty').max(60);

/** One entry of the free-exercise-db JSON list, exactly as that project publishes it. */
export const freeExerciseDbEntrySchema = z.strictObject({
  id: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  force: z.enum(['pull', 'push', 'static']).nullable(),
  level: z.enum(['beginner', 'intermediate', 'expert']),
  mechanic: z.enum(['compound', 'isolation']).nullable(),
  equipment: term.nullable(),
  primaryMuscles: z.array(term).max(20),
  secondaryMuscles: z.array(term).max(20),
  instructions: z.array(z.string().max(5000)).max(100),
  category: z.enum(CATEGORIES),
  images: z.array(z.string().max(500)).max(50),
});

export type FreeExerciseDbEntry = z.output<typeof freeExerciseDbEntrySchema>;

const LEVEL: Record<FreeExerciseDbEntry['level'], Level> = {
  beginner: 'beginner',
  intermediate: 'intermediate',
  expert: 'advanced',
};

/** Our defaults by kind of work; a trainer adjusts them per exercise. */
const PRESCRIPTION: Record<Category, Prescription> = {
  strength: { sets: 3, reps: 10, seconds: null, restSeconds: 60 },
  powerlifting: { sets: 3, reps: 5, seconds: null, restSeconds: 120 },
  'olympic weightlifting': { sets: 3, reps: 5, seconds: null, restSeconds: 120 },
  strongman: { sets: 3, reps: 5, seconds: null, restSeconds: 120 },
  plyometrics: { sets: 3, reps: 8, seconds: null, restSeconds: 90 },
  stretching: { sets: 2, reps: null, seconds: 30, restSeconds: 15 },
  cardio: { sets: 1, reps: null, seconds: 300, restSeconds: 60 },
};

const STRENGTH_CATEGORIES: readonly Category[] = [
  'strength',
  'powerlifting',
  'olympic weightlifting',
  'strongman',
];

/**
 * The dataset's "shoulders" is the front of the deltoid in pushes, but in pulls (face pulls, reverse flys,
 * rows) it is the rear deltoid, which is the one this library is about.
 */
const PULL_TERMS: Readonly<Record<string, readonly string[]>> = { shoulders: ['rear-delts'] };

/** What the import needs to know about this library's vocabulary. */
export interface Vocabulary {
  /** Coarse dataset term to the muscles it is imported as. */
  musclesByTerm: Map<string, string[]>;
  muscleIds: Set<string>;
  /** Coarse dataset term to an equipment id. */
  equipmentByTerm: Map<string, string>;
  equipmentIds: Set<string>;
}

export function buildVocabulary(
  muscles: readonly MuscleTerm[],
  equipment: readonly EquipmentWithTerm[],
): Vocabulary {
  const musclesByTerm = new Map<string, string[]>();
  for (const muscle of muscles) {
    if (!muscle.importsCoarseTerm) continue;
    const term = muscle.coarseTerm.toLowerCase();
    musclesByTerm.set(term, [...(musclesByTerm.get(term) ?? []), muscle.id]);
  }
  const equipmentByTerm = new Map<string, string>();
  for (const item of equipment) {
    const term = item.coarseTerm?.toLowerCase();
    if (term && !equipmentByTerm.has(term)) equipmentByTerm.set(term, item.id);
  }
  return {
    musclesByTerm,
    muscleIds: new Set(muscles.map((m) => m.id)),
    equipmentByTerm,
    equipmentIds: new Set(equipment.map((e) => e.id)),
  };
}

export type MappedEntry =
  | {
      ok: true;
      exercise: ExerciseDraft;
      /** Equipment the vocabulary lacks, to add before the exercise. */
      newEquipment: EquipmentWithTerm | null;
      notes: ImportNote[];
    }
  | { ok: false; reason: ImportNote };

/** Turns one dataset entry into an exercise of this library, noting every adjustment made on the way. */
export function mapFreeExerciseDbEntry(entry: FreeExerciseDbEntry, vocabulary: Vocabulary): MappedEntry {
  const notes: ImportNote[] = [];
  const mapMuscles = (terms: readonly string[]): string[] =>
    terms.flatMap((name) => {
      const ids = (entry.force === 'pull' ? PULL_TERMS[name] : undefined)?.filter((id) =>
        vocabulary.muscleIds.has(id),
      );
      const mapped = ids && ids.length > 0 ? ids : vocabulary.musclesByTerm.get(name);
      if (mapped) return mapped;
      notes.push({ code: 'unknown-muscle', value: name });
      return [];
    });
  const primaryMuscles = unique(mapMuscles(entry.primaryMuscles));
  const secondaryMuscles = unique(mapMuscles(entry.secondaryMuscles)).filter(
    (id) => !primaryMuscles.includes(id),
  );
  if (primaryMuscles.length === 0) return { ok: false, reason: { code: 'no-known-muscle', value: null } };

  let equipment: string[] = [];
  let newEquipment: EquipmentWithTerm | null = null;
  if (entry.equipment !== null) {
    const known = vocabulary.equipmentByTerm.get(entry.equipment);
    if (known) {
      equipment = [known];
    } else {
      newEquipment = newEquipmentFor(entry.equipment, vocabulary);
      equipment = [newEquipment.id];
      notes.push({ code: 'equipment-added', value: newEquipment.name });
    }
  }

  const tags = new Set<Tag>();
  if (STRENGTH_CATEGORIES.includes(entry.category)) tags.add('strength');
  if (entry.mechanic === 'compound') tags.add('compound');
  if (entry.equipment === 'body only') tags.add('bodyweight');

  const steps = toSteps(entry.instructions, notes);
  if (entry.images.length > 0) notes.push({ code: 'images-left-out', value: String(entry.images.length) });

  return {
    ok: true,
    exercise: {
      name: entry.name,
      aliases: [],
      summary: '',
      level: LEVEL[entry.level],
      tags: [...tags].sort(),
      equipment,
      primaryMuscles,
      secondaryMuscles,
      steps,
      cues: [],
      prescription: PRESCRIPTION[entry.category],
      oneSided: false,
      source: { ...FREE_EXERCISE_DB_SOURCE, reference: entry.id },
      figureChoice: 'show',
    },
    newEquipment,
    notes,
  };
}

function newEquipmentFor(term: string, vocabulary: Vocabulary): EquipmentWithTerm {
  const base = slug(term) || 'equipment';
  let id = base;
  for (let n = 2; vocabulary.equipmentIds.has(id); n += 1) id = `${base}-${n}`;
  return { id, name: term.charAt(0).toUpperCase() + term.slice(1), coarseTerm: term };
}

/**
 * Steps read from three metres: empty lines dropped, long paragraphs split at sentence ends into steps the
 * store accepts, at most as many steps as the editor allows.
 */
function toSteps(instructions: readonly string[], notes: ImportNote[]): string[] {
  const { steps: maxSteps, stepLength } = EXERCISE_LIMITS;
  let shortened = false;
  const steps = instructions.flatMap((raw) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length <= stepLength) return line ? [line] : [];
    const sentences = line.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [line];
    const parts: string[] = [];
    for (const sentence of sentences.map((s) => s.trim()).filter(Boolean)) {
      const last = parts.at(-1);
      if (last !== undefined && last.length + 1 + sentence.length <= stepLength) {
        parts[parts.length - 1] = `${last} ${sentence}`;
      } else if (sentence.length <= stepLength) {
        parts.push(sentence);
      } else {
        shortened = true;
        parts.push(`${sentence.slice(0, stepLength - 1).replace(/\s+\S*$/, '')}…`);
      }
    }
    return parts;
  });
  if (shortened) notes.push({ code: 'step-shortened', value: null });
  if (steps.length > maxSteps) notes.push({ code: 'steps-dropped', value: String(steps.length - maxSteps) });
  return steps.slice(0, maxSteps);
}

/** A readable, stable id for an entry (`free-exercise-db-barbell-row`), or null when it would not fit. */
export function derivedExerciseId(reference: string): string | null {
  const id = `free-exercise-db-${slug(reference)}`;
  return slug(reference) && id.length <= 100 ? id : null;
}

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
