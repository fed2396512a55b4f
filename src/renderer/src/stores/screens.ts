import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { PairedScreen } from '@shared/domain';
import { useApi } from '../api';

/** The screens paired with this Gymdeck, as a trainer manages them. */
export const useScreensStore = defineStore('screens', () => {
  const api = useApi();
  const screens = shallowRef<PairedScreen[]>([]);
  const error = shallowRef<ApiError | null>(null);

  async function load(): Promise<Result<PairedScreen[]>> {
    const result = await api['screens:list']({});
    if (result.ok) screens.value = result.value;
    error.value = result.ok ? null : result.error;
    return result;
  }

  async function reloadAfter(change: Promise<Result<PairedScreen>>): Promise<Result<PairedScreen>> {
    const result = await change;
    if (result.ok) await load();
    return result;
  }

  return {
    screens,
    error,
    load,
    pair: (code: string, name: string) => reloadAfter(api['screens:pair']({ code, name })),
    revoke: (id: string) => reloadAfter(api['screens:revoke']({ id })),
  };
});
