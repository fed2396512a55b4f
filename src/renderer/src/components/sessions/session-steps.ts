import {
  loadToKg,
  type ItemTarget,
  type LoggedSet,
  type SessionItem,
  type SessionStep,
  type SessionView,
  type SetMeasure,
  type WeightUnit,
} from '@shared/domain';
import { loadShown } from '@renderer/composables/use-load-text';

/** What the steppers hold: reps or seconds (`amount`) and the load in the member's unit (0 for none). */
export interface SetValues {
  amount: number;
  load: number;
}

export type MeasureKind = 'reps' | 'seconds';

export const measureOf = (target: Pick<ItemTarget, 'seconds'>): MeasureKind =>
  target.seconds !== null ? 'seconds' : 'reps';

/** What the member did in their previous session on this exercise for the same kind and number of set. */
export function lastTimeFor(
  item: SessionItem,
  step: Pick<SessionStep, 'warmUp' | 'setNumber'>,
): LoggedSet | null {
  return item.lastTime.find((set) => set.warmUp === step.warmUp && set.setNumber === step.setNumber) ?? null;
}

/** The steppers' first values: what the member did last time for this set, else the plan's target. */
export function prefill(item: SessionItem, step: SessionStep, unit: WeightUnit): SetValues {
  const kind = measureOf(item);
  const last = lastTimeFor(item, step);
  const lastAmount = last ? (kind === 'seconds' ? last.seconds : last.reps) : null;
  const amount = lastAmount ?? (kind === 'seconds' ? item.seconds : item.reps) ?? 0;
  const loadKg = last ? last.loadKg : step.warmUp ? null : item.loadKg;
  return { amount, load: loadKg === null ? 0 : loadShown(loadKg, unit) };
}

/** The values of a logged set, for correcting it. */
export function valuesOf(set: SetMeasure, unit: WeightUnit): SetValues {
  return {
    amount: set.seconds ?? set.reps ?? 0,
    load: set.loadKg === null ? 0 : loadShown(set.loadKg, unit),
  };
}

/** The steppers' values as the API takes them: kilograms, and no load rather than 0. */
export function toMeasure(values: SetValues, kind: MeasureKind, unit: WeightUnit): SetMeasure {
  return {
    reps: kind === 'reps' ? values.amount : null,
    seconds: kind === 'seconds' ? values.amount : null,
    loadKg: values.load > 0 ? loadToKg(values.load, unit) : null,
  };
}

/** Sets still to do in a session (skipped exercises count for nothing). */
export function setsLeft(session: SessionView): number {
  return session.items
    .filter((item) => !item.skipped)
    .reduce((sum, item) => sum + Math.max(0, item.sets + item.warmUpSets - item.logged.length), 0);
}

export type ItemState = 'done' | 'now' | 'todo' | 'skipped';

export function itemState(session: SessionView, item: SessionItem): ItemState {
  if (item.skipped) return 'skipped';
  if (session.next?.itemId === item.id) return 'now';
  return item.logged.length >= item.sets + item.warmUpSets ? 'done' : 'todo';
}

/** A fresh key for one change to the log, kept across retries of it so the store records it once. */
export function newClientKey(): string {
  return crypto.randomUUID();
}
