import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '@renderer/App.vue';
import { ok } from '@shared/contract/result';
import type { ActiveRun } from '@shared/domain';
import { createFakeApi, exercise } from '../support/fake-api';
import { mountTimerScreen } from './support';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);

function fakeTimerApi(stored: ActiveRun | null = null) {
  const saved: ActiveRun[] = [];
  const api = createFakeApi({
    'timers:get-run': () => Promise.resolve(ok({ run: stored })),
    'timers:save-run': ({ run }) => {
      saved.push(run as ActiveRun);
      return Promise.resolve(ok(run as ActiveRun));
    },
    'timers:clear-run': () => Promise.resolve(ok({ cleared: true })),
    'library:get': () => Promise.resolve(ok(exercise({ id: 'face-pull', name: 'Face pull' }))),
  });
  return { api, saved };
}

const digits = (wrapper: { get: (s: string) => { text: () => string } }): string =>
  wrapper.get('.dial__digits').text();

describe('rest timer screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('starts a countdown, stores it, and counts down from the clock', async () => {
    const { api, saved } = fakeTimerApi();
    const { wrapper } = await mountTimerScreen(App, api, '/rest?seconds=45&exercise=face-pull');
    await flushPromises();
    expect(digits(wrapper)).toBe('45');
    expect(saved[0]).toEqual({
      kind: 'countdown',
      restSeconds: 45,
      exerciseId: 'face-pull',
      countdown: { durationMs: 45_000, endsAt: START + 45_000, pausedRemainingMs: null },
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(digits(wrapper)).toBe('35');
    expect(wrapper.text()).toContain('Then: Face pull');
    wrapper.unmount();
  });

  it('stores every change, so a reload resumes it: +15 s and pause', async () => {
    const { api, saved } = fakeTimerApi();
    const { wrapper } = await mountTimerScreen(App, api, '/rest?seconds=60');
    await flushPromises();
    await vi.advanceTimersByTimeAsync(5_000);
    const buttons = wrapper.findAll('[role="group"] button');
    await buttons.find((b) => b.text() === '+15 s')?.trigger('click');
    await buttons.find((b) => b.text().includes('Pause'))?.trigger('click');
    await flushPromises();
    expect(saved.at(-1)).toMatchObject({ countdown: { endsAt: null, pausedRemainingMs: 70_000 } });
    expect(digits(wrapper)).toBe('1:10');
    wrapper.unmount();
  });

  it('resumes a stored rest of the same length with the time left, and plays the end once unlocked', async () => {
    const stored: ActiveRun = {
      kind: 'countdown',
      restSeconds: 90,
      exerciseId: null,
      countdown: { durationMs: 90_000, endsAt: START + 4_000, pausedRemainingMs: null },
    };
    const { api, saved } = fakeTimerApi(stored);
    const { wrapper, sound } = await mountTimerScreen(App, api, '/rest?seconds=90');
    await flushPromises();
    expect(digits(wrapper)).toBe('4');
    expect(saved).toEqual([]);
    sound.unlock();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sound.played).toEqual(['tick', 'tick', 'last-tick', 'done']);
    expect(wrapper.text()).toContain('Rest is over');
    wrapper.unmount();
  });
});
