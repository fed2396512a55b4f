import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageClock, displaySeconds, remainingMs, startCountdown } from '@shared/timing';

const MINUTE = 60_000;

describe('page clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts at wall time and then follows the monotonic clock', () => {
    let wall = 1_760_000_000_000;
    let monotonic = 1234.5;
    const clock = createPageClock(
      () => wall,
      () => monotonic,
    );
    expect(clock.now()).toBe(wall);
    monotonic += 5_000;
    wall += 5_000;
    expect(clock.now()).toBe(1_760_000_005_000);
  });

  it.each([2 * MINUTE, -2 * MINUTE])('ignores a wall-clock jump of %d ms in the middle of a rest', (jump) => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    vi.setSystemTime(new Date('2026-03-02T07:00:00Z'));
    const clock = createPageClock(Date.now, () => performance.now());
    const rest = startCountdown(20 * 1000, clock.now());

    vi.advanceTimersByTime(8_000);
    expect(displaySeconds(remainingMs(rest, clock.now()))).toBe(12);

    // NTP or a person moves the wall clock; the monotonic clock does not move.
    vi.setSystemTime(Date.now() + jump);
    expect(remainingMs(rest, clock.now())).toBe(12_000);

    vi.advanceTimersByTime(11_999);
    expect(remainingMs(rest, clock.now())).toBe(1);
    vi.advanceTimersByTime(1);
    expect(remainingMs(rest, clock.now())).toBe(0);
  });

  it('captures the offset once: later readings never consult the wall clock', () => {
    const wall = vi.fn(() => 1_760_000_000_000);
    const clock = createPageClock(wall, () => 10);
    clock.now();
    clock.now();
    expect(wall).toHaveBeenCalledTimes(1);
  });
});
