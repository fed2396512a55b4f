import type { ExerciseSummary } from './library';

/** Bounds of a plan as a trainer builds it; the contract and the plan builder share them. */
export const PLAN_LIMITS = {
  nameLength: 120,
  noteLength: 500,
  items: 30,
  itemNoteLength: 200,
  sets: { min: 1, max: 20 },
  warmUpSets: { min: 0, max: 5 },
  reps: { min: 1, max: 1000 },
  seconds: { min: 1, max: 3600 },
  loadKg: { min: 0, max: 1000 },
  restSeconds: { min: 0, max: 3600 },
} as const;

/** One set's measure: exactly one of reps and seconds; a load in kilograms, or none (body weight). */
export interface SetMeasure {
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
}

/** What a trainer asks of one exercise: working sets of a measure, rest after each, optional warm-ups. */
export interface ItemTarget extends SetMeasure {
  /** Working sets. */
  sets: number;
  /** Lighter sets before the working ones, with the same reps or seconds and no target load. */
  warmUpSets: number;
  restSeconds: number;
  /** For the member, such as "pause at the top". */
  note: string;
}

export interface PlanItemDraft extends ItemTarget {
  exerciseId: string;
}

/** A plan as a trainer writes it: what `plans:create` and `plans:update` take, and what an export holds. */
export interface PlanDraft {
  name: string;
  note: string;
  /** In the order the member follows them. */
  items: PlanItemDraft[];
}

export interface PlanItem extends PlanItemDraft {
  id: string;
}

/** A member's plan, or a template (`memberId` null) that can be given to any member. */
export interface Plan extends PlanDraft {
  id: string;
  memberId: string | null;
  items: PlanItem[];
  createdAt: number;
  updatedAt: number;
}

export interface PlanSummary {
  id: string;
  memberId: string | null;
  name: string;
  itemCount: number;
  updatedAt: number;
}

/** A muscle's share of a plan: working sets that hit it, a primary muscle counting 1 and a secondary 0.5. */
export type MuscleBalance = Record<string, number>;

/**
 * How many working sets of a plan hit each muscle (primary 1, secondary 0.5), for the plan builder's
 * strip. Items whose exercise is not in `exercises` count for nothing.
 */
export function muscleBalance(
  items: readonly Pick<PlanItemDraft, 'exerciseId' | 'sets'>[],
  exercises: ReadonlyMap<string, Pick<ExerciseSummary, 'primaryMuscles' | 'secondaryMuscles'>>,
): MuscleBalance {
  const balance: MuscleBalance = {};
  const add = (muscle: string, sets: number): void => {
    balance[muscle] = (balance[muscle] ?? 0) + sets;
  };
  for (const item of items) {
    const exercise = exercises.get(item.exerciseId);
    if (!exercise) continue;
    for (const muscle of exercise.primaryMuscles) add(muscle, item.sets);
    for (const muscle of exercise.secondaryMuscles) add(muscle, item.sets * 0.5);
  }
  return balance;
}
