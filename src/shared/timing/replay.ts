import { BACK_TO_PREVIOUS_WITHIN_MS, type RunEvent } from './events';
import { locate, nextOpenPhase, phaseAt, phaseEndMs, type Plan, type PlannedPhase } from './plan';

/** Where a run stands at one instant of the replay. */
export interface Cursor {
  readonly status: 'running' | 'paused' | 'done';
  readonly phase: PlannedPhase;
  /** The phase's length as it stands, with any added or removed time. */
  readonly durationMs: number;
  /** When the phase ends; meaningful while running. */
  readonly endsAt: number;
  /** Frozen remaining time while paused; the time that was left when the run ended once done. */
  readonly remainingMs: number;
  readonly endedAt: number | null;
  /**
   * Open-ended phases only (which have no end: `endsAt` is Infinity, duration and remaining 0): while
   * running, the instant from which the time spent in the phase counts, moved on by pauses.
   */
  readonly openSince: number;
  /** Open-ended phases only: the time spent in the phase, frozen while paused and once done. */
  readonly heldElapsedMs: number;
}

/** The kinds of cue a replay can emit. */
export type CueEmission =
  'countdown-3' | 'countdown-2' | 'countdown-1' | 'phase-start' | 'halfway' | 'round-end' | 'done';

/** Receives the cues of a replay; it keeps only those in (from, to]. */
export interface CueSink {
  readonly from: number;
  readonly to: number;
  emit(kind: CueEmission, at: number, phase: PlannedPhase): void;
}

/** Stands in for the phase of a run with nothing to play, which is done as soon as it starts. */
const EMPTY_PHASE: PlannedPhase = {
  index: 0,
  phase: 'work',
  stepIndex: 0,
  round: 1,
  startMs: 0,
  durationMs: 0,
  open: false,
};

const COUNTDOWNS = [
  { kind: 'countdown-3', beforeEndMs: 3000 },
  { kind: 'countdown-2', beforeEndMs: 2000 },
  { kind: 'countdown-1', beforeEndMs: 1000 },
] as const;

function done(
  cursor: Cursor,
  at: number,
  phase: PlannedPhase,
  durationMs: number,
  remainingMs: number,
): Cursor {
  const heldElapsedMs = phase === cursor.phase ? openElapsedAt(cursor, at) : 0;
  return {
    status: 'done',
    phase,
    durationMs,
    endsAt: cursor.endsAt,
    remainingMs,
    endedAt: at,
    openSince: cursor.openSince,
    heldElapsedMs,
  };
}

function remainingAt(cursor: Cursor, at: number): number {
  if (cursor.phase.open) return 0;
  if (cursor.status === 'running') return Math.max(0, cursor.endsAt - at);
  return cursor.status === 'paused' ? cursor.remainingMs : 0;
}

/** Time spent so far in an open-ended phase (0 for any other phase). */
export function openElapsedAt(cursor: Cursor, at: number): number {
  if (!cursor.phase.open) return 0;
  return cursor.status === 'running' ? Math.max(0, at - cursor.openSince) : cursor.heldElapsedMs;
}

/** The cursor at the start of `phase`, entered at `at`. */
function startOf(phase: PlannedPhase, status: 'running' | 'paused', at: number): Cursor {
  return {
    status,
    phase,
    durationMs: phase.durationMs,
    endsAt: phase.open ? Infinity : at + phase.durationMs,
    remainingMs: phase.durationMs,
    endedAt: null,
    openSince: at,
    heldElapsedMs: 0,
  };
}

/** Whether going from `from` to the phase right after it, `to`, closes a round that is not the last. */
function closesRound(from: PlannedPhase, to: PlannedPhase): boolean {
  if (to.index !== from.index + 1) return false;
  return to.phase === 'round-break' || (to.round > from.round && from.phase !== 'round-break');
}

/** Puts the cursor at the start of phase `index` at `at`, keeping it paused if it was; past the end, it is done. */
function enter(plan: Plan, cursor: Cursor, index: number, at: number, sink: CueSink | undefined): Cursor {
  const phase = phaseAt(plan, index);
  if (!phase) {
    const ended = done(cursor, at, cursor.phase, cursor.durationMs, remainingAt(cursor, at));
    sink?.emit('done', at, ended.phase);
    return ended;
  }
  if (closesRound(cursor.phase, phase)) sink?.emit('round-end', at, cursor.phase);
  sink?.emit('phase-start', at, phase);
  return startOf(phase, cursor.status === 'paused' ? 'paused' : 'running', at);
}

/** The cursor at `startedAt`. */
export function begin(plan: Plan, startedAt: number, sink?: CueSink): Cursor {
  const first = phaseAt(plan, 0);
  if (!first) {
    sink?.emit('done', startedAt, EMPTY_PHASE);
    return {
      status: 'done',
      phase: EMPTY_PHASE,
      durationMs: 0,
      endsAt: startedAt,
      remainingMs: 0,
      endedAt: startedAt,
      openSince: startedAt,
      heldElapsedMs: 0,
    };
  }
  sink?.emit('phase-start', startedAt, first);
  return startOf(first, 'running', startedAt);
}

/**
 * Lets time run to `at` with no events in between, by arithmetic: once the current phase is over, the run
 * is back on the uninterrupted timeline, shifted by however long it was paused, skipped or stretched. Time
 * stops at an open-ended phase, which waits to be marked done.
 */
export function advance(plan: Plan, cursor: Cursor, at: number): Cursor {
  if (cursor.status !== 'running' || at < cursor.endsAt) return cursor;
  const offset = phaseEndMs(cursor.phase) + (at - cursor.endsAt);
  const waiting = nextOpenPhase(plan, cursor.phase.index);
  if (waiting && waiting.startMs <= offset) {
    return startOf(waiting, 'running', cursor.endsAt + (waiting.startMs - phaseEndMs(cursor.phase)));
  }
  const index = locate(plan, offset);
  if (index === null) {
    const endedAt = cursor.endsAt + ((plan.totalMs ?? 0) - phaseEndMs(cursor.phase));
    const last = phaseAt(plan, (plan.phaseCount ?? 1) - 1);
    return last && last.index !== cursor.phase.index
      ? done(cursor, endedAt, last, last.durationMs, 0)
      : done(cursor, endedAt, cursor.phase, cursor.durationMs, 0);
  }
  const phase = phaseAt(plan, index) ?? cursor.phase;
  return { ...startOf(phase, 'running', at), endsAt: at + (phaseEndMs(phase) - offset) };
}

/** Moves past phases whose time is up at `at` (after an event left nothing on the clock), with their cues. */
function settle(plan: Plan, cursor: Cursor, at: number, sink: CueSink | undefined): Cursor {
  let current = cursor;
  while (current.status === 'running' && current.endsAt <= at) {
    current = enter(plan, current, current.phase.index + 1, current.endsAt, sink);
  }
  return current;
}

/** Countdown and halfway cues of the current phase that fall in (low, high], or (low, high) when `open`. */
function emitWithinPhase(cursor: Cursor, low: number, high: number, open: boolean, sink: CueSink): void {
  if (cursor.phase.open) return;
  const end = cursor.endsAt;
  const due: { kind: CueEmission; at: number }[] = [];
  if (cursor.phase.phase === 'work' && cursor.phase.durationMs > 0) {
    // Halfway is measured in time actually worked (pauses excluded) against the planned length, so time
    // added later neither moves it nor fires it twice.
    const at = end - cursor.durationMs + cursor.phase.durationMs / 2;
    if (at < end) due.push({ kind: 'halfway', at });
  }
  for (const { kind, beforeEndMs } of COUNTDOWNS) due.push({ kind, at: end - beforeEndMs });
  due.sort((a, b) => a.at - b.at);
  for (const cue of due) {
    const inside = cue.at > low && (cue.at < high || (cue.at === high && !open));
    if (inside) sink.emit(cue.kind, cue.at, cursor.phase);
  }
}

/**
 * Lets time run from `from` to `to` with no events in between. With a sink, cues in (from, to] that also
 * fall in the sink's window are emitted; phases before the window are jumped over by arithmetic, so the
 * work is bounded by the phases that overlap the window.
 *
 * `openEnd` leaves out the countdown and halfway cues due exactly at `to`, for an event there that replaces
 * the phase's timing: at that instant the screen already shows the event's result, not the old second.
 */
function flow(
  plan: Plan,
  cursor: Cursor,
  from: number,
  to: number,
  sink: CueSink | undefined,
  openEnd = false,
): Cursor {
  if (!sink || cursor.status !== 'running') return advance(plan, cursor, to);
  let low = Math.max(from, sink.from);
  const high = Math.min(to, sink.to);
  if (high <= low) return advance(plan, cursor, to);
  let current = advance(plan, cursor, low);
  while (current.status === 'running') {
    emitWithinPhase(current, low, high, openEnd && high === to, sink);
    if (current.endsAt > high) break;
    low = current.endsAt;
    current = enter(plan, current, current.phase.index + 1, low, sink);
  }
  return advance(plan, current, to);
}

function applyEvent(
  plan: Plan,
  cursor: Cursor,
  event: RunEvent,
  at: number,
  sink: CueSink | undefined,
): Cursor {
  if (cursor.status === 'done') return cursor;
  if (cursor.phase.open) return applyToOpenPhase(plan, cursor, event, at, sink);
  switch (event.type) {
    case 'done':
      return cursor;
    case 'pause':
      if (cursor.status !== 'running') return cursor;
      return { ...cursor, status: 'paused', remainingMs: remainingAt(cursor, at) };
    case 'resume':
      if (cursor.status !== 'paused') return cursor;
      return settle(plan, { ...cursor, status: 'running', endsAt: at + cursor.remainingMs }, at, sink);
    case 'skip':
      return enter(plan, cursor, cursor.phase.index + 1, at, sink);
    case 'back': {
      const elapsed = cursor.durationMs - remainingAt(cursor, at);
      const toPrevious = elapsed < BACK_TO_PREVIOUS_WITHIN_MS && cursor.phase.index > 0;
      return enter(plan, cursor, cursor.phase.index - (toPrevious ? 1 : 0), at, sink);
    }
    case 'adjust': {
      if (!Number.isFinite(event.deltaMs)) return cursor;
      const before = remainingAt(cursor, at);
      const after = Math.max(0, before + event.deltaMs);
      // The elapsed part is kept so progress and halfway do not jump backwards.
      const durationMs = cursor.durationMs - before + after;
      const adjusted = { ...cursor, durationMs, endsAt: at + after, remainingMs: after };
      return settle(plan, adjusted, at, sink);
    }
    case 'stop': {
      const ended = done(cursor, at, cursor.phase, cursor.durationMs, remainingAt(cursor, at));
      sink?.emit('done', at, ended.phase);
      return ended;
    }
  }
}

/** An event in an open-ended phase, which has elapsed time but no end to move. */
function applyToOpenPhase(
  plan: Plan,
  cursor: Cursor,
  event: RunEvent,
  at: number,
  sink: CueSink | undefined,
): Cursor {
  const elapsed = openElapsedAt(cursor, at);
  switch (event.type) {
    case 'pause':
      return cursor.status === 'running' ? { ...cursor, status: 'paused', heldElapsedMs: elapsed } : cursor;
    case 'resume':
      return cursor.status === 'paused' ? { ...cursor, status: 'running', openSince: at - elapsed } : cursor;
    case 'done':
    case 'skip':
      return enter(plan, cursor, cursor.phase.index + 1, at, sink);
    case 'back': {
      const toPrevious = elapsed < BACK_TO_PREVIOUS_WITHIN_MS && cursor.phase.index > 0;
      return enter(plan, cursor, cursor.phase.index - (toPrevious ? 1 : 0), at, sink);
    }
    case 'adjust':
      return cursor;
    case 'stop': {
      const ended = done(cursor, at, cursor.phase, 0, 0);
      sink?.emit('done', at, ended.phase);
      return ended;
    }
  }
}

/**
 * Replays a run from its start to `until`: the events up to `until` in log order, and time flowing by
 * arithmetic in between. An event earlier than the one before it counts as happening at the same time.
 */
export function replay(
  plan: Plan,
  startedAt: number,
  events: readonly RunEvent[],
  until: number,
  sink?: CueSink,
): Cursor {
  let cursor = begin(plan, startedAt, sink);
  let time = startedAt;
  for (const event of events) {
    const at = Math.max(event.at, time);
    if (at > until) break;
    cursor = flow(plan, cursor, time, at, sink, event.type !== 'pause');
    cursor = applyEvent(plan, cursor, event, at, sink);
    time = at;
  }
  return flow(plan, cursor, time, until, sink);
}
