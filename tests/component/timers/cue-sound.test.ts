import { describe, expect, it } from 'vitest';
import { createWebAudioCueSound, type SoundKind } from '@renderer/composables/use-cue-sound';

/** Just enough of an AudioContext to see which notes would sound. */
function fakeAudioContext() {
  const notes: { type: string; frequency: number; peak: number }[] = [];
  const context = {
    state: 'suspended' as AudioContextState,
    currentTime: 0,
    destination: {},
    resume() {
      context.state = 'running';
      return Promise.resolve();
    },
    createOscillator() {
      const note = { type: 'sine', frequency: 0, peak: 0 };
      return {
        set type(value: string) {
          note.type = value;
        },
        frequency: {
          setValueAtTime: (value: number) => (note.frequency = value),
          exponentialRampToValueAtTime: () => undefined,
        },
        connect: (gain: { note?: typeof note }) => {
          gain.note = note;
          return gain;
        },
        start: () => notes.push(note),
        stop: () => undefined,
      };
    },
    createGain() {
      const gain: { note?: { peak: number }; gain: object; connect: () => object } = {
        gain: {
          setValueAtTime: () => undefined,
          exponentialRampToValueAtTime: (value: number) => {
            if (gain.note && value > gain.note.peak) gain.note.peak = value;
          },
        },
        connect: () => ({}),
      };
      return gain;
    },
  };
  return { context, notes };
}

describe('cue sound', () => {
  it('stays silent until the first touch unlocks audio, then plays', async () => {
    const { context, notes } = fakeAudioContext();
    const sound = createWebAudioCueSound(() => context as unknown as AudioContext);
    sound.play('done', 1);
    expect(notes).toHaveLength(0);
    expect(sound.unlocked.value).toBe(false);

    sound.unlock();
    await Promise.resolve();
    expect(sound.unlocked.value).toBe(true);
    sound.play('done', 1);
    expect(notes.length).toBeGreaterThan(1);
  });

  it('gives every cue its own pattern, and follows the volume', async () => {
    const { context, notes } = fakeAudioContext();
    const sound = createWebAudioCueSound(() => context as unknown as AudioContext);
    sound.unlock();
    await Promise.resolve();
    const kinds: SoundKind[] = ['tick', 'last-tick', 'work', 'rest', 'halfway', 'round-end', 'done'];
    const patterns = kinds.map((kind) => {
      notes.length = 0;
      sound.play(kind, 0.5);
      return notes.map((note) => `${note.type}:${note.frequency}`).join(' ');
    });
    expect(new Set(patterns).size).toBe(kinds.length);

    notes.length = 0;
    sound.play('tick', 1);
    const loud = notes[0]?.peak ?? 0;
    notes.length = 0;
    sound.play('tick', 0.25);
    expect(notes[0]?.peak ?? 0).toBeCloseTo(loud / 4);
    notes.length = 0;
    sound.play('tick', 0);
    expect(notes).toHaveLength(0);
  });

  it('does nothing where the browser has no Web Audio', () => {
    const sound = createWebAudioCueSound(() => null);
    sound.unlock();
    expect(() => sound.play('work', 1)).not.toThrow();
    expect(sound.unlocked.value).toBe(false);
  });
});
