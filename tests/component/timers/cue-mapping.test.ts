import { describe, expect, it } from 'vitest';
import { soundsFor } from '@renderer/components/timers/cue-mapping';
import type { Cue } from '@shared/timing';

const cue = (at: number, kind: Cue['kind'], phase: Cue['phase'] = 'work'): Cue => ({
  at,
  kind,
  phase,
  stepIndex: 0,
  round: 1,
});

describe('sounds for cues', () => {
  it('ticks for 3 and 2, a higher tick for 1, and a sound for the kind of phase that starts', () => {
    expect(
      soundsFor(
        [cue(1, 'countdown-3'), cue(2, 'countdown-2'), cue(3, 'countdown-1'), cue(4, 'phase-start', 'rest')],
        { halfway: false },
      ),
    ).toEqual(['tick', 'tick', 'last-tick', 'rest']);
    expect(soundsFor([cue(5, 'phase-start', 'work')], { halfway: false })).toEqual(['work']);
  });

  it('plays one sound per instant: the end of a round over its break, the end of the run over all', () => {
    expect(
      soundsFor([cue(9, 'round-end'), cue(9, 'phase-start', 'round-break')], { halfway: false }),
    ).toEqual(['round-end']);
    expect(soundsFor([cue(9, 'phase-start', 'work'), cue(9, 'done')], { halfway: false })).toEqual(['done']);
  });

  it('beeps at halfway only when the circuit asks for it', () => {
    expect(soundsFor([cue(2, 'halfway')], { halfway: false })).toEqual([]);
    expect(soundsFor([cue(2, 'halfway')], { halfway: true })).toEqual(['halfway']);
  });
});
