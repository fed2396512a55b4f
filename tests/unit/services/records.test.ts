import { describe, expect, it } from 'vitest';
import { estimatedOneRepMax, type LoggedSet } from '@shared/domain';
import {
  exerciseRecords,
  progressPoints,
  sessionRecords,
  sessionTotals,
} from '../../../src/services/records';
import type { DatedSet } from '../../../src/store/repositories/sessions';

let ids = 0;
/** A working set of `exerciseId` in session `sessionId` (which started at `at`). */
function set(
  sessionId: string,
  at: number,
  reps: number | null,
  loadKg: number | null,
  extra: Partial<LoggedSet> = {},
): DatedSet {
  ids += 1;
  return {
    id: `set-${ids}`,
    sessionId,
    itemId: `${sessionId}-item`,
    exerciseId: 'row',
    warmUp: false,
    setNumber: 1,
    reps,
    seconds: reps === null ? 30 : null,
    loadKg,
    loggedAt: at,
    sessionStartedAt: at,
    ...extra,
  };
}

describe('records from the log', () => {
  it('estimates a one-rep maximum by Epley', () => {
    expect(estimatedOneRepMax(100, 10)).toBeCloseTo(133.333, 3);
    expect(estimatedOneRepMax(60, 1)).toBeCloseTo(62, 9);
  });

  it('keeps the first of equal bests, leaves out warm-ups, timed sets and estimates past ten reps', () => {
    const sets = [
      set('a', 1, 5, 100),
      set('a', 1, 12, 90),
      set('b', 2, 5, 100),
      set('b', 2, 3, 120, { warmUp: true }),
      set('b', 2, null, 200),
      set('c', 3, 20, null),
      set('c', 3, 0, 110),
    ];
    const records = exerciseRecords(sets);
    expect(records.heaviestLoad).toMatchObject({ setId: sets[0]?.id, loadKg: 100, sessionId: 'a' });
    expect(records.bestEstimated1rm).toMatchObject({ setId: sets[0]?.id, value: estimatedOneRepMax(100, 5) });
    expect(records.mostRepsAtLoad.map((r) => [r.loadKg, r.reps, r.sessionId])).toEqual([
      [100, 5, 'a'],
      [90, 12, 'a'],
      [0, 20, 'c'],
    ]);
    expect(exerciseRecords([])).toEqual({ heaviestLoad: null, bestEstimated1rm: null, mostRepsAtLoad: [] });
  });

  it('counts a record only when a session strictly beats an earlier one', () => {
    const earlier = new Map([['row', [set('a', 1, 8, 50), set('a', 1, 10, 40)]]]);
    const tie = [set('b', 2, 8, 50), set('b', 2, 10, 40)];
    expect(sessionRecords(tie, earlier)).toEqual([]);
    expect(sessionRecords([set('b', 2, 12, 60)], new Map())).toEqual([]);

    const better = [set('b', 2, 3, 55), set('b', 2, 11, 40), set('b', 2, 12, 45)];
    expect(sessionRecords(better, earlier).map((r) => [r.kind, r.loadKg, r.reps, r.previous])).toEqual([
      ['heaviest-load', 55, 3, 50],
      ['most-reps-at-load', 40, 11, 10],
    ]);
  });

  it('draws one progress point per session and sums a session without its warm-ups', () => {
    const sets = [
      set('a', 1, 10, 40),
      set('a', 1, 6, 50),
      set('b', 5, 10, 45, { warmUp: true }),
      set('b', 5, 15, 30),
    ];
    expect(progressPoints(sets)).toEqual([
      { sessionId: 'a', at: 1, bestEstimated1rmKg: estimatedOneRepMax(50, 6), topSetKg: 50 },
      { sessionId: 'b', at: 5, bestEstimated1rmKg: null, topSetKg: 30 },
    ]);
    expect(sessionTotals(sets)).toEqual({ sets: 3, warmUpSets: 1, reps: 31, volumeKg: 400 + 300 + 450 });
  });
});
