import { onBeforeUnmount } from 'vue';
import type { Clock } from '@shared/timing';

export interface Ticker {
  /** Runs the tick at once (after something changed) and reschedules. */
  wake(): void;
  stop(): void;
}

/**
 * Calls `tick(now)` at once and then at whatever instant it returns (null: only when woken). Nothing is
 * counted here: each tick reads the clock, so a late timer shows the right thing, just later. The
 * instants asked for are when the shown second changes or a cue is due, so an idle second costs one
 * timer, and completion is noticed as soon as the page is free, never before the end.
 */
export function useTicker(clock: Clock, tick: (now: number) => number | null): Ticker {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  function schedule(wakeAt: number | null): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (stopped || wakeAt === null) return;
    timer = setTimeout(wake, Math.max(0, wakeAt - clock.now()));
  }

  function wake(): void {
    if (stopped) return;
    schedule(tick(clock.now()));
  }

  // A hidden page's timers are throttled; catch up the moment it shows again.
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') wake();
  };
  document.addEventListener('visibilitychange', onVisible);

  function stop(): void {
    stopped = true;
    schedule(null);
    document.removeEventListener('visibilitychange', onVisible);
  }
  onBeforeUnmount(stop);
  return { wake, stop };
}
