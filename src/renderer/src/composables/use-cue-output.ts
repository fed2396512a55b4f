import { ref, type Ref } from 'vue';
import type { CountdownCue, Cue } from '@shared/timing';
import { useCueSound } from './use-cue-sound';
import { soundsFor } from '../components/timers/cue-mapping';

export interface CueOptions {
  sound: boolean;
  flash: boolean;
  halfway: boolean;
}

/**
 * Turns cues into what a noisy gym notices: a synthesised sound (once the browser allows it) and a
 * full-screen flash at each phase change, its visual twin for muted screens.
 */
export function useCueOutput(options: Ref<CueOptions>, volume: Ref<number>) {
  const sound = useCueSound();
  const flashCount = ref(0);

  function handle(cues: readonly (Cue | CountdownCue)[]): void {
    const current = options.value;
    if (current.sound) for (const kind of soundsFor(cues, current)) sound.play(kind, volume.value);
    if (current.flash && cues.some((cue) => cue.kind === 'phase-start' || cue.kind === 'done')) {
      flashCount.value += 1;
    }
  }

  return { handle, flashCount, soundUnlocked: sound.unlocked };
}
