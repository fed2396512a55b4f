import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Router } from 'vue-router';
import App from '@renderer/App.vue';
import { useTimerStore } from '@renderer/stores/timers';
import { ok } from '@shared/contract/result';
import { DEFAULT_KIOSK_SETTINGS } from '@shared/domain';
import { createFakeApi, listOf, summary, VOCABULARY } from '../support/fake-api';
import { mountTimerScreen } from './support';

function api(idleSeconds = 90) {
  return createFakeApi({
    'settings:get': () => Promise.resolve(ok({ ...DEFAULT_KIOSK_SETTINGS, idleSeconds })),
    'library:list': listOf([summary()]),
    'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
  });
}

/** The display loop is a chunk of its own, so arriving there takes a load as well as the timer. */
async function shows(router: Router, name: string): Promise<void> {
  await vi.waitFor(() => expect(router.currentRoute.value.name).toBe(name), { timeout: 10_000 });
}

describe('idle return', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes back to the display loop after the idle time; any touch starts the wait again', async () => {
    const { wrapper, router } = await mountTimerScreen(App, api(), '/library');
    await flushPromises();
    await vi.advanceTimersByTimeAsync(80_000);
    window.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(80_000);
    expect(router.currentRoute.value.name).toBe('library');
    await vi.advanceTimersByTimeAsync(10_000);
    await shows(router, 'display');
    wrapper.unmount();
  });

  it('takes the idle time from the settings', async () => {
    const { wrapper, router } = await mountTimerScreen(App, api(30), '/library');
    await flushPromises();
    await vi.advanceTimersByTimeAsync(30_000);
    await shows(router, 'display');
    wrapper.unmount();
  });

  it('waits while a timer is counting, and starts the wait when it stops', async () => {
    const { wrapper, router } = await mountTimerScreen(App, api(), '/library');
    await flushPromises();
    const timers = useTimerStore();
    timers.counting = true;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(router.currentRoute.value.name).toBe('library');
    timers.counting = false;
    await vi.advanceTimersByTimeAsync(89_000);
    expect(router.currentRoute.value.name).toBe('library');
    await vi.advanceTimersByTimeAsync(1_000);
    await shows(router, 'display');
    wrapper.unmount();
  });
});
