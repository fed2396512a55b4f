import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { Result } from '@shared/contract';
import type { StoreRecoveryNotice, SystemNotices } from '@shared/domain';
import { useApi } from '../api';

/** What the kiosk has to tell a trainer about its own health (for now: a recovered data file). */
export const useNoticesStore = defineStore('notices', () => {
  const api = useApi();
  const storeRecovery = shallowRef<StoreRecoveryNotice | null>(null);

  async function load(): Promise<Result<SystemNotices>> {
    const result = await api['system:notices']({});
    if (result.ok) storeRecovery.value = result.value.storeRecovery;
    return result;
  }

  /** Hides the notice at once; it comes back on the next load only if the store kept it. */
  async function dismissStoreRecovery(): Promise<Result<{ dismissed: boolean }>> {
    storeRecovery.value = null;
    const result = await api['system:dismiss-store-recovery']({});
    await load();
    return result;
  }

  return { storeRecovery, load, dismissStoreRecovery };
});
