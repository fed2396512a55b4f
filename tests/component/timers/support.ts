import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { shallowRef, type Component } from 'vue';
import type { GymdeckApi } from '@shared/contract/api';
import type { Clock } from '@shared/timing';
import { API_KEY } from '@renderer/api';
import { createAppI18n } from '@renderer/i18n';
import { createAppRouter } from '@renderer/router';
import { CLOCK_KEY } from '@renderer/composables/use-clock';
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
  const router = createAppRouter();
  await router.push(path);
  await router.isReady();
  const sound = recordingSound();
  const wrapper = mount(component, {
    attachTo: document.body,
    global: {
      plugins: [createPinia(), createAppI18n(), router],
      provide: {
        [API_KEY as symbol]: api,
        [CLOCK_KEY as symbol]: dateClock,
        [CUE_SOUND_KEY as symbol]: sound,
      },
    },
  });
  return { wrapper, router, sound };
}
