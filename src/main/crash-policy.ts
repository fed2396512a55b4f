export interface CrashPolicyOptions {
  /** Milliseconds on any steady clock. */
  now: () => number;
  /** This many renderer crashes within `withinMs` mean reloading will not help. */
  giveUpAfter?: number;
  withinMs?: number;
}

export type CrashDecision = 'reload' | 'give-up';

export interface CrashPolicy {
  onCrash(): CrashDecision;
}

/**
 * A crashed screen is reloaded (the timers resume from their start times, so nothing is lost), unless it
 * keeps crashing: then reloading would only make the kiosk flicker, and someone has to look at it.
 */
export function createCrashPolicy({
  now,
  giveUpAfter = 5,
  withinMs = 60_000,
}: CrashPolicyOptions): CrashPolicy {
  let recentCrashes: number[] = [];
  return {
    onCrash() {
      const at = now();
      recentCrashes = [...recentCrashes.filter((crashedAt) => at - crashedAt < withinMs), at];
      return recentCrashes.length >= giveUpAfter ? 'give-up' : 'reload';
    },
  };
}
