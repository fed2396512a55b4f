import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import App from '@renderer/App.vue';
import { ok } from '@shared/contract/result';
import type { StoreRecoveryNotice } from '@shared/domain';
import { createFakeApi } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

const RESTORED: StoreRecoveryNotice = {
  at: Date.UTC(2026, 10, 24, 7, 30),
  restoredFrom: 'gymdeck-20261123T073000Z.db',
  keptAs: 'gymdeck.db.damaged-1795505400000',
};

/** The trainer home over a store that holds `notice` until it is dismissed. */
async function trainerHome(notice: StoreRecoveryNotice | null) {
  let stored = notice;
  let dismissals = 0;
  const api = createFakeApi({
    'system:notices': () => Promise.resolve(ok({ storeRecovery: stored })),
    'system:dismiss-store-recovery': () => {
      dismissals += 1;
      const dismissed = stored !== null;
      stored = null;
      return Promise.resolve(ok({ dismissed }));
    },
  });
  const { wrapper } = await mountWithApp(App, api, '/trainer');
  await flushPromises();
  return { wrapper, dismissals: () => dismissals };
}

describe('the store recovery notice on the trainer home', () => {
  it('says which backup was put back and where the damaged file is, until a trainer dismisses it', async () => {
    const { wrapper, dismissals } = await trainerHome(RESTORED);
    const notice = wrapper.get('[role="alert"]');
    expect(notice.text()).toContain('The data file was damaged');
    expect(notice.text()).toContain('gymdeck-20261123T073000Z.db');
    expect(notice.text()).toContain('gymdeck.db.damaged-1795505400000');
    expect(notice.text()).toContain('2026');

    await notice.get('button').trigger('click');
    await flushPromises();
    expect(dismissals()).toBe(1);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('says the library started again when no backup could be used', async () => {
    const { wrapper } = await trainerHome({ ...RESTORED, restoredFrom: null });
    expect(wrapper.get('[role="alert"]').text()).toContain('started again with the built-in library');
  });

  it('shows nothing when the store is healthy', async () => {
    const { wrapper } = await trainerHome(null);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Exercises');
  });
});
