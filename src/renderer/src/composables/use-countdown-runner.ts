import { computed, ref, shallowRef } from 'vue';
import {
  addTime,
  countdownCuesBetween,
  displaySeconds,
  pauseCountdown,
  progress as countdownProgress,
  remainingMs,
  resumeCountdown,
  type Clock,
  type Countdown,
  type CountdownCue,
} from '@shared/timing';
import { useTicker } from './use-ticker';

/** Plays a countdown on screen, like `useCircuitRunner` for a single rest. */
export function useCountdownRunner(clock: Clock, onCues: (cues: CountdownCue[]) => void) {
  const countdown = shallowRef<Countdown | null>(null);
  const shownSeconds = ref(0);
  const progress = ref(0);
  const finished = ref(false);
  const paused = computed(() => countdown.value !== null && countdown.value.endsAt === null);
  let heardUntil = 0;

  function tick(now: number): number | null {
    const current = countdown.value;
    if (!current) return null;
    const cues = countdownCuesBetween(current, heardUntil, now);
    heardUntil = now;
    const left = remainingMs(current, now);
    shownSeconds.value = displaySeconds(left);
    progress.value = countdownProgress(current, now);
    finished.value = left <= 0;
    if (cues.length > 0) onCues(cues);
    if (current.endsAt === null || left <= 0) return null;
    return now + Math.min(left % 1000 || 1000, left);
  }

  const ticker = useTicker(clock, tick);

  function load(loaded: Countdown | null): void {
    countdown.value = loaded;
    heardUntil = clock.now();
    ticker.wake();
  }

  function change(update: (current: Countdown, now: number) => Countdown): Countdown | null {
    if (!countdown.value) return null;
    const now = clock.now();
    countdown.value = update(countdown.value, now);
    ticker.wake();
    return countdown.value;
  }

  return {
    countdown,
    shownSeconds,
    progress,
    finished,
    paused,
    load,
    pause: () => change(pauseCountdown),
    resume: () => change(resumeCountdown),
    adjust: (deltaMs: number) => change((current, now) => addTime(current, deltaMs, now)),
    /** Ends the rest now. */
    skip: () =>
      change((current, now) => {
        const running = resumeCountdown(current, now);
        return addTime(running, -remainingMs(running, now), now);
      }),
  };
}
