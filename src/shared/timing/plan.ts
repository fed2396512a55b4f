import type { RunDefinition } from './definition';

/** The kinds of phase a circuit run goes through. */
export type PhaseKind = 'get-ready' | 'work' | 'rest' | 'round-break';

/** One phase on a run's uninterrupted timeline (no pauses, skips or added time). */
export interface PlannedPhase {
  /** Position in the run's sequence of phases, from 0. */
  readonly index: number;
  readonly phase: PhaseKind;
  /** The step a work or rest phase belongs to; the first step for get ready, the last for a round break. */
  readonly stepIndex: number;
  /** From 1; a round break carries the round it follows. */
  readonly round: number;
  /** Offset from the start of the uninterrupted timeline. */
  readonly startMs: number;
  /** 0 for an open-ended phase, which takes no time on the uninterrupted timeline. */
  readonly durationMs: number;
  /** A work phase that lasts until someone marks it done (a rep target), instead of a set time. */
  readonly open: boolean;
}

interface RoundSlot {
  readonly phase: 'work' | 'rest';
  readonly stepIndex: number;
  /** Offset from the start of the round. */
  readonly startMs: number;
  readonly durationMs: number;
  readonly open: boolean;
}

/**
 * A definition compiled into arithmetic: one round's phases with their offsets, and how rounds repeat.
 * Positions are found by division, never by walking phase after phase, so a run that has repeated for
 * months costs the same as a fresh one.
 */
export interface Plan {
  readonly getReadyMs: number;
  /** 1 when there is a get ready phase, else 0. */
  readonly leadPhases: number;
  readonly slots: readonly RoundSlot[];
  /** Positions in `slots` of the open-ended work phases, in order. */
  readonly openSlots: readonly number[];
  readonly roundMs: number;
  readonly breakMs: number;
  /** A round plus its break: the period of the timeline after get ready. */
  readonly cycleMs: number;
  readonly cyclePhases: number;
  /** Rounds shown to people; null when the run repeats forever. */
  readonly totalRounds: number | null;
  /** Number of phases, or null when the run never ends on its own. */
  readonly phaseCount: number | null;
  /** Length of the uninterrupted timeline, or null when the run never ends on its own. */
  readonly totalMs: number | null;
}

/** Whole milliseconds, so that every offset on the timeline is an exact integer and boundaries compare exactly. */
function toMs(seconds: number | null | undefined): number {
  return seconds != null && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
}

/** Compiles a definition; zero-length phases are left out. */
export function buildPlan(definition: RunDefinition): Plan {
  const slots: RoundSlot[] = [];
  let roundMs = 0;
  const openSlots: number[] = [];
  const push = (phase: 'work' | 'rest', stepIndex: number, durationMs: number, open = false): void => {
    if (durationMs <= 0 && !open) return;
    if (open) openSlots.push(slots.length);
    slots.push({ phase, stepIndex, startMs: roundMs, durationMs: open ? 0 : durationMs, open });
    roundMs += open ? 0 : durationMs;
  };
  definition.steps.forEach((step, stepIndex) => {
    push('work', stepIndex, toMs(step.workSeconds), step.untilDone === true);
    // The last step of a round has no rest: the round break (or the end) follows it.
    if (stepIndex < definition.steps.length - 1) {
      push('rest', stepIndex, toMs(step.restSeconds ?? definition.restSeconds));
    }
  });

  const getReadyMs = toMs(definition.getReadySeconds);
  const leadPhases = getReadyMs > 0 ? 1 : 0;
  // Breaks between rounds of nothing would be a timer with nothing to time: an empty round means no rounds.
  const hasContent = slots.length > 0;
  const breakMs = hasContent ? toMs(definition.roundBreakSeconds) : 0;
  const cycleMs = roundMs + breakMs;
  const cyclePhases = slots.length + (breakMs > 0 ? 1 : 0);
  const forever = definition.rounds === 'forever';
  const rounds = forever ? 0 : Math.max(1, Math.floor(Number(definition.rounds) || 1));
  const totalRounds = forever ? null : rounds;

  const base = {
    getReadyMs,
    leadPhases,
    slots,
    openSlots,
    roundMs,
    breakMs,
    cycleMs,
    cyclePhases,
    totalRounds,
  };
  if (!hasContent) return { ...base, phaseCount: leadPhases, totalMs: getReadyMs };
  if (forever) return { ...base, phaseCount: null, totalMs: null };
  // No break after the final round.
  const breaks = rounds - 1;
  return {
    ...base,
    phaseCount: leadPhases + rounds * slots.length + (breakMs > 0 ? breaks : 0),
    totalMs: getReadyMs + rounds * roundMs + breaks * breakMs,
  };
}

/** The phase at `index`, or null outside the run. */
export function phaseAt(plan: Plan, index: number): PlannedPhase | null {
  if (index < 0 || (plan.phaseCount !== null && index >= plan.phaseCount)) return null;
  if (index < plan.leadPhases) {
    const firstWork = plan.slots.find((slot) => slot.phase === 'work') ?? plan.slots[0];
    return {
      index,
      phase: 'get-ready',
      stepIndex: firstWork?.stepIndex ?? 0,
      round: 1,
      startMs: 0,
      durationMs: plan.getReadyMs,
      open: false,
    };
  }
  const k = index - plan.leadPhases;
  const cycle = Math.floor(k / plan.cyclePhases);
  const position = k - cycle * plan.cyclePhases;
  const base = plan.getReadyMs + cycle * plan.cycleMs;
  const slot = plan.slots[position];
  if (slot) {
    return {
      index,
      phase: slot.phase,
      stepIndex: slot.stepIndex,
      round: cycle + 1,
      startMs: base + slot.startMs,
      durationMs: slot.durationMs,
      open: slot.open,
    };
  }
  const last = plan.slots[plan.slots.length - 1];
  return {
    index,
    phase: 'round-break',
    stepIndex: last?.stepIndex ?? 0,
    round: cycle + 1,
    startMs: base + plan.roundMs,
    durationMs: plan.breakMs,
    open: false,
  };
}

/**
 * The first open-ended phase after phase `index`, or null when none is left. Time cannot flow past such a
 * phase: the run waits in it until it is marked done.
 */
export function nextOpenPhase(plan: Plan, index: number): PlannedPhase | null {
  const first = plan.openSlots[0];
  if (first === undefined || plan.cyclePhases === 0) return null;
  const k = Math.max(0, index + 1 - plan.leadPhases);
  const cycle = Math.floor(k / plan.cyclePhases);
  const position = k - cycle * plan.cyclePhases;
  const inThisCycle = plan.openSlots.find((slot) => slot >= position);
  const candidate =
    plan.leadPhases +
    (inThisCycle === undefined
      ? (cycle + 1) * plan.cyclePhases + first
      : cycle * plan.cyclePhases + inThisCycle);
  return phaseAt(plan, candidate);
}

/** The offset at which a phase ends (and the next one starts). */
export function phaseEndMs(phase: PlannedPhase): number {
  return phase.startMs + phase.durationMs;
}

/**
 * The index of the phase running at `offsetMs` on the uninterrupted timeline, or null once the run is over.
 * A boundary belongs to the phase that starts there.
 */
export function locate(plan: Plan, offsetMs: number): number | null {
  if (plan.totalMs !== null && offsetMs >= plan.totalMs) return null;
  // A cycle of open-ended phases only takes no time: time never flows through it (see nextOpenPhase).
  if (offsetMs < plan.getReadyMs || plan.cyclePhases === 0 || plan.cycleMs <= 0) return 0;
  const sinceRounds = offsetMs - plan.getReadyMs;
  let cycle = Math.floor(sinceRounds / plan.cycleMs);
  let within = sinceRounds - cycle * plan.cycleMs;
  // Division of a fractional offset can land a hair on the wrong side of a cycle boundary.
  if (within < 0) {
    cycle -= 1;
    within += plan.cycleMs;
  } else if (within >= plan.cycleMs) {
    cycle += 1;
    within -= plan.cycleMs;
  }
  const base = plan.leadPhases + cycle * plan.cyclePhases;
  if (within >= plan.roundMs) return base + plan.slots.length;
  // The last slot starting at or before `within`.
  let low = 0;
  let high = plan.slots.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((plan.slots[mid]?.startMs ?? Infinity) <= within) low = mid;
    else high = mid - 1;
  }
  return base + low;
}
