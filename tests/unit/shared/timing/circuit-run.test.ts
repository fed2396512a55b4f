import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CircuitStep } from '@shared/domain';
import {
  definitionFromCircuit,
  plannedRunMs,
  recordEvent,
  runSnapshot,
  startRun,
  type CircuitRun,
  type RunDefinition,
  type RunEvent,
} from '@shared/timing';
import { definitionArb, eventsArb } from './arbitraries';
import { POSTURE, POSTURE_CIRCUIT, SECOND, T0, referenceSnapshot } from './fixtures';

const s = (seconds: number): number => T0 + seconds * SECOND;

function withEvents(definition: RunDefinition, events: RunEvent[]): CircuitRun {
  return events.reduce(recordEvent, startRun(definition, T0));
}

/** The parts of a snapshot that say where the run is. */
const where = (run: CircuitRun, now: number) => {
  const { status, phase, stepIndex, round, remainingMs } = runSnapshot(run, now);
  return { status, phase, stepIndex, round, remainingMs };
};

describe('circuit run: the posture circuit, untouched', () => {
  const run = startRun(POSTURE, T0);

  it('lasts 10 + 3 x (4 x 40 + 3 x 20) + 2 x 60 seconds', () => {
    expect(plannedRunMs(POSTURE)).toBe(790 * SECOND);
  });

  it('starts with get ready, then work on the first step', () => {
    expect(runSnapshot(run, T0)).toEqual({
      status: 'running',
      phase: 'get-ready',
      phaseIndex: 0,
      stepIndex: 0,
      round: 1,
      totalRounds: 3,
      phaseDurationMs: 10_000,
      awaitingDone: false,
      phaseEndsAt: s(10),
      remainingMs: 10_000,
      elapsedInPhaseMs: 0,
      next: { stepIndex: 0, phase: 'work', round: 1 },
      endedAt: null,
    });
    expect(where(run, s(10) - 1)).toEqual({
      status: 'running',
      phase: 'get-ready',
      stepIndex: 0,
      round: 1,
      remainingMs: 1,
    });
  });

  it('puts each boundary in the phase that starts there', () => {
    const boundaries: [number, string, number, number][] = [
      [10, 'work', 0, 1],
      [50, 'rest', 0, 1],
      [70, 'work', 1, 1],
      [110, 'rest', 1, 1],
      [130, 'work', 2, 1],
      [170, 'rest', 2, 1],
      [190, 'work', 3, 1],
      [230, 'round-break', 3, 1],
      [290, 'work', 0, 2],
      [510, 'round-break', 3, 2],
      [570, 'work', 0, 3],
      [750, 'work', 3, 3],
    ];
    for (const [at, phase, stepIndex, round] of boundaries) {
      const snapshot = runSnapshot(run, s(at));
      expect({ phase: snapshot.phase, stepIndex: snapshot.stepIndex, round: snapshot.round }).toEqual({
        phase,
        stepIndex,
        round,
      });
      expect(snapshot.elapsedInPhaseMs).toBe(0);
      expect(snapshot.remainingMs).toBe(snapshot.phaseDurationMs);
      const before = runSnapshot(run, s(at) - 1);
      expect(before.remainingMs).toBe(1);
      expect(before.phaseIndex).toBe(snapshot.phaseIndex - 1);
    }
  });

  it('tells what comes next, including the round break and the next round', () => {
    expect(runSnapshot(run, s(200)).next).toEqual({ stepIndex: 3, phase: 'round-break', round: 1 });
    expect(runSnapshot(run, s(240)).next).toEqual({ stepIndex: 0, phase: 'work', round: 2 });
    expect(runSnapshot(run, s(760)).next).toBeNull();
  });

  it('has no rest after the last step and no break after the last round, then is done', () => {
    expect(where(run, s(790) - 1)).toEqual({
      status: 'running',
      phase: 'work',
      stepIndex: 3,
      round: 3,
      remainingMs: 1,
    });
    const done = runSnapshot(run, s(790));
    expect(done).toMatchObject({ status: 'done', phase: 'work', stepIndex: 3, round: 3, remainingMs: 0 });
    expect(done).toMatchObject({ phaseEndsAt: null, next: null, endedAt: s(790), elapsedInPhaseMs: 40_000 });
    expect(runSnapshot(run, s(100_000))).toEqual(done);
  });

  it('shows the first phase, full, before the start time', () => {
    expect(where(run, T0 - 5_000)).toEqual(where(run, T0));
  });

  it('is the same for two screens given the same definition and start', () => {
    const events: RunEvent[] = [
      { type: 'pause', at: s(33) },
      { type: 'resume', at: s(61) },
      { type: 'skip', at: s(100) },
      { type: 'adjust', at: s(120), deltaMs: 15_000 },
    ];
    const here = withEvents(POSTURE, events);
    const there = withEvents(
      definitionFromCircuit(structuredClone(POSTURE_CIRCUIT)),
      structuredClone(events),
    );
    for (let t = T0 - 1000; t <= s(900); t += 997)
      expect(runSnapshot(there, t)).toEqual(runSnapshot(here, t));
  });
});

describe('circuit run: what people do', () => {
  it('pauses and resumes without losing time', () => {
    const run = withEvents(POSTURE, [
      { type: 'pause', at: s(20) },
      { type: 'resume', at: s(100) },
    ]);
    expect(runSnapshot(run, s(60))).toMatchObject({
      status: 'paused',
      phase: 'work',
      stepIndex: 0,
      remainingMs: 30_000,
      elapsedInPhaseMs: 10_000,
      phaseEndsAt: null,
    });
    expect(runSnapshot(run, s(100))).toMatchObject({
      status: 'running',
      remainingMs: 30_000,
      phaseEndsAt: s(130),
    });
    expect(where(run, s(130))).toEqual({
      status: 'running',
      phase: 'rest',
      stepIndex: 0,
      round: 1,
      remainingMs: 20_000,
    });
    expect(runSnapshot(run, s(790 + 80)).status).toBe('done');
    expect(runSnapshot(run, s(790 + 80)).endedAt).toBe(s(870));
  });

  it('ignores a second pause and a resume while running', () => {
    const run = withEvents(POSTURE, [
      { type: 'resume', at: s(5) },
      { type: 'pause', at: s(20) },
      { type: 'pause', at: s(25) },
      { type: 'resume', at: s(30) },
    ]);
    expect(where(run, s(30))).toMatchObject({ phase: 'work', remainingMs: 30_000 });
  });

  it('skips to the start of the next phase', () => {
    const run = withEvents(POSTURE, [{ type: 'skip', at: s(15) }]);
    expect(where(run, s(15))).toEqual({
      status: 'running',
      phase: 'rest',
      stepIndex: 0,
      round: 1,
      remainingMs: 20_000,
    });
    expect(where(run, s(35))).toMatchObject({ phase: 'work', stepIndex: 1, remainingMs: 40_000 });
  });

  it('skips while paused and stays paused', () => {
    const run = withEvents(POSTURE, [
      { type: 'pause', at: s(15) },
      { type: 'skip', at: s(16) },
    ]);
    expect(where(run, s(200))).toEqual({
      status: 'paused',
      phase: 'rest',
      stepIndex: 0,
      round: 1,
      remainingMs: 20_000,
    });
  });

  it('goes back to the start of the phase, or to the previous phase within its first 2 s', () => {
    const restart = withEvents(POSTURE, [{ type: 'back', at: s(55) }]);
    expect(where(restart, s(55))).toMatchObject({ phase: 'rest', stepIndex: 0, remainingMs: 20_000 });
    expect(where(restart, s(75))).toMatchObject({ phase: 'work', stepIndex: 1 });

    const previous = withEvents(POSTURE, [{ type: 'back', at: s(51) }]);
    expect(where(previous, s(51))).toMatchObject({ phase: 'work', stepIndex: 0, remainingMs: 40_000 });
    expect(where(previous, s(91))).toMatchObject({ phase: 'rest', stepIndex: 0 });

    const atTwoSeconds = withEvents(POSTURE, [{ type: 'back', at: s(52) }]);
    expect(where(atTwoSeconds, s(52))).toMatchObject({ phase: 'rest', remainingMs: 20_000 });

    const first = withEvents(POSTURE, [{ type: 'back', at: T0 + 500 }]);
    expect(where(first, T0 + 500)).toMatchObject({ phase: 'get-ready', remainingMs: 10_000 });

    const acrossRounds = withEvents(POSTURE, [{ type: 'back', at: s(291) }]);
    expect(where(acrossRounds, s(291))).toMatchObject({
      phase: 'round-break',
      round: 1,
      remainingMs: 60_000,
    });
  });

  it('adds and removes time on the current phase only', () => {
    const longer = withEvents(POSTURE, [{ type: 'adjust', at: s(20), deltaMs: 30_000 }]);
    expect(runSnapshot(longer, s(20))).toMatchObject({
      phase: 'work',
      remainingMs: 60_000,
      phaseDurationMs: 70_000,
      elapsedInPhaseMs: 10_000,
    });
    expect(where(longer, s(80))).toMatchObject({ phase: 'rest', stepIndex: 0, remainingMs: 20_000 });
    expect(where(longer, s(100))).toMatchObject({ phase: 'work', stepIndex: 1, remainingMs: 40_000 });

    const shorter = withEvents(POSTURE, [{ type: 'adjust', at: s(20), deltaMs: -25_000 }]);
    expect(where(shorter, s(25) - 1)).toMatchObject({ phase: 'work', remainingMs: 1 });
    expect(where(shorter, s(25))).toMatchObject({ phase: 'rest', remainingMs: 20_000 });

    const clamped = withEvents(POSTURE, [{ type: 'adjust', at: s(20), deltaMs: -999_000 }]);
    expect(where(clamped, s(20))).toMatchObject({ phase: 'rest', stepIndex: 0, remainingMs: 20_000 });
  });

  it('adjusts a paused phase, down to zero, and moves on as soon as it resumes', () => {
    const run = withEvents(POSTURE, [
      { type: 'pause', at: s(20) },
      { type: 'adjust', at: s(21), deltaMs: -40_000 },
      { type: 'resume', at: s(30) },
    ]);
    expect(where(run, s(25))).toMatchObject({ status: 'paused', phase: 'work', remainingMs: 0 });
    expect(where(run, s(30))).toMatchObject({ status: 'running', phase: 'rest', remainingMs: 20_000 });
  });

  it('stops, and nothing afterwards changes it', () => {
    const run = withEvents(POSTURE, [
      { type: 'stop', at: s(100) },
      { type: 'resume', at: s(101) },
      { type: 'skip', at: s(102) },
    ]);
    const stopped = runSnapshot(run, s(100));
    expect(stopped).toMatchObject({
      status: 'done',
      phase: 'work',
      stepIndex: 1,
      endedAt: s(100),
      remainingMs: 0,
    });
    expect(stopped.elapsedInPhaseMs).toBe(30_000);
    expect(runSnapshot(run, s(5_000))).toEqual(stopped);
  });

  it('ends when the last phase is skipped', () => {
    const run = withEvents(POSTURE, [{ type: 'skip', at: s(760) }]);
    expect(runSnapshot(run, s(760))).toMatchObject({
      status: 'done',
      endedAt: s(760),
      stepIndex: 3,
      round: 3,
    });
  });

  it('does not see events after now', () => {
    const run = withEvents(POSTURE, [{ type: 'pause', at: s(20) }]);
    expect(runSnapshot(run, s(19)).status).toBe('running');
  });

  it('records events in order, moving an early one to the time of the one before', () => {
    const run = withEvents(POSTURE, [
      { type: 'pause', at: s(20) },
      { type: 'resume', at: s(10) },
    ]);
    expect(run.events.map((event) => event.at)).toEqual([s(20), s(20)]);
    expect(recordEvent(startRun(POSTURE, T0), { type: 'skip', at: T0 - 10 }).events[0]?.at).toBe(T0);
  });

  it('does not mutate the run it is given', () => {
    const run = Object.freeze(startRun(POSTURE, T0));
    const next = recordEvent(run, { type: 'pause', at: s(3) });
    expect(run.events).toHaveLength(0);
    expect(next.events).toHaveLength(1);
  });
});

describe('circuit run: shapes of circuits', () => {
  const base: RunDefinition = {
    steps: [],
    getReadySeconds: 0,
    restSeconds: 10,
    rounds: 2,
    roundBreakSeconds: 30,
  };

  it('leaves out zero-length phases', () => {
    const run = startRun(
      {
        ...base,
        steps: [{ workSeconds: 5 }, { workSeconds: 0 }, { workSeconds: 5, restSeconds: 0 }],
        roundBreakSeconds: 0,
      },
      T0,
    );
    const phases = [0, 5, 15, 25, 30, 35, 45, 55, 60].map((at) => {
      const { phase, stepIndex, round, status } = runSnapshot(run, s(at));
      return `${status}:${phase}:${stepIndex}:${round}`;
    });
    expect(phases).toEqual([
      'running:work:0:1',
      'running:rest:0:1',
      'running:rest:1:1',
      'running:work:2:1',
      'running:work:0:2',
      'running:rest:0:2',
      'running:rest:1:2',
      'running:work:2:2',
      'done:work:2:2',
    ]);
  });

  it('uses a step rest override, e.g. a short switch between the left and the right side', () => {
    const run = startRun(
      {
        ...base,
        rounds: 1,
        steps: [{ workSeconds: 30, restSeconds: 5 }, { workSeconds: 30 }, { workSeconds: 30 }],
      },
      T0,
    );
    expect(where(run, s(30))).toMatchObject({ phase: 'rest', stepIndex: 0, remainingMs: 5_000 });
    expect(where(run, s(65))).toMatchObject({ phase: 'rest', stepIndex: 1, remainingMs: 10_000 });
  });

  it('is done at once when there is nothing to play', () => {
    expect(runSnapshot(startRun(base, T0), T0)).toMatchObject({
      status: 'done',
      endedAt: T0,
      remainingMs: 0,
      next: null,
    });
    const onlyGetReady = startRun(
      { ...base, getReadySeconds: 5, rounds: 'forever', steps: [{ workSeconds: 0 }] },
      T0,
    );
    expect(where(onlyGetReady, s(4))).toMatchObject({ status: 'running', phase: 'get-ready' });
    expect(runSnapshot(onlyGetReady, s(5))).toMatchObject({ status: 'done', endedAt: s(5) });
  });

  it('takes a rep target as an estimated duration and 0 rounds as forever', () => {
    const steps: CircuitStep[] = [
      { exerciseId: 'row', workSeconds: null, repTarget: 12, side: 'both', restSeconds: 30 },
    ];
    const definition = definitionFromCircuit({ ...POSTURE_CIRCUIT, rounds: 0, steps });
    expect(definition.rounds).toBe('forever');
    expect(definition.steps).toEqual([{ workSeconds: 36, restSeconds: 30 }]);
    expect(definitionFromCircuit(POSTURE_CIRCUIT, 2).steps[0]).toEqual({
      workSeconds: 40,
      restSeconds: null,
    });
  });

  it('matches a naive stepper at any instant, with any events', () => {
    fc.assert(
      fc.property(
        definitionArb,
        eventsArb(T0, 90_000),
        fc.array(fc.integer({ min: -1_000, max: 120_000 }), { minLength: 1, maxLength: 20 }),
        (definition, events, instants) => {
          const run = withEvents(definition, events);
          for (const offset of instants) {
            expect(runSnapshot(run, T0 + offset)).toEqual(referenceSnapshot(run, T0 + offset, 300));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
