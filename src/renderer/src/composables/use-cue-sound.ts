import { inject, shallowRef, type InjectionKey, type Ref } from 'vue';

/** The sounds a timer makes; each is a distinct synthesised pattern, so nothing depends on speech voices. */
export type SoundKind = 'tick' | 'last-tick' | 'work' | 'rest' | 'halfway' | 'round-end' | 'done';

export interface CueSound {
  /** Whether the browser lets the page play sound yet (it needs a first touch). */
  readonly unlocked: Readonly<Ref<boolean>>;
  /** Call from a touch or key handler: browsers only allow audio to start from one. */
  unlock(): void;
  /** Plays a cue at `volume` (0 to 1); before the first touch it is silently skipped. */
  play(kind: SoundKind, volume: number): void;
}

interface Note {
  /** Hz; a second value glides to it. */
  readonly from: number;
  readonly to?: number;
  /** Seconds after the cue. */
  readonly at: number;
  readonly length: number;
  readonly wave: OscillatorType;
}

/** Short and clipped for ticks, rising for work, falling for rest, a fanfare for the end. */
const PATTERNS: Record<SoundKind, readonly Note[]> = {
  tick: [{ from: 880, at: 0, length: 0.09, wave: 'square' }],
  'last-tick': [{ from: 1320, at: 0, length: 0.12, wave: 'square' }],
  work: [
    { from: 660, at: 0, length: 0.12, wave: 'sawtooth' },
    { from: 990, at: 0.13, length: 0.35, wave: 'sawtooth' },
  ],
  rest: [{ from: 740, to: 370, at: 0, length: 0.5, wave: 'triangle' }],
  halfway: [{ from: 523, at: 0, length: 0.15, wave: 'sine' }],
  'round-end': [
    { from: 523, at: 0, length: 0.14, wave: 'triangle' },
    { from: 659, at: 0.15, length: 0.14, wave: 'triangle' },
    { from: 784, at: 0.3, length: 0.3, wave: 'triangle' },
  ],
  done: [
    { from: 523, at: 0, length: 0.16, wave: 'square' },
    { from: 659, at: 0.17, length: 0.16, wave: 'square' },
    { from: 784, at: 0.34, length: 0.16, wave: 'square' },
    { from: 1047, at: 0.51, length: 0.6, wave: 'square' },
  ],
};

/** Loudness of each wave at full volume, so a square tick is not harsher than a sine blip. */
const WAVE_GAIN: Record<OscillatorType, number> = {
  sine: 0.9,
  triangle: 0.8,
  square: 0.35,
  sawtooth: 0.4,
  custom: 0.5,
};

/** Cue sounds through Web Audio: oscillators with a short attack and decay, nothing to download. */
export function createWebAudioCueSound(
  createContext: () => AudioContext | null = () =>
    typeof AudioContext === 'function' ? new AudioContext({ latencyHint: 'interactive' }) : null,
): CueSound {
  const unlocked = shallowRef(false);
  let context: AudioContext | null = null;

  function unlock(): void {
    context ??= createContext();
    if (!context) return;
    const ready = context;
    if (ready.state === 'running') unlocked.value = true;
    else
      void ready.resume().then(
        () => (unlocked.value = ready.state === 'running'),
        () => undefined,
      );
  }

  function play(kind: SoundKind, volume: number): void {
    if (!context || context.state !== 'running' || volume <= 0) return;
    const start = context.currentTime + 0.01;
    for (const note of PATTERNS[kind]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = note.wave;
      oscillator.frequency.setValueAtTime(note.from, start + note.at);
      if (note.to) oscillator.frequency.exponentialRampToValueAtTime(note.to, start + note.at + note.length);
      const peak = Math.min(1, volume) * WAVE_GAIN[note.wave];
      gain.gain.setValueAtTime(0.0001, start + note.at);
      gain.gain.exponentialRampToValueAtTime(peak, start + note.at + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + note.length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + note.length + 0.02);
    }
  }

  return { unlocked, unlock, play };
}

export const CUE_SOUND_KEY: InjectionKey<CueSound> = Symbol('gymdeck-cue-sound');

let shared: CueSound | null = null;

/** The app's cue sound; tests provide a recording fake under CUE_SOUND_KEY. */
export function useCueSound(): CueSound {
  const provided = inject(CUE_SOUND_KEY, null);
  if (provided) return provided;
  shared ??= createWebAudioCueSound();
  return shared;
}
