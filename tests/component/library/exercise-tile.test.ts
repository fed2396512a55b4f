import { defineComponent, h } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExerciseTile from '@renderer/components/library/ExerciseTile.vue';
import { createFakeApi, summary } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

/** Runs the queued animation frame by hand, then the task it queued: the paint in between is the browser's. */
function stubFrames(): () => void {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return () => {
    for (const frame of frames.splice(0)) frame(performance.now());
  };
}

async function mountTile(overrides: Parameters<typeof summary>[0]) {
  const tile = defineComponent(() => () => h(ExerciseTile, { exercise: summary(overrides) }));
  const { wrapper } = await mountWithApp(tile, createFakeApi({}));
  return wrapper;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('exercise tile', () => {
  it('shows its name and facts first and its figure after the first paint, in space kept for it', async () => {
    vi.useFakeTimers();
    const paint = stubFrames();
    const wrapper = await mountTile({ name: 'Face pull', figure: 'face-pull' });

    expect(wrapper.find('h2').text()).toBe('Face pull');
    expect(wrapper.find('svg').exists()).toBe(false);
    expect(wrapper.find('.tile__figure').exists()).toBe(true);

    paint();
    expect(wrapper.find('svg').exists()).toBe(false);
    vi.runAllTimers();
    await wrapper.vm.$nextTick();
    expect(wrapper.find('.tile__figure svg').exists()).toBe(true);
  });

  it('keeps a muscle map’s space the same way where the exercise shows no figure', async () => {
    vi.useFakeTimers();
    const paint = stubFrames();
    const wrapper = await mountTile({ figure: null });

    expect(wrapper.find('.tile__map--pending').exists()).toBe(true);
    paint();
    vi.runAllTimers();
    await wrapper.vm.$nextTick();
    expect(wrapper.find('.tile__map--pending').exists()).toBe(false);
    expect(wrapper.find('.tile__map svg').exists()).toBe(true);
  });

  it('draws nothing late once it has left the screen', async () => {
    vi.useFakeTimers();
    const paint = stubFrames();
    const wrapper = await mountTile({ figure: 'face-pull' });
    paint();
    wrapper.unmount();
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
  });
});
