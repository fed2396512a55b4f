/**
 * A countdown is an anchored end time, not a counter: remaining time is computed from `now` on every read,
 * so late or skipped frames never make it drift. While paused, the remaining time is frozen instead.
 */
export interface Countdown {
  /** The full length, including any time added or removed; used for progress. */
  readonly durationMs: number;
  /** When it reaches zero, on the same clock as `now`; null while paused. */
  readonly endsAt: number | null;
  /** The frozen remaining time while paused; null while running. */
  readonly pausedRemainingMs: number | null;
}

/** A running countdown of `durationMs` that started at `now`. */
export function startCountdown(durationMs: number, now: number): Countdown {
  const duration = Math.max(0, durationMs);
  return { durationMs: duration, endsAt: now + duration, pausedRemainingMs: null };
}

/** Milliseconds left at `now`; never negative. */
export function remainingMs(countdown: Countdown, now: number): number {
  if (countdown.endsAt === null) return Math.max(0, countdown.pausedRemainingMs ?? 0);
  return Math.max(0, countdown.endsAt - now);
}

/** Whether the countdown is paused. */
export function isPaused(countdown: Countdown): boolean {
  return countdown.endsAt === null;
}

/** Freezes the remaining time; pausing a paused countdown changes nothing. */
export function pauseCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.endsAt === null) return countdown;
  return { durationMs: countdown.durationMs, endsAt: null, pausedRemainingMs: remainingMs(countdown, now) };
}

/** Re-anchors the end time from the frozen remaining time; resuming a running countdown changes nothing. */
export function resumeCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.endsAt !== null) return countdown;
  return {
    durationMs: countdown.durationMs,
    endsAt: now + remainingMs(countdown, now),
    pausedRemainingMs: null,
  };
}

/**
 * Adds (or, when negative, removes) time. Remaining time is clamped at zero, and the elapsed part of the
 * duration is kept so progress does not jump backwards.
 */
export function addTime(countdown: Countdown, deltaMs: number, now: number): Countdown {
  if (!Number.isFinite(deltaMs)) return countdown;
  const before = remainingMs(countdown, now);
  const after = Math.max(0, before + deltaMs);
  const elapsed = Math.max(0, countdown.durationMs - before);
  const durationMs = elapsed + after;
  return countdown.endsAt === null
    ? { durationMs, endsAt: null, pausedRemainingMs: after }
    : { durationMs, endsAt: now + after, pausedRemainingMs: null };
}

/**
 * The whole second to show: rounded up, so the display reads 1 until the very end and 0 only once the
 * countdown is done (a countdown that showed 0 early would look finished while it is still running).
 */
export function displaySeconds(remaining: number): number {
  return Math.max(0, Math.ceil(remaining / 1000));
}

/** Done only once no time at all is left: never a frame early. */
export function isDone(countdown: Countdown, now: number): boolean {
  return remainingMs(countdown, now) <= 0;
}

/** How much of the countdown has passed, from 0 to 1. */
export function progress(countdown: Countdown, now: number): number {
  if (countdown.durationMs <= 0) return 1;
  const fraction = 1 - remainingMs(countdown, now) / countdown.durationMs;
  return Math.min(1, Math.max(0, fraction));
}

/** What a rest countdown announces: the shown second turning to 3, 2 and 1, and the end. */
export type CountdownCueKind = 'countdown-3' | 'countdown-2' | 'countdown-1' | 'done';

/** One moment of a countdown worth announcing, on the countdown's clock. */
export interface CountdownCue {
  readonly at: number;
  readonly kind: CountdownCueKind;
}

const COUNTDOWN_CUES = [
  { kind: 'countdown-3', beforeEndMs: 3000 },
  { kind: 'countdown-2', beforeEndMs: 2000 },
  { kind: 'countdown-1', beforeEndMs: 1000 },
  { kind: 'done', beforeEndMs: 0 },
] as const;

/**
 * The cues of a running countdown in (fromExclusive, toInclusive], in order; a paused one has none. Cues
 * that would fall before the countdown started (a 2 s countdown has no "3") are left out. A frame loop
 * calling it with (previous frame, this frame) fires each cue once, however late the frame.
 */
export function countdownCuesBetween(
  countdown: Countdown,
  fromExclusive: number,
  toInclusive: number,
): CountdownCue[] {
  if (countdown.endsAt === null || !(toInclusive > fromExclusive)) return [];
  const startedAt = countdown.endsAt - countdown.durationMs;
  const cues: CountdownCue[] = [];
  for (const { kind, beforeEndMs } of COUNTDOWN_CUES) {
    const at = countdown.endsAt - beforeEndMs;
    if (at > fromExclusive && at <= toInclusive && (at > startedAt || kind === 'done'))
      cues.push({ at, kind });
  }
  return cues;
}
