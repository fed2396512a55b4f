import { flushPromises } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { createApp, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import type { CallTransport } from '@shared/contract/api';
import { fail, ok, type Result } from '@shared/contract/result';
import { installAccessGuard, onRefusedCall } from '@renderer/access';
import { API_KEY } from '@renderer/api';
import { createApiClient } from '@renderer/api/client';
import { usePairingStore } from '@renderer/stores/pairing';
import { useTrainerStore } from '@renderer/stores/trainer';

const Blank = defineComponent({ render: () => h('div') });
const UNLOCKED = { pinSet: true, unlocked: true, lockedOutSeconds: 0, triesLeft: 5 };
const LOCKED = { ...UNLOCKED, unlocked: false };

/**
 * The app's access guard and refusal handling on a router of three screens: the display (whose code
 * arrives when the test says), a trainer screen, and the PIN pad. `trainer:lock` answers, as the server
 * would, the trainer call that was still on its way: refused, trainer mode locked.
 */
function screen() {
  let arrive: (component: Component) => void = () => undefined;
  const displayLoaded = new Promise<Component>((resolve) => (arrive = resolve));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'display', component: () => displayLoaded },
      { path: '/trainer/members', name: 'trainer-members', component: Blank, meta: { trainer: true } },
      { path: '/trainer/unlock', name: 'trainer-unlock', component: Blank },
    ],
  });
  const app = createApp(Blank);
  const pinia = createPinia();
  app.use(pinia);
  const stores = () => app.runWithContext(() => ({ trainer: useTrainerStore(), pairing: usePairingStore() }));
  let answerPending: (result: Result<unknown>) => void = () => undefined;
  let locks = 0;
  const transport: CallTransport = (method) => {
    if (method === 'trainer:status') return Promise.resolve(ok(UNLOCKED));
    if (method === 'trainer:lock') {
      locks += 1;
      answerPending(fail('forbidden', 'Trainer mode is locked.', { reason: 'trainer-locked' }));
      return Promise.resolve(ok(LOCKED));
    }
    return new Promise((resolve) => (answerPending = resolve));
  };
  const api = createApiClient(transport, onRefusedCall(router, stores));
  app.provide(API_KEY, api);
  installAccessGuard(router, stores);
  return { router, api, arrive, locks: () => locks };
}

describe('the access guard', () => {
  it('opens a trainer screen while trainer mode is unlocked, and locks it once the screen has left', async () => {
    const { router, api, arrive, locks } = screen();
    await router.push('/trainer/members');
    expect(router.currentRoute.value.name).toBe('trainer-members');

    // The trainer screen is still loading its list when the trainer goes back to the display.
    const stillLoading = api['members:list']({});
    const leaving = router.push('/');
    await flushPromises();
    expect(locks()).toBe(0);
    arrive(Blank);
    await leaving;
    await flushPromises();

    expect(locks()).toBe(1);
    expect((await stillLoading).ok).toBe(false);
    // The refusal of the call left behind does not send the screen to the PIN pad.
    expect(router.currentRoute.value.name).toBe('display');
  });

  it('sends a trainer call refused on a trainer screen to the PIN pad, and back there after', async () => {
    const { router, api, arrive } = screen();
    arrive(Blank);
    await router.push('/trainer/members');
    const refused = api['members:list']({});
    await api['trainer:lock']({});
    await refused;
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('trainer-unlock');
    expect(router.currentRoute.value.query).toEqual({ to: '/trainer/members' });
  });
});
