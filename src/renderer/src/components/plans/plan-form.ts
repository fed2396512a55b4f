import {
  loadInUnit,
  loadToKg,
  type Plan,
  type PlanDraft,
  type PlanItemDraft,
  type WeightUnit,
} from '@shared/domain';
import type { ExerciseSummary } from '@shared/domain';

/** One exercise of the plan as the builder edits it: the load in the member's unit (0 for none). */
export interface PlanFormItem {
  key: string;
  exerciseId: string;
  sets: number;
  warmUpSets: number;
  measure: 'reps' | 'seconds';
  reps: number;
  seconds: number;
  load: number;
  restSeconds: number;
  note: string;
}

export interface PlanForm {
  name: string;
  note: string;
  items: PlanFormItem[];
}

let made = 0;
const newKey = (): string => `item-${++made}`;

/** A new line for an exercise, from the library's suggested sets, reps or seconds and rest. */
export function itemFor(
  exercise: Pick<ExerciseSummary, 'id'>,
  suggested?: { sets: number; reps: number | null; seconds: number | null; restSeconds: number },
): PlanFormItem {
  return {
    key: newKey(),
    exerciseId: exercise.id,
    sets: suggested?.sets ?? 3,
    warmUpSets: 0,
    measure: suggested?.seconds ? 'seconds' : 'reps',
    reps: suggested?.reps ?? 10,
    seconds: suggested?.seconds ?? 30,
    load: 0,
    restSeconds: suggested?.restSeconds ?? 60,
    note: '',
  };
}

export function formFromPlan(plan: Plan, unit: WeightUnit): PlanForm {
  return {
    name: plan.name,
    note: plan.note,
    items: plan.items.map((item) => ({
      key: newKey(),
      exerciseId: item.exerciseId,
      sets: item.sets,
      warmUpSets: item.warmUpSets,
      measure: item.seconds !== null ? 'seconds' : 'reps',
      reps: item.reps ?? 10,
      seconds: item.seconds ?? 30,
      load: item.loadKg === null ? 0 : Math.round(loadInUnit(item.loadKg, unit) * 100) / 100,
      restSeconds: item.restSeconds,
      note: item.note,
    })),
  };
}

export function toPlanDraft(form: PlanForm, unit: WeightUnit): PlanDraft {
  return {
    name: form.name.trim(),
    note: form.note.trim(),
    items: form.items.map((item): PlanItemDraft => ({
      exerciseId: item.exerciseId,
      sets: item.sets,
      warmUpSets: item.warmUpSets,
      reps: item.measure === 'reps' ? item.reps : null,
      seconds: item.measure === 'seconds' ? item.seconds : null,
      loadKg: item.load > 0 ? loadToKg(item.load, unit) : null,
      restSeconds: item.restSeconds,
      note: item.note.trim(),
    })),
  };
}

/** Moves the item at `from` one place up (-1) or down (+1). */
export function moved<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
