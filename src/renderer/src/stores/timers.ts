import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError } from '@shared/contract';
import type { ActiveRun } from '@shared/domain';
import { useApi } from '../api';

/**
 * The timer the screen is running. Its whole state (anchors and events) is saved through the API to the
 * store on every change, so a reload or a crashed renderer resumes it (see the timer service for why
 * SQLite rather than localStorage).
 */
export const useTimerStore = defineStore('timers', () => {
  const api = useApi();
  /** The last state saved (or restored). */
  const active = shallowRef<ActiveRun | null>(null);
  /** The last save that failed, so the screen can say a reload would not resume. */
  const saveError = shallowRef<ApiError | null>(null);
  /** A timer is counting on screen: the idle return waits for it. */
  const counting = ref(false);
  // Saves go one after another, so an older state never lands after a newer one.
  let queue: Promise<unknown> = Promise.resolve();

  async function restore(): Promise<ActiveRun | null> {
    await queue;
    const result = await api['timers:get-run']({});
    active.value = result.ok ? result.value.run : null;
    return active.value;
  }

  function save(run: ActiveRun): Promise<void> {
    active.value = run;
    const saving = queue.then(async () => {
      const result = await api['timers:save-run']({ run });
      saveError.value = result.ok ? null : result.error;
    });
    queue = saving;
    return saving;
  }

  function clear(): Promise<void> {
    active.value = null;
    counting.value = false;
    const clearing = queue.then(async () => {
      await api['timers:clear-run']({});
    });
    queue = clearing;
    return clearing;
  }

  return { active, saveError, counting, restore, save, clear };
});
