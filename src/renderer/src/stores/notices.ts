import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { StoreRecoveryNotice } from '@shared/domain';
import { useApi } from '../api';

/** What the kiosk has to tell a trainer about its own health (for now: a recovered data file). */
export const useNoticesStore = defineStore('notices', () => {
  const api = useApi();
  const storeRecovery = shallowRef<StoreRecoveryNotice | null>(null);

  async function load(): Promise<void> {
    const result = await api['system:notices']({});
    if (result.ok) storeRecovery.value = result.value.storeRecovery;
  }

  /** Hides the notice at once; it comes back on the next load only if the store kept it. */
  async function dismissStoreRecovery(): Promise<void> {
    storeRecovery.value = null;
    await api['system:dismiss-store-recovery']({});
    await load();
  }

  return { storeRecovery, load, dismissStoreRecovery };
});
