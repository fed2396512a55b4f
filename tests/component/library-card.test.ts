import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '@shared/contract/result';
import type { Exercise, MediaItem } from '@shared/domain';
import App from '@renderer/App.vue';
import { mediaUrl } from '@renderer/api/media-url';
import type { PreloadBridge } from '@renderer/api/ipc-transport';
import { createFakeApi, exercise, listOf, summary, VOCABULARY } from './support/fake-api';
import { mountWithApp } from './support/mount-app';

const LIST = [
  summary({ id: 'a', name: 'Face pull' }),
  summary({ id: 'b', name: 'Reverse fly' }),
  summary({ id: 'c', name: 'Seated cable row' }),
];

function cardApi(overrides: Partial<Exercise> = {}, list = LIST) {
  const get = vi.fn(({ id }: { id: string }) =>
    Promise.resolve(
      ok(exercise({ id, name: list.find((item) => item.id === id)?.name ?? id, ...overrides })),
    ),
  );
  const api = createFakeApi({
    'library:get': get,
    'library:list': vi.fn(listOf(list)),
    'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
  });
  return { api, get };
}

async function openCard(path: string, overrides: Partial<Exercise> = {}, list = LIST) {
  const { api, get } = cardApi(overrides, list);
  const mounted = await mountWithApp(App, api, path);
  await flushPromises();
  return { ...mounted, get };
}

const media = (id: string, kind: MediaItem['kind'], role: MediaItem['role']): MediaItem => ({
  id,
  kind,
  role,
  mimeType: kind === 'video' ? 'video/mp4' : 'image/jpeg',
  byteSize: 1000,
});

function reduceMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('exercise card', () => {
  it('shows the muscle map with a legend in words, equipment, numbered steps, cues and the prescription', async () => {
    const { wrapper } = await openCard('/library/b', {
      cues: ['Chest up', 'Slow down', 'Breathe out', 'A fourth cue'],
    });
    const map = wrapper.get('.card__visual .muscle-map--full');
    expect(map.get('svg').attributes('aria-label')).toBe(
      'Muscle map. Works: between the shoulder blades. Also works: lats.',
    );
    expect(map.findAll('.muscle-map__key dt').map((dt) => dt.text())).toEqual(['Works', 'Also works']);
    expect(wrapper.get('.card__equipment').text()).toBe('Equipment Cable station');
    expect(wrapper.findAll('.card__steps ol > li').map((li) => li.text())).toEqual(exercise().steps);
    expect(wrapper.findAll('.card__cues li').map((li) => li.text())).toEqual([
      'Chest up',
      'Slow down',
      'Breathe out',
    ]);
    const prescription = wrapper.get('[role="group"][aria-label="Suggested"]');
    expect(prescription.findAll('span').map((part) => part.text())).toEqual([
      '3 sets × 12 reps',
      '60 s rest',
    ]);
    expect(wrapper.find('.card__source').exists()).toBe(false);
  });

  it('gives the source and licence where the exercise has one', async () => {
    const { wrapper } = await openCard('/library/a', {
      source: { name: 'free-exercise-db', url: null, reference: null, licence: 'Unlicense' },
    });
    expect(wrapper.get('.card__source').text()).toBe('Source: free-exercise-db · Licence: Unlicense');
  });

  it('leads "Start rest" to the rest timer with the exercise’s rest default', async () => {
    const { wrapper } = await openCard('/library/b');
    const rest = wrapper.findAll('a').find((link) => link.text().startsWith('Start rest'));
    expect(rest?.text()).toBe('Start rest · 60 s');
    expect(rest?.attributes('href')).toBe('#/rest?seconds=60&exercise=b');
  });

  it('names the arrows after the neighbouring exercises and hides the ones past the ends', async () => {
    const { wrapper } = await openCard('/library/b');
    const names = wrapper.findAll('nav button').map((button) => button.text().replace(/\s+/g, ' '));
    expect(names).toEqual(['Previous Face pull', 'Next Seated cable row']);
    expect(wrapper.text()).toContain('2 of 3');

    const first = await openCard('/library/a');
    const previous = first.wrapper.get('nav button');
    expect(previous.attributes('disabled')).toBeDefined();
    expect(previous.classes()).toContain('card-screen__step--none');
  });

  it('moves through the current list with the arrows, keeping the list in the route', async () => {
    const { wrapper, router } = await openCard('/library/a?goal=posture');
    await wrapper.get('button.card-screen__step--next').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/library/b?goal=posture');
    expect(wrapper.get('h1').text()).toBe('Reverse fly');
    await wrapper.get('button.card-screen__step--previous').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.params.id).toBe('a');
    const back = wrapper.findAll('a').find((link) => link.text().includes('Back to the library'));
    expect(back?.attributes('href')).toBe('#/library?goal=posture');
  });

  it('goes on past the end of a page, and opened deep in a long list still finds its neighbours', async () => {
    const long = Array.from({ length: 80 }, (_, index) =>
      summary({ id: `ex-${index}`, name: `Exercise ${String(index).padStart(2, '0')}` }),
    );
    const { wrapper, router } = await openCard('/library/ex-34', {}, long);
    expect(wrapper.text()).toContain('35 of 80');
    const arrows = (card: typeof wrapper) =>
      card.findAll('nav button').map((button) => button.text().replace(/\s+/g, ' ').trim());
    expect(arrows(wrapper)).toEqual(['Previous Exercise 33', 'Next Exercise 35']);
    await wrapper.get('button.card-screen__step--next').trigger('click');
    await flushPromises();
    // The 36th is the last of the first page: the next page is read, and the arrow leads on.
    expect(wrapper.text()).toContain('36 of 80');
    expect(arrows(wrapper)).toEqual(['Previous Exercise 34', 'Next Exercise 36']);
    await wrapper.get('button.card-screen__step--next').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.params.id).toBe('ex-36');

    // A link (or a reload) straight to the 37th card reads the page holding it, then the one before.
    const deep = await openCard('/library/ex-36', {}, long);
    expect(deep.wrapper.text()).toContain('37 of 80');
    expect(arrows(deep.wrapper)).toEqual(['Previous Exercise 35', 'Next Exercise 37']);
  });

  it('follows a swipe left or right past the threshold, and ignores short or vertical moves', async () => {
    const { wrapper, router } = await openCard('/library/b');
    const stage = wrapper.get('.card-screen__stage');
    const swipe = async (dx: number, dy = 0) => {
      await stage.trigger('pointerdown', { pointerId: 1, clientX: 500, clientY: 500, pointerType: 'touch' });
      await stage.trigger('pointerup', {
        pointerId: 1,
        clientX: 500 + dx,
        clientY: 500 + dy,
        pointerType: 'touch',
      });
      await flushPromises();
    };

    await swipe(-30);
    await swipe(-200, 300);
    expect(router.currentRoute.value.params.id).toBe('b');
    await swipe(-200);
    expect(router.currentRoute.value.params.id).toBe('c');
    await swipe(250);
    expect(router.currentRoute.value.params.id).toBe('b');
  });

  it('answers the keyboard arrows', async () => {
    const { router } = await openCard('/library/b');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    await flushPromises();
    expect(router.currentRoute.value.params.id).toBe('c');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    await flushPromises();
    expect(router.currentRoute.value.params.id).toBe('b');
  });

  it('fetches the neighbouring cards ahead so a swipe shows them at once', async () => {
    const { get } = await openCard('/library/b');
    expect(get.mock.calls.map(([input]) => input.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('exercise media', () => {
  it('shows the movement figure, ahead of the trainer’s video where chosen, and none where hidden', async () => {
    reduceMotion(false);
    const video = media('vid-1', 'video', 'loop');
    const shown = async (overrides: Partial<Exercise>) => {
      const { wrapper } = await openCard('/library/a', { figure: 'face-pull', ...overrides });
      return {
        figure: wrapper.find('.card [data-figure="face-pull"]').exists(),
        video: wrapper.find('video').exists(),
        map: wrapper.find('.card__map').exists(),
      };
    };
    expect(await shown({})).toEqual({ figure: true, video: false, map: true });
    expect(await shown({ media: [video] })).toEqual({ figure: false, video: true, map: true });
    expect(await shown({ media: [video], figureChoice: 'first' })).toEqual({
      figure: true,
      video: false,
      map: true,
    });
    expect(await shown({ figureChoice: 'hide' })).toEqual({ figure: false, video: false, map: true });
    expect(await shown({ media: [video], figureChoice: 'hide' })).toEqual({
      figure: false,
      video: true,
      map: true,
    });
  });

  it('gives the muscle map the space when there is no media', async () => {
    const { wrapper } = await openCard('/library/a');
    expect(wrapper.find('.media').exists()).toBe(false);
    expect(wrapper.find('.card--media').exists()).toBe(false);
    expect(wrapper.find('.card__map').exists()).toBe(true);
  });

  it('loops a video, muted, from the media address', async () => {
    const { wrapper } = await openCard('/library/a', {
      media: [media('img-1', 'image', 'still'), media('vid-1', 'video', 'loop')],
    });
    const video = wrapper.get('video');
    expect(video.attributes('src')).toBe('/media/vid-1');
    expect(video.attributes('aria-label')).toBe('Video of Face pull');
    const element = video.element as HTMLVideoElement;
    expect(element.muted).toBe(true);
    expect(element.loop).toBe(true);
    expect(element.autoplay).toBe(true);
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('.card--media .card__map').exists()).toBe(true);
  });

  it('alternates a start and an end pose, each named in words', async () => {
    vi.useFakeTimers();
    reduceMotion(false);
    const { wrapper } = await openCard('/library/a', {
      media: [media('end-1', 'image', 'end'), media('start-1', 'image', 'start')],
    });
    const poses = () =>
      wrapper.findAll('.media__pose').map((pose) => (pose.element as HTMLElement).style.display !== 'none');
    expect(wrapper.findAll('img').map((img) => [img.attributes('src'), img.attributes('alt')])).toEqual([
      ['/media/start-1', 'Face pull: Start position'],
      ['/media/end-1', 'Face pull: End position'],
    ]);
    expect(poses()).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(poses()).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(poses()).toEqual([true, false]);
  });

  it('shows both poses side by side, still, when the system asks for less motion', async () => {
    vi.useFakeTimers();
    reduceMotion(true);
    const { wrapper } = await openCard('/library/a', {
      media: [media('start-1', 'image', 'start'), media('end-1', 'image', 'end')],
    });
    const visible = () =>
      wrapper.findAll('.media__pose').filter((pose) => (pose.element as HTMLElement).style.display !== 'none')
        .length;
    expect(visible()).toBe(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(visible()).toBe(2);
    expect(wrapper.findAll('figcaption').map((caption) => caption.text())).toEqual([
      'Start position',
      'End position',
    ]);
  });

  it('shows a single still picture', async () => {
    const { wrapper } = await openCard('/library/a', { media: [media('still-1', 'image', 'still')] });
    expect(wrapper.get('img').attributes('src')).toBe('/media/still-1');
    expect(wrapper.get('img').attributes('alt')).toBe('Picture of Face pull');
  });
});

describe('media address', () => {
  it('is a path on the page’s own server in web mode, and the shell’s protocol inside Electron', () => {
    expect(mediaUrl('abc', {})).toBe('/media/abc');
    expect(mediaUrl('a b/c', {})).toBe('/media/a%20b%2Fc');
    expect(mediaUrl('abc', { gymdeck: {} as PreloadBridge })).toBe('gymdeck-media://media/abc');
  });
});
