import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '@shared/contract/result';
import type { ActiveRun } from '@shared/domain';
import App from '@renderer/App.vue';
import { useMemberProgressStore } from '@renderer/stores/member-progress';
import { useMemberSessionStore } from '@renderer/stores/member-session';
import { mountTimerScreen } from '../timers/support';
import { START, arrivedAt, loggedSet, memberApi, sessionItem, sessionView } from '../support/sessions';

let mounted: VueWrapper | null = null;

describe('idle return on a member’s screens', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => {
    mounted?.unmount();
    mounted = null;
    vi.useRealTimers();
  });

  it('waits for a rest to end, then signs the member out and leaves nothing of them on screen', async () => {
    const signOuts: unknown[] = [];
    const run: ActiveRun = {
      kind: 'countdown',
      restSeconds: 90,
      exerciseId: 'bent-over-row',
      countdown: { durationMs: 90_000, endsAt: START + 30_000, pausedRemainingMs: null },
    };
    const { api } = memberApi({
      session: sessionView([sessionItem({ logged: [loggedSet()] })]),
      run,
      methods: {
        'sessions:sign-out': (input) => {
          signOuts.push(input);
          return Promise.resolve(ok({ signedOut: true }));
        },
      },
    });
    const { wrapper, router } = await mountTimerScreen(App, api, '/member/session/session-1');
    mounted = wrapper;
    await flushPromises();
    expect(wrapper.find('[aria-label="Rest"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('Sam K.');

    // 30 s of rest, then 80 of the 90 idle seconds: still the member's.
    await vi.advanceTimersByTimeAsync(110_000);
    expect(router.currentRoute.value.name).toBe('member-session');
    expect(signOuts).toEqual([]);

    await vi.advanceTimersByTimeAsync(10_000);
    await arrivedAt(router, 'display');
    expect(signOuts).toEqual([{}]);
    const store = useMemberSessionStore();
    expect([store.member, store.session, store.summary, store.plans]).toEqual([null, null, null, []]);
    expect(wrapper.text()).not.toContain('Sam');
    expect(wrapper.text()).not.toContain('Back basics');
  });

  it('forgets the history a member’s progress screen showed', async () => {
    const { api } = memberApi({
      methods: {
        'sessions:history': () =>
          Promise.resolve(
            ok({
              sessions: [
                {
                  id: 's1',
                  planName: 'Back basics',
                  startedAt: START,
                  finishedAt: null,
                  sets: [loggedSet()],
                },
              ],
              nextBefore: null,
            }),
          ),
        'sessions:progress': () =>
          Promise.resolve(
            ok({
              exerciseId: 'bent-over-row',
              points: [{ sessionId: 's1', at: START, bestEstimated1rmKg: 53.3, topSetKg: 40 }],
              records: { heaviestLoad: null, bestEstimated1rm: null, mostRepsAtLoad: [] },
            }),
          ),
      },
    });
    const { wrapper, router } = await mountTimerScreen(App, api, '/member/progress');
    mounted = wrapper;
    await flushPromises();
    const progress = useMemberProgressStore();
    expect(progress.sessions).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(90_000);
    await arrivedAt(router, 'display');
    expect(progress.sessions).toEqual([]);
    expect(progress.series).toBeNull();
    expect(wrapper.text()).not.toContain('Sam');
  });
});
