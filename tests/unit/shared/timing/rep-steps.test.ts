import { describe, expect, it } from 'vitest';
import type { CircuitStep } from '@shared/domain';
import {
  cuesBetween,
  definitionFromCircuit,
  recordEvent,
  runSnapshot,
  startRun,
  type CircuitRun,
  type RunEvent,
} from '@shared/timing';
import { POSTURE_CIRCUIT, SECOND, T0 } from './fixtures';

const s = (seconds: number): number => T0 + seconds * SECOND;

/** Face pulls for 30 s, then 12 rows at the player's pace, then 30 s of reverse flys; 20 s rests, 2 rounds. */
const STEPS: CircuitStep[] = [
  { exerciseId: 'face-pull', workSeconds: 30, repTarget: null, side: 'both', restSeconds: null },
  { exerciseId: 'row', workSeconds: null, repTarget: 12, side: 'both', restSeconds: null },
  { exerciseId: 'reverse-fly', workSeconds: 30, repTarget: null, side: 'both', restSeconds: null },
];
const CIRCUIT = { ...POSTURE_CIRCUIT, getReadySeconds: 10, rounds: 2, roundBreakSeconds: 60, steps: STEPS };
const DEFINITION = definitionFromCircuit(CIRCUIT, { repSteps: 'until-done' });

function run(events: RunEvent[]): CircuitRun {
  return events.reduce(recordEvent, startRun(DEFINITION, T0));
}

describe('rep-target steps', () => {
  it('become open-ended work phases in the player, and estimated durations on the display', () => {
    expect(DEFINITION.steps[1]).toEqual({ workSeconds: 0, untilDone: true, restSeconds: null });
    expect(definitionFromCircuit(CIRCUIT, { repSteps: 'estimate', secondsPerRep: 2 }).steps[1]).toEqual({
      workSeconds: 24,
      restSeconds: null,
    });
  });

  it('wait for "Done" however long it takes, counting the time spent', () => {
    const untouched = run([]);
    // get ready 10, face pull 30, rest 20: the rows start at 60 s.
    expect(runSnapshot(untouched, s(60))).toMatchObject({
      phase: 'work',
      stepIndex: 1,
      awaitingDone: true,
      remainingMs: 0,
      phaseEndsAt: null,
      elapsedInPhaseMs: 0,
      next: { phase: 'rest', stepIndex: 1 },
    });
    expect(runSnapshot(untouched, s(60 + 3600))).toMatchObject({
      status: 'running',
      stepIndex: 1,
      awaitingDone: true,
      elapsedInPhaseMs: 3600 * SECOND,
    });
  });

  it('go on to the rest after "Done", then flow by the clock again', () => {
    const done = run([{ type: 'done', at: s(95) }]);
    expect(runSnapshot(done, s(95))).toMatchObject({
      phase: 'rest',
      stepIndex: 1,
      awaitingDone: false,
      remainingMs: 20 * SECOND,
      phaseEndsAt: s(115),
    });
    expect(runSnapshot(done, s(115))).toMatchObject({
      phase: 'work',
      stepIndex: 2,
      remainingMs: 30 * SECOND,
    });
    // Round 2 reaches the rows again and waits there.
    expect(runSnapshot(done, s(145 + 60 + 30 + 20))).toMatchObject({
      round: 2,
      stepIndex: 1,
      awaitingDone: true,
      elapsedInPhaseMs: 0,
    });
    expect(runSnapshot(done, s(145 + 60 + 30 + 20 + 500))).toMatchObject({ round: 2, awaitingDone: true });
  });

  it('ignore "Done" outside an open-ended phase, so a double tap cannot skip the rest', () => {
    const doubleTap = run([
      { type: 'done', at: s(70) },
      { type: 'done', at: s(70.3) },
    ]);
    expect(runSnapshot(doubleTap, s(71))).toMatchObject({
      phase: 'rest',
      stepIndex: 1,
      remainingMs: 19 * SECOND,
    });
    expect(runSnapshot(run([{ type: 'done', at: s(20) }]), s(21))).toMatchObject({
      phase: 'work',
      stepIndex: 0,
      remainingMs: 19 * SECOND,
    });
  });

  it('hold the time spent while paused, and take no added time', () => {
    const paused = run([
      { type: 'pause', at: s(70) },
      { type: 'adjust', at: s(75), deltaMs: 15_000 },
      { type: 'resume', at: s(100) },
    ]);
    expect(runSnapshot(paused, s(90))).toMatchObject({
      status: 'paused',
      awaitingDone: true,
      elapsedInPhaseMs: 10_000,
    });
    expect(runSnapshot(paused, s(105))).toMatchObject({ status: 'running', elapsedInPhaseMs: 15_000 });
  });

  it('go back to the previous phase within 2 s, else restart their count', () => {
    expect(runSnapshot(run([{ type: 'back', at: s(61) }]), s(61))).toMatchObject({
      phase: 'rest',
      stepIndex: 0,
      remainingMs: 20 * SECOND,
    });
    expect(runSnapshot(run([{ type: 'back', at: s(70) }]), s(72))).toMatchObject({
      phase: 'work',
      stepIndex: 1,
      awaitingDone: true,
      elapsedInPhaseMs: 2 * SECOND,
    });
  });

  it('end the run when the last step is a rep target and it is marked done', () => {
    const lastOpen = definitionFromCircuit(
      { ...CIRCUIT, rounds: 1, steps: [STEPS[0] as CircuitStep, STEPS[1] as CircuitStep] },
      { repSteps: 'until-done' },
    );
    const finished = [{ type: 'done', at: s(100) } as const].reduce(recordEvent, startRun(lastOpen, T0));
    expect(runSnapshot(finished, s(99))).toMatchObject({ status: 'running', awaitingDone: true, next: null });
    expect(runSnapshot(finished, s(100))).toMatchObject({
      status: 'done',
      awaitingDone: false,
      endedAt: s(100),
      elapsedInPhaseMs: 40 * SECOND,
    });
  });

  it('have no countdown or halfway cues; "Done" starts the rest with its own cue', () => {
    const done = run([{ type: 'done', at: s(95) }]);
    const cues = cuesBetween(done, s(59), s(96)).map((cue) => [cue.at - T0, cue.kind, cue.phase]);
    expect(cues).toEqual([
      [60_000, 'phase-start', 'work'],
      [95_000, 'phase-start', 'rest'],
    ]);
  });

  it('wait even when a circuit is nothing but rep targets, repeating forever', () => {
    const onlyReps = definitionFromCircuit(
      {
        ...CIRCUIT,
        getReadySeconds: 0,
        restSeconds: 0,
        roundBreakSeconds: 0,
        rounds: 0,
        steps: [STEPS[1] as CircuitStep],
      },
      { repSteps: 'until-done' },
    );
    const events: RunEvent[] = [
      { type: 'done', at: s(5) },
      { type: 'done', at: s(9) },
    ];
    const reps = events.reduce(recordEvent, startRun(onlyReps, T0));
    expect(runSnapshot(reps, s(1_000))).toMatchObject({
      round: 3,
      awaitingDone: true,
      elapsedInPhaseMs: 991 * SECOND,
    });
    expect(cuesBetween(reps, T0, s(10)).map((cue) => cue.kind)).toEqual([
      'round-end',
      'phase-start',
      'round-end',
      'phase-start',
    ]);
  });
});

describe('round-end cues', () => {
  const posture = startRun(definitionFromCircuit(POSTURE_CIRCUIT), T0);

  it('fall as each round but the last ends, just before the round break starts; the last round ends with done', () => {
    const ends = cuesBetween(posture, T0 - 1, s(10_000)).filter(
      (cue) => cue.kind === 'round-end' || cue.kind === 'done',
    );
    expect(ends.map((cue) => [cue.at - T0, cue.kind, cue.round])).toEqual([
      [230_000, 'round-end', 1],
      [510_000, 'round-end', 2],
      [790_000, 'done', 3],
    ]);
  });
});

describe('a run restored from storage', () => {
  it('is the same run after a JSON round trip: a reload resumes at the same step with the same time left', () => {
    const live = run([
      { type: 'pause', at: s(30) },
      { type: 'resume', at: s(45) },
      { type: 'adjust', at: s(50), deltaMs: 15_000 },
      { type: 'done', at: s(120) },
    ]);
    const restored = JSON.parse(JSON.stringify(live)) as CircuitRun;
    for (const t of [s(10), s(59.5), s(100), s(121), s(200), s(900)]) {
      expect(runSnapshot(restored, t)).toEqual(runSnapshot(live, t));
    }
    expect(runSnapshot(restored, s(121))).toMatchObject({
      phase: 'rest',
      stepIndex: 1,
      remainingMs: 19 * SECOND,
    });
  });
});
