import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '@shared/contract/result';
import type { Router } from 'vue-router';
import type { HistoryPage, ProgressSeries, SignedInMember } from '@shared/domain';
import App from '@renderer/App.vue';
import { mountWithApp } from '../support/mount-app';
import { SAM, START, arrivedAt, deferred, loggedSet, memberApi } from '../support/sessions';

const ALEX: SignedInMember = { id: 'member-2', label: 'Alex B.', unit: 'kg' };

const SAMS_SERIES: ProgressSeries = {
  exerciseId: 'bent-over-row',
  points: [{ sessionId: 's1', at: START, bestEstimated1rmKg: 53.3, topSetKg: 40 }],
  records: { heaviestLoad: null, bestEstimated1rm: null, mostRepsAtLoad: [] },
};

const SAMS_HISTORY: HistoryPage = {
  sessions: [{ id: 's1', planName: 'Back basics', startedAt: START, finishedAt: null, sets: [loggedSet()] }],
  nextBefore: null,
};

let mounted: VueWrapper | null = null;

/** The member signed in on the screen signs out from their home; the next one signs in by number. */
async function nextMember(wrapper: VueWrapper, router: Router): Promise<void> {
  await router.push('/member');
  await arrivedAt(router, 'member-home');
  await flushPromises();
  const signOut = wrapper.findAll('button').find((button) => button.text() === 'Sign out');
  await signOut?.trigger('click');
  await flushPromises();
  await arrivedAt(router, 'display');
  await router.push('/member/sign-in');
  await arrivedAt(router, 'member-sign-in');
  await flushPromises();
  for (const digit of '5678') {
    await wrapper
      .findAll('[aria-label="Member number"] button')
      .find((button) => button.text() === digit)
      ?.trigger('click');
  }
  await wrapper.get('form').trigger('submit');
  await flushPromises();
  await arrivedAt(router, 'member-home');
  await router.push('/member/progress');
  await arrivedAt(router, 'member-progress');
  await flushPromises();
}

/** A screen where Sam is signed in; each member's history answers when the test says. */
function twoMembersApi() {
  let signedIn: SignedInMember | null = SAM;
  const histories = new Map([
    [SAM.id, deferred<Result<HistoryPage>>()],
    [ALEX.id, deferred<Result<HistoryPage>>()],
  ]);
  const { api } = memberApi({
    methods: {
      'sessions:current': () => Promise.resolve(ok({ member: signedIn })),
      'sessions:home': () => Promise.resolve(ok({ member: signedIn ?? SAM, plans: [], openSession: null })),
      'sessions:sign-out': () => {
        signedIn = null;
        return Promise.resolve(ok({ signedOut: true }));
      },
      'sessions:sign-in': () => {
        signedIn = ALEX;
        return Promise.resolve(ok({ member: ALEX, plans: [], openSession: null }));
      },
      'sessions:history': () =>
        histories.get(signedIn?.id ?? '')?.promise ?? Promise.resolve(ok({ sessions: [], nextBefore: null })),
      'sessions:progress': () => Promise.resolve(ok(SAMS_SERIES)),
    },
  });
  const answer = (member: SignedInMember, page: HistoryPage): void =>
    histories.get(member.id)?.resolve(ok(page));
  return { api, answer };
}
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('one screen, one member after another', () => {
  it('shows the next member nothing of the one who signed out before them', async () => {
    const { api, answer } = twoMembersApi();
    const { wrapper, router } = await mountWithApp(App, api, '/member/progress');
    mounted = wrapper;
    answer(SAM, SAMS_HISTORY);
    await flushPromises();
    expect(wrapper.findAll('.history__session')).toHaveLength(1);
    expect(wrapper.find('svg.chart__svg').exists()).toBe(true);

    await nextMember(wrapper, router);
    // Alex's history is still on its way: nothing of Sam's in the meantime.
    expect(wrapper.get('.member-progress__who').text()).toBe('Alex B.');
    expect(wrapper.findAll('.history__session')).toHaveLength(0);
    expect(wrapper.find('svg.chart__svg').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Back basics');

    answer(ALEX, { sessions: [], nextBefore: null });
    await flushPromises();
    expect(wrapper.text()).toContain('No sessions yet.');
  });

  it('drops an answer for the member before when it comes late', async () => {
    const { api, answer } = twoMembersApi();
    const { wrapper, router } = await mountWithApp(App, api, '/member/progress');
    mounted = wrapper;
    await flushPromises();

    await nextMember(wrapper, router);
    answer(ALEX, { sessions: [], nextBefore: null });
    await flushPromises();
    expect(wrapper.text()).toContain('No sessions yet.');
    // Sam's history, asked for before Sam signed out, arrives only now.
    answer(SAM, SAMS_HISTORY);
    await flushPromises();
    expect(wrapper.text()).toContain('No sessions yet.');
    expect(wrapper.findAll('.history__session')).toHaveLength(0);
    expect(wrapper.text()).not.toContain('Back basics');
  });
});
