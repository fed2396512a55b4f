import { inject, type App, type InjectionKey } from 'vue';
import { createPageClock, type Clock } from '@shared/timing';

export const CLOCK_KEY: InjectionKey<Clock> = Symbol('gymdeck-clock');

let pageClock: Clock | null = null;

/** The page's one clock: wall-based so stored anchors survive a reload, monotonic so it never jumps. */
function defaultClock(): Clock {
  pageClock ??= createPageClock(
    () => Date.now(),
    () => performance.now(),
  );
  return pageClock;
}

export function provideClock(app: App, clock: Clock): void {
  app.provide(CLOCK_KEY, clock);
}

/** The clock timers read; tests may provide their own. */
export function useClock(): Clock {
  return inject(CLOCK_KEY, null) ?? defaultClock();
}
