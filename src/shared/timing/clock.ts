/** A source of monotonic time in milliseconds: it never jumps and never runs backwards. */
export interface Clock {
  /** The current time in milliseconds. */
  now(): number;
}

/**
 * A clock that reads like wall time but moves like the monotonic one.
 *
 * The wall/monotonic offset is captured once, here, and never again. Anchors stored while the page lives
 * (a run's start, a countdown's end) therefore stay in one time base even when NTP, a user or a dead RTC
 * battery moves the wall clock mid-rest; starting from wall time keeps those anchors roughly meaningful
 * across a reload, where the monotonic origin resets. In a page: `createPageClock(Date.now, () => performance.now())`.
 */
export function createPageClock(wallNow: () => number, monotonicNow: () => number): Clock {
  const offset = wallNow() - monotonicNow();
  return { now: () => offset + monotonicNow() };
}
