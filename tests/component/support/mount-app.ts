import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import type { GymdeckApi } from '@shared/contract/api';
import { API_KEY } from '@renderer/api';
import { createAppI18n } from '@renderer/i18n';
import { createAppRouter } from '@renderer/router';

/**
 * Mounts a component with the app's real plugins and a fake API, the way main.ts wires them; `provide`
 * adds other injected parts (a clock, a sound), `attachTo` puts it in the document.
 */
export async function mountWithApp(
  component: Component,
  api: GymdeckApi,
  path = '/library',
  options: { provide?: Record<symbol, unknown>; attachTo?: HTMLElement } = {},
) {
  const router = createAppRouter();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    ...(options.attachTo ? { attachTo: options.attachTo } : {}),
    global: {
      plugins: [createPinia(), createAppI18n(), router],
      provide: { [API_KEY as symbol]: api, ...options.provide },
    },
  });
  return { wrapper, router };
}
