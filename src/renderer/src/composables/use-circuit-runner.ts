import { ref, shallowRef } from 'vue';
import {
  cuesBetween,
  displaySeconds,
  recordEvent,
  runSnapshot,
  type CircuitRun,
  type Clock,
  type Cue,
  type PhaseKind,
  type RunEvent,
  type RunStatus,
  type UpcomingPhase,
} from '@shared/timing';
import { useTicker } from './use-ticker';

/** Events a person can cause; the time is the clock's. */
export type RunAction =
  { type: 'pause' | 'resume' | 'skip' | 'back' | 'stop' | 'done' } | { type: 'adjust'; deltaMs: number };

/**
 * Plays a circuit run on screen: the shown values are plain refs that change only when what is shown
 * changes (one tick per second touches the digits and the ring, nothing else), and the cues of each tick
 * are handed to `onCues`.
 */
export function useCircuitRunner(clock: Clock, onCues: (cues: Cue[]) => void) {
  const run = shallowRef<CircuitRun | null>(null);
  const status = ref<RunStatus>('running');
  const phase = ref<PhaseKind>('get-ready');
  const phaseIndex = ref(-1);
  const stepIndex = ref(0);
  const round = ref(1);
  const totalRounds = ref<number | null>(null);
  const awaitingDone = ref(false);
  /** Seconds left, or for a rep target the seconds spent so far. */
  const shownSeconds = ref(0);
  const progress = ref(0);
  const next = shallowRef<UpcomingPhase | null>(null);
  let heardUntil = 0;

  function tick(now: number): number | null {
    const current = run.value;
    if (!current) return null;
    const cues = cuesBetween(current, heardUntil, now);
    heardUntil = now;
    const snap = runSnapshot(current, now);
    if (snap.phaseIndex !== phaseIndex.value || snap.status !== status.value) next.value = snap.next;
    status.value = snap.status;
    phase.value = snap.phase;
    phaseIndex.value = snap.phaseIndex;
    stepIndex.value = snap.stepIndex;
    round.value = snap.round;
    totalRounds.value = snap.totalRounds;
    awaitingDone.value = snap.awaitingDone;
    shownSeconds.value = snap.awaitingDone
      ? Math.floor(snap.elapsedInPhaseMs / 1000)
      : displaySeconds(snap.remainingMs);
    progress.value = snap.awaitingDone
      ? 0
      : snap.phaseDurationMs > 0
        ? Math.min(1, snap.elapsedInPhaseMs / snap.phaseDurationMs)
        : 1;
    if (cues.length > 0) onCues(cues);
    if (snap.status !== 'running') return null;
    if (snap.awaitingDone) return now + (1000 - (snap.elapsedInPhaseMs % 1000));
    const toNextSecond = snap.remainingMs % 1000 || 1000;
    const wakeAt = now + Math.min(toNextSecond, snap.remainingMs);
    // A halfway cue between two second boundaries is heard on time too.
    const early = cuesBetween(current, now, wakeAt)[0];
    return early ? early.at : wakeAt;
  }

  const ticker = useTicker(clock, tick);

  /** Shows `loaded`; `announce` plays the cues of its start (a fresh run), else only what comes from now. */
  function load(loaded: CircuitRun | null, announce: boolean): void {
    run.value = loaded;
    phaseIndex.value = -1;
    heardUntil = loaded && announce ? loaded.startedAt - 1 : clock.now();
    ticker.wake();
  }

  /** Applies what a person did, now; returns the new run (to be saved). */
  function act(action: RunAction): CircuitRun | null {
    if (!run.value) return null;
    const event: RunEvent = { ...action, at: clock.now() };
    run.value = recordEvent(run.value, event);
    ticker.wake();
    return run.value;
  }

  return {
    run,
    status,
    phase,
    phaseIndex,
    stepIndex,
    round,
    totalRounds,
    awaitingDone,
    shownSeconds,
    progress,
    next,
    load,
    act,
  };
}
