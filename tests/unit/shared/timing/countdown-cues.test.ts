import { describe, expect, it } from 'vitest';
import {
  addTime,
  countdownCuesBetween,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
} from '@shared/timing';
import { SECOND, T0 } from './fixtures';

describe('countdown cues', () => {
  const countdown = startCountdown(60 * SECOND, T0);

  it('announce 3, 2, 1 as the shown second turns, and the end exactly at zero', () => {
    expect(countdownCuesBetween(countdown, T0, T0 + 60 * SECOND)).toEqual([
      { at: T0 + 57_000, kind: 'countdown-3' },
      { at: T0 + 58_000, kind: 'countdown-2' },
      { at: T0 + 59_000, kind: 'countdown-1' },
      { at: T0 + 60_000, kind: 'done' },
    ]);
  });

  it('fire each cue once however the time is cut into frames, and never done early', () => {
    const heard: string[] = [];
    let previous = T0;
    for (let t = T0 + 37; t <= T0 + 61_000; t += 37) {
      heard.push(...countdownCuesBetween(countdown, previous, t).map((cue) => cue.kind));
      previous = t;
    }
    expect(heard).toEqual(['countdown-3', 'countdown-2', 'countdown-1', 'done']);
    expect(countdownCuesBetween(countdown, T0, T0 + 60 * SECOND - 1).map((cue) => cue.kind)).not.toContain(
      'done',
    );
  });

  it('are silent while paused and follow the new end after time is added', () => {
    const paused = pauseCountdown(countdown, T0 + 10 * SECOND);
    expect(countdownCuesBetween(paused, T0, T0 + 100 * SECOND)).toEqual([]);
    const longer = addTime(resumeCountdown(paused, T0 + 20 * SECOND), 15 * SECOND, T0 + 20 * SECOND);
    expect(
      countdownCuesBetween(longer, T0 + 20 * SECOND, T0 + 200 * SECOND).map((cue) => cue.at - T0),
    ).toEqual([82_000, 83_000, 84_000, 85_000]);
  });

  it('leave out the seconds a short countdown starts at or before: the shown second never turns to them', () => {
    const short = startCountdown(2 * SECOND, T0);
    expect(countdownCuesBetween(short, T0 - 5 * SECOND, T0 + 5 * SECOND).map((cue) => cue.kind)).toEqual([
      'countdown-1',
      'done',
    ]);
  });
});
