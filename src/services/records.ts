import {
  ESTIMATE_REPS,
  estimatedOneRepMax,
  type ExerciseRecords,
  type LoggedSet,
  type PersonalRecord,
  type ProgressPoint,
  type RecordSet,
  type SessionSummary,
} from '@shared/domain';
import type { DatedSet } from '../store/repositories/sessions';

/** Floating-point loads (a pound typed, kilograms stored) compare equal within this. */
const EPSILON = 1e-9;

/** A set that counts towards a record: working, counted in reps (at least one). */
function counted<T extends LoggedSet>(set: T): set is T & { reps: number } {
  return !set.warmUp && set.reps !== null && set.reps >= 1;
}

function loaded<T extends LoggedSet>(set: T): set is T & { reps: number; loadKg: number } {
  return counted(set) && set.loadKg !== null && set.loadKg > 0;
}

/** Epley's estimate for a set that qualifies (a load, 1 to 10 reps, not a warm-up), else null. */
export function estimateOf(set: LoggedSet): number | null {
  if (!loaded(set) || set.reps < ESTIMATE_REPS.min || set.reps > ESTIMATE_REPS.max) return null;
  return estimatedOneRepMax(set.loadKg, set.reps);
}

/** The load a "most reps at a load" record is kept for: body weight alone counts as 0. */
function loadKey(loadKg: number | null): number {
  return Math.round((loadKg ?? 0) * 1000);
}

/** The first set with the greatest value (a later tie does not take a best over). */
function best<T extends LoggedSet>(
  sets: readonly T[],
  value: (set: T) => number | null,
): { set: T; value: number } | null {
  let found: { set: T; value: number } | null = null;
  for (const set of sets) {
    const v = value(set);
    if (v !== null && (found === null || v > found.value + EPSILON)) found = { set, value: v };
  }
  return found;
}

function recordSet(set: DatedSet & { reps: number }): RecordSet {
  return {
    setId: set.id,
    sessionId: set.sessionId,
    loadKg: set.loadKg ?? 0,
    reps: set.reps,
    at: set.sessionStartedAt,
  };
}

/** A member's bests on one exercise from its working sets (oldest first, as the log gives them). */
export function exerciseRecords(sets: readonly DatedSet[]): ExerciseRecords {
  const heaviest = best(sets.filter(loaded), (set) => set.loadKg);
  const estimate = best(sets.filter(loaded), estimateOf);
  const byLoad = new Map<number, DatedSet & { reps: number }>();
  for (const set of sets.filter(counted)) {
    const key = loadKey(set.loadKg);
    const held = byLoad.get(key);
    if (!held || set.reps > held.reps) byLoad.set(key, set);
  }
  return {
    heaviestLoad: heaviest ? recordSet(heaviest.set) : null,
    bestEstimated1rm: estimate ? { ...recordSet(estimate.set), value: estimate.value } : null,
    mostRepsAtLoad: [...byLoad.values()]
      .sort((a, b) => (b.loadKg ?? 0) - (a.loadKg ?? 0))
      .map((set) => recordSet(set)),
  };
}

/**
 * The records a session's working sets set on each exercise, against every set of earlier sessions:
 * strictly better only (a tie is not a record), and never on a first time (nothing to beat).
 */
export function sessionRecords(
  sessionSets: readonly LoggedSet[],
  earlierByExercise: ReadonlyMap<string, readonly LoggedSet[]>,
): PersonalRecord[] {
  const records: PersonalRecord[] = [];
  const exerciseIds = [...new Set(sessionSets.map((set) => set.exerciseId))];
  for (const exerciseId of exerciseIds) {
    const now = sessionSets.filter((set) => set.exerciseId === exerciseId);
    const before = earlierByExercise.get(exerciseId) ?? [];
    const beat = (
      kind: PersonalRecord['kind'],
      value: (set: LoggedSet) => number | null,
      pool: (set: LoggedSet) => boolean,
    ): void => {
      const previous = best(before.filter(pool), value);
      const current = best(now.filter(pool), value);
      if (!previous || !current || current.value <= previous.value + EPSILON) return;
      const set = current.set as LoggedSet & { reps: number };
      records.push({
        exerciseId,
        kind,
        setId: set.id,
        loadKg: set.loadKg ?? 0,
        reps: set.reps,
        value: current.value,
        previous: previous.value,
      });
    };
    beat('heaviest-load', (set) => set.loadKg, loaded);
    beat('estimated-1rm', estimateOf, loaded);
    const loads = [...new Set(now.filter(counted).map((set) => loadKey(set.loadKg)))].sort((a, b) => b - a);
    for (const key of loads) {
      beat(
        'most-reps-at-load',
        (set) => set.reps,
        (set) => counted(set) && loadKey(set.loadKg) === key,
      );
    }
  }
  return records;
}

/** One point per session (oldest first): its best estimate and its heaviest working set. */
export function progressPoints(sets: readonly DatedSet[]): ProgressPoint[] {
  const points = new Map<string, ProgressPoint>();
  for (const set of sets) {
    const point = points.get(set.sessionId) ?? {
      sessionId: set.sessionId,
      at: set.sessionStartedAt,
      bestEstimated1rmKg: null,
      topSetKg: null,
    };
    const estimate = estimateOf(set);
    if (estimate !== null && (point.bestEstimated1rmKg === null || estimate > point.bestEstimated1rmKg)) {
      point.bestEstimated1rmKg = estimate;
    }
    if (loaded(set) && (point.topSetKg === null || set.loadKg > point.topSetKg)) {
      point.topSetKg = set.loadKg;
    }
    points.set(set.sessionId, point);
  }
  return [...points.values()].sort((a, b) => a.at - b.at);
}

/** Sets, reps and volume of a session's live sets (working sets only; warm-ups counted apart). */
export function sessionTotals(
  sets: readonly LoggedSet[],
): Pick<SessionSummary, 'sets' | 'warmUpSets' | 'reps' | 'volumeKg'> {
  let working = 0;
  let warmUps = 0;
  let reps = 0;
  let volumeKg = 0;
  for (const set of sets) {
    if (set.warmUp) {
      warmUps += 1;
      continue;
    }
    working += 1;
    reps += set.reps ?? 0;
    volumeKg += (set.reps ?? 0) * (set.loadKg ?? 0);
  }
  return { sets: working, warmUpSets: warmUps, reps, volumeKg: Math.round(volumeKg * 100) / 100 };
}
