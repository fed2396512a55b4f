import { createHash } from 'node:crypto';
import type { Exercise } from '@shared/domain';
import type { ExerciseWrite } from '../../store/repositories/exercises';

/** The parts of an exercise an import writes, in a form where equal content compares equal. */
export interface ExerciseContent {
  name: string;
  aliases: string[];
  summary: string;
  level: string;
  tags: string[];
  equipment: string[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
  steps: string[];
  cues: string[];
  prescription: { sets: number; reps: number | null; seconds: number | null; restSeconds: number };
  oneSided: boolean;
  source: { name: string; url: string | null; reference: string | null; licence: string | null } | null;
}

// Sets are compared as sets (the store lists them in its own order); steps and cues keep their order.
const sorted = (list: readonly string[]): string[] => [...new Set(list)].sort();

function sourceOf(source: ExerciseContent['source']): ExerciseContent['source'] {
  return source
    ? { name: source.name, url: source.url, reference: source.reference, licence: source.licence }
    : null;
}

export function contentOfWrite(write: Omit<ExerciseWrite, 'id' | 'seedKey'>): ExerciseContent {
  return {
    name: write.name,
    aliases: sorted(write.aliases),
    summary: write.summary,
    level: write.level,
    tags: sorted(write.tags),
    equipment: sorted(write.equipment),
    primaryMuscles: sorted(write.primaryMuscles),
    secondaryMuscles: sorted(write.secondaryMuscles),
    steps: [...write.steps],
    cues: [...write.cues],
    prescription: {
      sets: write.sets,
      reps: write.reps,
      seconds: write.seconds,
      restSeconds: write.restSeconds,
    },
    oneSided: write.oneSided,
    source: sourceOf(write.source),
  };
}

export function contentOfExercise(exercise: Exercise): ExerciseContent {
  return {
    name: exercise.name,
    aliases: sorted(exercise.aliases),
    summary: exercise.summary,
    level: exercise.level,
    tags: sorted(exercise.tags),
    equipment: sorted(exercise.equipment),
    primaryMuscles: sorted(exercise.primaryMuscles),
    secondaryMuscles: sorted(exercise.secondaryMuscles),
    steps: [...exercise.steps],
    cues: [...exercise.cues],
    prescription: {
      sets: exercise.prescription.sets,
      reps: exercise.prescription.reps,
      seconds: exercise.prescription.seconds,
      restSeconds: exercise.prescription.restSeconds,
    },
    oneSided: exercise.oneSided,
    source: sourceOf(exercise.source),
  };
}

/** The fields whose content differs, in the order of ExerciseContent. */
export function changedFields(before: ExerciseContent, after: ExerciseContent): string[] {
  return (Object.keys(after) as (keyof ExerciseContent)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

export function contentHash(content: ExerciseContent): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
