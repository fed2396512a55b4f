import type { CircuitRun } from './circuit-run';
import { buildPlan, type PhaseKind } from './plan';
import { replay, type CueEmission } from './replay';

/**
 * What a cue announces. Countdown cues fall when the shown second turns to 3, 2 and 1; halfway is for work
 * phases only (whether to play it is a setting for the screen to apply). How a cue is heard and seen is
 * decided by the screen: every cue has a visual twin there.
 */
export type CueKind = CueEmission;

/** One moment worth announcing. */
export interface Cue {
  /** On the run's monotonic clock. */
  readonly at: number;
  readonly kind: CueKind;
  /** The phase that starts, ends soon or is halfway; for 'done', the last phase. */
  readonly phase: PhaseKind;
  readonly stepIndex: number;
  readonly round: number;
}

/**
 * The cues of a run in the half-open interval (fromExclusive, toInclusive], in order. A frame loop that
 * calls it with (previous frame, this frame) fires every cue exactly once, however late or long a frame
 * is. The work is bounded by the run's events and the phases overlapping the interval, so a run that has
 * repeated for months costs no more per frame than a fresh one.
 *
 * Events must be recorded no earlier than the last interval already asked for: a cue they cause before that
 * point would fall in an interval that has already been played.
 */
export function cuesBetween(run: CircuitRun, fromExclusive: number, toInclusive: number): Cue[] {
  const cues: Cue[] = [];
  if (!(toInclusive > fromExclusive)) return cues;
  let previous: { kind: CueKind; at: number; index: number } | null = null;
  replay(buildPlan(run.definition), run.startedAt, run.events, toInclusive, {
    from: fromExclusive,
    to: toInclusive,
    emit(kind, at, phase) {
      // Restarting a phase at the very instant it started would announce the same thing twice.
      const repeat =
        previous !== null && previous.kind === kind && previous.at === at && previous.index === phase.index;
      previous = { kind, at, index: phase.index };
      if (repeat || at <= fromExclusive || at > toInclusive) return;
      cues.push({ at, kind, phase: phase.phase, stepIndex: phase.stepIndex, round: phase.round });
    },
  });
  return cues;
}
