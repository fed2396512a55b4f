import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordEvent, runSnapshot, startRun, type RunSnapshot } from '@shared/timing';
import { DAY, POSTURE_FOREVER, SECOND, T0, referenceSnapshot } from './fixtures';

/** Posture circuit, forever: 10 s get ready, then a 280 s cycle of 8 phases (4 work, 3 rest, 1 round break). */
const GET_READY = 10 * SECOND;
const CYCLE = 280 * SECOND;
const CYCLE_PHASES = 8;

/** The same instant `cycles` rounds later: the same phase, `cycles` rounds on. */
function shifted(snapshot: RunSnapshot, cycles: number): RunSnapshot {
  return {
    ...snapshot,
    round: snapshot.round + cycles,
    phaseIndex: snapshot.phaseIndex + cycles * CYCLE_PHASES,
    phaseEndsAt: snapshot.phaseEndsAt === null ? null : snapshot.phaseEndsAt + cycles * CYCLE,
    next: snapshot.next && { ...snapshot.next, round: snapshot.next.round + cycles },
  };
}

describe('circuit run: forever', () => {
  const run = startRun(POSTURE_FOREVER, T0);

  it('never ends and has no total', () => {
    const snapshot = runSnapshot(run, T0 + 3 * 790 * SECOND);
    expect(snapshot.status).toBe('running');
    expect(snapshot.totalRounds).toBeNull();
    expect(runSnapshot(run, T0 + 780 * SECOND).next).toEqual({
      stepIndex: 3,
      phase: 'round-break',
      round: 3,
    });
  });

  it('matches a naive stepper over the first 40 rounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 280 * SECOND }), (offset) => {
        expect(runSnapshot(run, T0 + offset)).toEqual(referenceSnapshot(run, T0 + offset, 45));
      }),
      { numRuns: 300 },
    );
  });

  it('is right after 90 days: the same instant of a round, that many rounds on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: CYCLE - 1 }),
        fc.integer({ min: 0, max: 1_000 }),
        (within, extra) => {
          const early = T0 + GET_READY + within;
          const cycles = Math.floor((90 * DAY) / CYCLE) + extra;
          expect(runSnapshot(run, early + cycles * CYCLE)).toEqual(shifted(runSnapshot(run, early), cycles));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts rounds exactly after 90 days', () => {
    const now = T0 + 90 * DAY;
    const snapshot = runSnapshot(run, now);
    // 90 days less the 10 s get ready is 27 771 whole 280 s cycles and 110 s, and 110 s into a round is
    // work 0 (40 s) + rest 0 (20 s) + work 1 (40 s) + 10 s of rest 1.
    expect(snapshot.round).toBe(27_772);
    expect(snapshot).toMatchObject({
      phase: 'rest',
      stepIndex: 1,
      remainingMs: 10_000,
      elapsedInPhaseMs: 10_000,
    });
  });

  it('keeps its place after 90 days, even with a month of pauses in its history', () => {
    let withHistory = run;
    for (let day = 1; day <= 30; day++) {
      withHistory = recordEvent(withHistory, { type: 'pause', at: T0 + day * DAY });
      withHistory = recordEvent(withHistory, { type: 'resume', at: T0 + day * DAY + 3_600_000 });
    }
    const late = T0 + 90 * DAY;
    // The cost per frame so late is the timer benchmark's to measure; here, that the answer is right.
    expect(runSnapshot(withHistory, late)).toEqual(shifted(runSnapshot(withHistory, late - 10 * CYCLE), 10));
  });

  it('keeps time across pauses spread over months', () => {
    const paused = recordEvent(recordEvent(run, { type: 'pause', at: T0 + 45 * DAY }), {
      type: 'resume',
      at: T0 + 45 * DAY + 7 * CYCLE + 1_234,
    });
    const pausedFor = 7 * CYCLE + 1_234;
    const unpaused = runSnapshot(run, T0 + 90 * DAY - 7 * CYCLE);
    expect(runSnapshot(paused, T0 + 90 * DAY + 1_234)).toEqual({
      ...unpaused,
      phaseEndsAt: (unpaused.phaseEndsAt ?? 0) + pausedFor,
    });
  });
});
