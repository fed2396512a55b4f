import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { TrainerStatus } from '@shared/domain';
import { useApi } from '../api';

/**
 * Trainer mode on this screen as the server last said it stood: the server alone checks the PIN and keeps
 * the unlock; this store only follows, and hears from every refused call that it is locked.
 */
export const useTrainerStore = defineStore('trainer', () => {
  const api = useApi();
  const status = shallowRef<TrainerStatus | null>(null);
  const unlocked = computed(() => status.value?.unlocked === true);

  /** A refused try says how many are left and how long to wait: the pad shows it at once. */
  function noteRefusal(error: ApiError): void {
    if (!status.value) return;
    const { triesLeft, seconds } = error.params ?? {};
    if (error.reason === 'pin-wrong' && typeof triesLeft === 'number' && typeof seconds === 'number') {
      status.value = { ...status.value, triesLeft, lockedOutSeconds: seconds };
    } else if (error.reason === 'locked-out' && typeof seconds === 'number') {
      status.value = { ...status.value, triesLeft: 0, lockedOutSeconds: seconds };
    }
  }

  async function follow(call: Promise<Result<TrainerStatus>>): Promise<Result<TrainerStatus>> {
    const result = await call;
    if (result.ok) status.value = result.value;
    else noteRefusal(result.error);
    return result;
  }

  return {
    status,
    unlocked,
    load: () => follow(api['trainer:status']({})),
    /** The first PIN, on a Gymdeck that has none yet. */
    setPin: (pin: string) => follow(api['trainer:set-pin']({ pin })),
    unlock: (pin: string) => follow(api['trainer:unlock']({ pin })),
    changePin: (currentPin: string, newPin: string) =>
      follow(api['trainer:change-pin']({ currentPin, newPin })),
    /** Ends trainer mode here; the screen shows it locked at once, whatever the answer. */
    lock(): Promise<Result<TrainerStatus>> {
      if (status.value) status.value = { ...status.value, unlocked: false };
      return follow(api['trainer:lock']({}));
    },
    /** A trainer call was refused as locked (idle too long on the server, or no PIN any more). */
    noteLocked(pinSet: boolean): void {
      status.value = status.value
        ? { ...status.value, unlocked: false, pinSet }
        : { pinSet, unlocked: false, lockedOutSeconds: 0, triesLeft: 0 };
    },
  };
});
