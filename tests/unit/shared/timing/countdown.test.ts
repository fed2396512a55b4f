import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTime,
  displaySeconds,
  isDone,
  isPaused,
  pauseCountdown,
  progress,
  remainingMs,
  resumeCountdown,
  startCountdown,
} from '@shared/timing';
import { T0 } from './fixtures';

describe('countdown', () => {
  it('is an anchored end time', () => {
    expect(startCountdown(20_000, T0)).toEqual({
      durationMs: 20_000,
      endsAt: T0 + 20_000,
      pausedRemainingMs: null,
    });
  });

  it('never drifts, whatever the frame times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120_000 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 40, max: 5_000 })), {
          maxLength: 300,
        }),
        (duration, frameGaps) => {
          const countdown = startCountdown(duration, T0);
          let now = T0;
          let finishedAt: number | null = null;
          for (const gap of frameGaps) {
            now += gap;
            expect(remainingMs(countdown, now)).toBe(Math.max(0, duration - (now - T0)));
            if (finishedAt === null && isDone(countdown, now)) finishedAt = now;
          }
          if (finishedAt !== null) expect(finishedAt).toBeGreaterThanOrEqual(T0 + duration);
        },
      ),
    );
  });

  it('does not drift where a per-frame counter would (a busy page: 40 ms frames reported as 16 ms ticks)', () => {
    const countdown = startCountdown(60_000, T0);
    let ticks = 60_000;
    let now = T0;
    for (let frame = 0; frame < 750; frame++) {
      now += 40;
      ticks -= 16;
    }
    expect(remainingMs(countdown, now)).toBe(30_000);
    expect(ticks).toBe(48_000);
  });

  it('shows the second rounded up, 1 until the very end and 0 only when done', () => {
    expect(displaySeconds(20_000)).toBe(20);
    expect(displaySeconds(19_999)).toBe(20);
    expect(displaySeconds(19_000)).toBe(19);
    expect(displaySeconds(1)).toBe(1);
    expect(displaySeconds(0.001)).toBe(1);
    expect(displaySeconds(0)).toBe(0);
    expect(displaySeconds(-5)).toBe(0);
  });

  it('never completes early: 1 ms before the end, 1 ms is left and 1 is shown', () => {
    const countdown = startCountdown(20_000, T0);
    const end = T0 + 20_000;
    expect(remainingMs(countdown, end - 1)).toBe(1);
    expect(displaySeconds(remainingMs(countdown, end - 1))).toBe(1);
    expect(isDone(countdown, end - 1)).toBe(false);
    expect(isDone(countdown, end - 0.001)).toBe(false);
    expect(isDone(countdown, end)).toBe(true);
    expect(displaySeconds(remainingMs(countdown, end))).toBe(0);
  });

  it('is never negative', () => {
    expect(remainingMs(startCountdown(1_000, T0), T0 + 10_000)).toBe(0);
    expect(remainingMs(startCountdown(-50, T0), T0)).toBe(0);
  });

  it('freezes while paused and picks up where it was', () => {
    const started = startCountdown(30_000, T0);
    const paused = pauseCountdown(started, T0 + 10_000);
    expect(isPaused(paused)).toBe(true);
    expect(paused).toEqual({ durationMs: 30_000, endsAt: null, pausedRemainingMs: 20_000 });
    expect(remainingMs(paused, T0 + 500_000)).toBe(20_000);
    expect(pauseCountdown(paused, T0 + 600_000)).toBe(paused);
    const resumed = resumeCountdown(paused, T0 + 500_000);
    expect(isPaused(resumed)).toBe(false);
    expect(resumed.endsAt).toBe(T0 + 520_000);
    expect(resumeCountdown(resumed, T0 + 510_000)).toBe(resumed);
    expect(isDone(resumed, T0 + 519_999)).toBe(false);
    expect(isDone(resumed, T0 + 520_000)).toBe(true);
  });

  it('adds and removes time, clamped at zero, running or paused', () => {
    const started = startCountdown(30_000, T0);
    const longer = addTime(started, 15_000, T0 + 10_000);
    expect(remainingMs(longer, T0 + 10_000)).toBe(35_000);
    expect(longer.durationMs).toBe(45_000);
    const shorter = addTime(started, -5_000, T0 + 10_000);
    expect(remainingMs(shorter, T0 + 10_000)).toBe(15_000);
    expect(shorter.durationMs).toBe(25_000);
    const gone = addTime(started, -60_000, T0 + 10_000);
    expect(remainingMs(gone, T0 + 10_000)).toBe(0);
    expect(isDone(gone, T0 + 10_000)).toBe(true);
    expect(progress(gone, T0 + 10_000)).toBe(1);

    const paused = addTime(pauseCountdown(started, T0 + 10_000), 10_000, T0 + 99_000);
    expect(paused).toEqual({ durationMs: 40_000, endsAt: null, pausedRemainingMs: 30_000 });
    expect(addTime(started, Number.NaN, T0)).toBe(started);
  });

  it('does not mutate its input', () => {
    const started = Object.freeze(startCountdown(30_000, T0));
    expect(() => addTime(pauseCountdown(started, T0 + 1), 5, T0 + 2)).not.toThrow();
    expect(started).toEqual({ durationMs: 30_000, endsAt: T0 + 30_000, pausedRemainingMs: null });
  });

  it('reports progress from 0 to 1', () => {
    const countdown = startCountdown(40_000, T0);
    expect(progress(countdown, T0)).toBe(0);
    expect(progress(countdown, T0 + 10_000)).toBe(0.25);
    expect(progress(countdown, T0 + 40_000)).toBe(1);
    expect(progress(countdown, T0 + 90_000)).toBe(1);
    expect(progress(countdown, T0 - 5_000)).toBe(0);
    expect(progress(startCountdown(0, T0), T0)).toBe(1);
  });
});
