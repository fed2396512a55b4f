import { shallowRef, type Component } from 'vue';
import type { GymdeckApi } from '@shared/contract/api';
import type { Clock } from '@shared/timing';
import { CLOCK_KEY } from '@renderer/composables/use-clock';
import { mountWithApp } from '../support/mount-app';
import { CUE_SOUND_KEY, type CueSound, type SoundKind } from '@renderer/composables/use-cue-sound';

/** A cue sound that records what it was asked to play once unlocked. */
export function recordingSound(): CueSound & { played: SoundKind[] } {
  const unlocked = shallowRef(false);
  const played: SoundKind[] = [];
  return {
    unlocked,
    played,
    unlock: () => (unlocked.value = true),
    play: (kind) => {
      if (unlocked.value) played.push(kind);
    },
  };
}

/** Reads the time from the (fake) Date, so vi's fake timers move it. */
export const dateClock: Clock = { now: () => Date.now() };

/** Mounts a component with the app's plugins, a fake API, the fake-timer clock and a recording sound. */
export async function mountTimerScreen(component: Component, api: GymdeckApi, path: string) {
  const sound = recordingSound();
  const { wrapper, router } = await mountWithApp(component, api, path, {
    attachTo: document.body,
    provide: { [CLOCK_KEY as symbol]: dateClock, [CUE_SOUND_KEY as symbol]: sound },
  });
  return { wrapper, router, sound };
}
