import { inject, type InjectionKey } from 'vue';

/** Starts the app afresh, as after a restored backup, when every screen's data must be read again. */
export const APP_RELOAD_KEY: InjectionKey<() => void> = Symbol('gymdeck-app-reload');

/** The page reload by default; tests provide their own under APP_RELOAD_KEY. */
export function useAppReload(): () => void {
  return inject(APP_RELOAD_KEY, () => window.location.reload(), false);
}
