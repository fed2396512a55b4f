import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { ApiError, MethodInput } from '@shared/contract';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from '@shared/domain';
import { useApi } from '../api';

/** The kiosk's settings; the defaults hold until the store answers (or if it cannot). */
export const useSettingsStore = defineStore('settings', () => {
  const api = useApi();
  const settings = shallowRef<KioskSettings>({ ...DEFAULT_KIOSK_SETTINGS });
  const loaded = shallowRef(false);

  async function load(): Promise<void> {
    const result = await api['settings:get']({});
    if (result.ok) settings.value = result.value;
    loaded.value = true;
  }

  async function update(patch: MethodInput<'settings:update'>): Promise<ApiError | null> {
    const result = await api['settings:update'](patch);
    if (!result.ok) return result.error;
    settings.value = result.value;
    return null;
  }

  return { settings, loaded, load, update };
});
