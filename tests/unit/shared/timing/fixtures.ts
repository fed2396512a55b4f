import type { Circuit } from '@shared/domain';
import {
  BACK_TO_PREVIOUS_WITHIN_MS,
  definitionFromCircuit,
  type CircuitRun,
  type PhaseKind,
  type RunDefinition,
  type RunSnapshot,
} from '@shared/timing';

/** The seeded posture circuit: 10 s get ready, 4 x 40 s work, 20 s rest, 3 rounds, 60 s round break. */
export const POSTURE_CIRCUIT: Circuit = {
  id: 'posture',
  name: 'Posture circuit',
  description: 'Four movements for the middle back and the shoulders.',
  stepCount: 4,
  rounds: 3,
  archived: false,
  getReadySeconds: 10,
  restSeconds: 20,
  roundBreakSeconds: 60,
  sound: true,
  flash: true,
  halfwayCue: false,
  steps: ['face-pull', 'reverse-fly', 'seated-cable-row', 'pull-up'].map((exerciseId) => ({
    exerciseId,
    workSeconds: 40,
    repTarget: null,
    side: 'both' as const,
    restSeconds: null,
  })),
};

export const POSTURE: RunDefinition = definitionFromCircuit(POSTURE_CIRCUIT);

/** The display loop's version: the same circuit, forever. */
export const POSTURE_FOREVER: RunDefinition = definitionFromCircuit({ ...POSTURE_CIRCUIT, rounds: 0 });

/** A start time in the range a page clock really returns (wall-clock based), to catch precision mistakes. */
export const T0 = 1_760_000_000_000;

export const SECOND = 1000;
export const DAY = 86_400_000;

interface ReferencePhase {
  phase: PhaseKind;
  stepIndex: number;
  round: number;
  durationMs: number;
  open: boolean;
}

const ms = (seconds: number | null | undefined): number =>
  seconds != null && seconds > 0 ? Math.round(seconds * 1000) : 0;

/** Every phase of a run written out one by one; a 'forever' run is cut after `foreverRounds` rounds. */
export function expandPhases(definition: RunDefinition, foreverRounds: number): ReferencePhase[] {
  const roundPhases = (round: number): ReferencePhase[] => {
    const list: ReferencePhase[] = [];
    definition.steps.forEach((step, stepIndex) => {
      if (step.untilDone) list.push({ phase: 'work', stepIndex, round, durationMs: 0, open: true });
      else if (ms(step.workSeconds) > 0)
        list.push({ phase: 'work', stepIndex, round, durationMs: ms(step.workSeconds), open: false });
      const rest = ms(step.restSeconds ?? definition.restSeconds);
      if (stepIndex < definition.steps.length - 1 && rest > 0) {
        list.push({ phase: 'rest', stepIndex, round, durationMs: rest, open: false });
      }
    });
    return list;
  };
  const first = roundPhases(1);
  const phases: ReferencePhase[] = [];
  if (ms(definition.getReadySeconds) > 0) {
    const firstWork = first.find((p) => p.phase === 'work') ?? first[0];
    phases.push({
      phase: 'get-ready',
      stepIndex: firstWork?.stepIndex ?? 0,
      round: 1,
      durationMs: ms(definition.getReadySeconds),
      open: false,
    });
  }
  if (first.length === 0) return phases;
  const rounds = definition.rounds === 'forever' ? foreverRounds : definition.rounds;
  for (let round = 1; round <= rounds; round++) {
    const list = roundPhases(round);
    phases.push(...list);
    const last = list[list.length - 1];
    if (round < rounds && ms(definition.roundBreakSeconds) > 0 && last) {
      phases.push({
        phase: 'round-break',
        stepIndex: last.stepIndex,
        round,
        durationMs: ms(definition.roundBreakSeconds),
        open: false,
      });
    }
  }
  return phases;
}

/**
 * A deliberately naive reference: it walks the written-out phases one at a time, like a stopwatch would.
 * Only for checking the real engine over spans short enough to write out.
 */
export function referenceSnapshot(run: CircuitRun, now: number, foreverRounds = 50): RunSnapshot {
  const phases = expandPhases(run.definition, foreverRounds);
  const at = (i: number): ReferencePhase => {
    const phase = phases[i];
    if (!phase) throw new Error(`reference ran past its ${phases.length} phases`);
    return phase;
  };
  if (phases.length === 0) {
    return {
      status: 'done',
      phase: 'work',
      phaseIndex: 0,
      stepIndex: 0,
      round: 1,
      totalRounds: run.definition.rounds === 'forever' ? null : run.definition.rounds,
      phaseDurationMs: 0,
      awaitingDone: false,
      phaseEndsAt: null,
      remainingMs: 0,
      elapsedInPhaseMs: 0,
      next: null,
      endedAt: run.startedAt,
    };
  }
  // A 'forever' run with nothing in its rounds ends after get ready.
  const finite = run.definition.rounds !== 'forever' || phases.every((p) => p.phase === 'get-ready');
  let i = 0;
  // Widened on purpose: the closures below change it behind the compiler's back.
  let status = 'running' as RunSnapshot['status'];
  let duration = at(0).durationMs;
  let endsAt = at(0).open ? Infinity : run.startedAt + duration;
  let left = duration;
  let endedAt: number | null = null;
  // An open-ended phase (rep target) counts time spent instead of time left.
  let openSince = run.startedAt;
  let held = 0;
  const isOpen = (): boolean => at(i).open;
  const remaining = (t: number): number =>
    isOpen() ? 0 : status === 'running' ? endsAt - t : status === 'paused' ? left : 0;
  const spent = (t: number): number => (status === 'running' ? t - openSince : held);
  const finish = (t: number, leftThen: number): void => {
    if (isOpen()) held = spent(t);
    status = 'done';
    endedAt = t;
    left = leftThen;
  };
  const goTo = (index: number, t: number): void => {
    if (finite && index >= phases.length) return finish(t, remaining(t));
    i = index;
    duration = at(i).durationMs;
    endsAt = isOpen() ? Infinity : t + duration;
    left = duration;
    openSince = t;
    held = 0;
  };
  const tick = (t: number): void => {
    while (status === 'running' && t >= endsAt) {
      if (finite && i + 1 >= phases.length) return finish(endsAt, 0);
      const boundary = endsAt;
      goTo(i + 1, boundary);
    }
  };
  let time = run.startedAt;
  const until = Math.max(now, run.startedAt);
  for (const event of run.events) {
    const t = Math.max(event.at, time);
    if (t > until) break;
    tick(t);
    time = t;
    if (status === 'done') continue;
    if (isOpen()) {
      const elapsed = spent(t);
      if (event.type === 'pause' && status === 'running') {
        held = elapsed;
        status = 'paused';
      } else if (event.type === 'resume' && status === 'paused') {
        openSince = t - elapsed;
        status = 'running';
      } else if (event.type === 'done' || event.type === 'skip') {
        goTo(i + 1, t);
      } else if (event.type === 'back') {
        goTo(elapsed < BACK_TO_PREVIOUS_WITHIN_MS && i > 0 ? i - 1 : i, t);
      } else if (event.type === 'stop') {
        finish(t, 0);
      }
      continue;
    }
    switch (event.type) {
      case 'done':
        break;
      case 'pause':
        if (status === 'running') {
          left = endsAt - t;
          status = 'paused';
        }
        break;
      case 'resume':
        if (status === 'paused') {
          endsAt = t + left;
          status = 'running';
          tick(t);
        }
        break;
      case 'skip':
        goTo(i + 1, t);
        break;
      case 'back': {
        const elapsed = duration - remaining(t);
        goTo(elapsed < BACK_TO_PREVIOUS_WITHIN_MS && i > 0 ? i - 1 : i, t);
        break;
      }
      case 'adjust': {
        const before = remaining(t);
        const after = Math.max(0, before + event.deltaMs);
        duration = duration - before + after;
        endsAt = t + after;
        left = after;
        tick(t);
        break;
      }
      case 'stop':
        finish(t, remaining(t));
        break;
    }
  }
  tick(until);
  const current = at(i);
  const next = status === 'done' || (finite && i + 1 >= phases.length) ? null : at(i + 1);
  const shownRemaining = status === 'done' ? 0 : remaining(until);
  return {
    status,
    phase: current.phase,
    phaseIndex: i,
    stepIndex: current.stepIndex,
    round: current.round,
    totalRounds: run.definition.rounds === 'forever' ? null : run.definition.rounds,
    phaseDurationMs: duration,
    awaitingDone: current.open && status !== 'done',
    phaseEndsAt: status === 'running' && !current.open ? endsAt : null,
    remainingMs: shownRemaining,
    elapsedInPhaseMs: current.open
      ? status === 'running'
        ? until - openSince
        : held
      : duration - (status === 'done' ? left : shownRemaining),
    next: next ? { stepIndex: next.stepIndex, phase: next.phase, round: next.round } : null,
    endedAt,
  };
}
