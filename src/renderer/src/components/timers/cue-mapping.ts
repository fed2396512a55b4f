import type { CountdownCue, Cue } from '@shared/timing';
import type { SoundKind } from '@renderer/composables/use-cue-sound';

type AnyCue = Pick<Cue, 'at' | 'kind'> & { phase?: Cue['phase'] };

const PRIORITY: Record<SoundKind, number> = {
  done: 6,
  'round-end': 5,
  work: 4,
  rest: 3,
  'last-tick': 2,
  tick: 1,
  halfway: 0,
};

function soundOf(cue: AnyCue, halfway: boolean): SoundKind | null {
  switch (cue.kind) {
    case 'countdown-3':
    case 'countdown-2':
      return 'tick';
    case 'countdown-1':
      return 'last-tick';
    case 'halfway':
      return halfway ? 'halfway' : null;
    case 'round-end':
      return 'round-end';
    case 'done':
      return 'done';
    case 'phase-start':
      return cue.phase === 'work' ? 'work' : cue.phase === 'round-break' ? null : 'rest';
  }
}

/**
 * The sounds to play for the cues of one tick: one per instant, the most important one (the end of a
 * round drowns the start of its break; the end of the run drowns everything), so cues never pile up.
 */
export function soundsFor(cues: readonly (Cue | CountdownCue)[], options: { halfway: boolean }): SoundKind[] {
  const byInstant = new Map<number, SoundKind>();
  for (const cue of cues) {
    const sound = soundOf(cue, options.halfway);
    if (!sound) continue;
    const current = byInstant.get(cue.at);
    if (current === undefined || PRIORITY[sound] > PRIORITY[current]) byInstant.set(cue.at, sound);
  }
  return [...byInstant.values()];
}
