import type { RunDefinition } from './definition';
import type { RunEvent } from './events';
import { buildPlan, phaseAt, type PhaseKind } from './plan';
import { openElapsedAt, replay } from './replay';

/**
 * A circuit run is a definition, a start time and what people did since: nothing else is stored. Where the
 * run stands at any instant is computed from these, so a reload resumes at the exact spot and two screens
 * given the same run show the same thing.
 *
 * Phase order: get ready once (if > 0); then each round plays work 1, rest 1, work 2, ... work N (the last
 * step has no rest), with a round break between rounds and nothing after the final one. Zero-length phases
 * are left out. A step with `untilDone` has an open-ended work phase: the run waits in it, counting the
 * time spent, until a 'done' (or 'skip') event, and then carries on with the rest after it. Sides do not add phases: a step is either bilateral or a single side (see
 * `definitionFromCircuit`).
 */
export interface CircuitRun {
  readonly definition: RunDefinition;
  /** On the same monotonic clock as the events and the `now` passed to `runSnapshot`. */
  readonly startedAt: number;
  /** In the order they happened. */
  readonly events: readonly RunEvent[];
}

/** Whether the run is counting down, held, or over (finished or stopped). */
export type RunStatus = 'running' | 'paused' | 'done';

/** A phase that comes later. */
export interface UpcomingPhase {
  readonly stepIndex: number;
  readonly phase: PhaseKind;
  readonly round: number;
}

/** Everything a screen shows about a run at one instant. */
export interface RunSnapshot {
  readonly status: RunStatus;
  readonly phase: PhaseKind;
  /** Position in the run's sequence of phases, from 0: changes exactly when the phase changes. */
  readonly phaseIndex: number;
  readonly stepIndex: number;
  /** From 1; a round break carries the round it follows. */
  readonly round: number;
  /** Null when the run repeats forever. */
  readonly totalRounds: number | null;
  /** The phase's length, including any time added or removed; 0 for an open-ended phase. */
  readonly phaseDurationMs: number;
  /** An open-ended work phase (a rep target) waiting for a "Done" touch: it has no remaining time. */
  readonly awaitingDone: boolean;
  /** When the phase ends, on the run's monotonic clock; null unless running. */
  readonly phaseEndsAt: number | null;
  readonly remainingMs: number;
  /** Time spent in the phase so far, pauses excluded. */
  readonly elapsedInPhaseMs: number;
  /** The phase after this one; null once done or during the final phase. */
  readonly next: UpcomingPhase | null;
  /** When the run finished or was stopped; null until then. */
  readonly endedAt: number | null;
}

/** A run of `definition` starting at `startedAt`, with nothing done to it yet. */
export function startRun(definition: RunDefinition, startedAt: number): CircuitRun {
  return { definition, startedAt, events: [] };
}

/**
 * The run with `event` appended. The log only moves forward: an event dated before the previous one (or
 * before the start) is recorded at that time instead, so a replay never has to reorder anything.
 */
export function recordEvent(run: CircuitRun, event: RunEvent): CircuitRun {
  const last = run.events[run.events.length - 1];
  const at = Math.max(event.at, last?.at ?? run.startedAt, run.startedAt);
  return { ...run, events: [...run.events, { ...event, at }] };
}

/**
 * Where the run stands at `now`: a pure function of (run, now) costing O(events + steps), however long the
 * run has been going. A phase boundary belongs to the phase that starts there. Events after `now` are not
 * seen yet, and before `startedAt` the run shows its first phase, full.
 */
export function runSnapshot(run: CircuitRun, now: number): RunSnapshot {
  const plan = buildPlan(run.definition);
  const at = Math.max(now, run.startedAt);
  const cursor = replay(plan, run.startedAt, run.events, at);
  const open = cursor.phase.open;
  const remainingMs =
    open || cursor.status === 'done'
      ? 0
      : cursor.status === 'running'
        ? Math.max(0, cursor.endsAt - at)
        : cursor.remainingMs;
  // A finished or stopped run shows 0 left, but its elapsed time is what had run when it ended.
  const leftInPhase = cursor.status === 'done' ? cursor.remainingMs : remainingMs;
  const upcoming = cursor.status === 'done' ? null : phaseAt(plan, cursor.phase.index + 1);
  return {
    status: cursor.status,
    phase: cursor.phase.phase,
    phaseIndex: cursor.phase.index,
    stepIndex: cursor.phase.stepIndex,
    round: cursor.phase.round,
    totalRounds: plan.totalRounds,
    phaseDurationMs: cursor.durationMs,
    awaitingDone: open && cursor.status !== 'done',
    phaseEndsAt: cursor.status === 'running' && !open ? cursor.endsAt : null,
    remainingMs,
    elapsedInPhaseMs: open ? openElapsedAt(cursor, at) : Math.max(0, cursor.durationMs - leftInPhase),
    next: upcoming ? { stepIndex: upcoming.stepIndex, phase: upcoming.phase, round: upcoming.round } : null,
    endedAt: cursor.endedAt,
  };
}

/** The length of the run if nobody touches it, or null when it repeats forever. */
export function plannedRunMs(definition: RunDefinition): number | null {
  return buildPlan(definition).totalMs;
}
