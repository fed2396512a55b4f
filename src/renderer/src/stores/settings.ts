import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { MethodInput, Result } from '@shared/contract';
import { DEFAULT_KIOSK_SETTINGS, type KioskSettings } from '@shared/domain';
import { useApi } from '../api';

/** The kiosk's settings; the defaults hold until the store answers (or if it cannot). */
export const useSettingsStore = defineStore('settings', () => {
  const api = useApi();
  const settings = shallowRef<KioskSettings>({ ...DEFAULT_KIOSK_SETTINGS });
  const loaded = shallowRef(false);

  async function load(): Promise<Result<KioskSettings>> {
    const result = await api['settings:get']({});
    if (result.ok) settings.value = result.value;
    loaded.value = true;
    return result;
  }

  async function update(patch: MethodInput<'settings:update'>): Promise<Result<KioskSettings>> {
    const result = await api['settings:update'](patch);
    if (result.ok) settings.value = result.value;
    return result;
  }

  return { settings, loaded, load, update };
});
