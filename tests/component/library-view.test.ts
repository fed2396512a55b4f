import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '@shared/contract';
import { fail, ok } from '@shared/contract/result';
import App from '@renderer/App.vue';
import { SEARCH_DEBOUNCE_MS } from '@renderer/stores/library';
import { LIBRARY_PAGE_SIZE } from '@shared/domain';
import { createFakeApi, exercise, listOf, pageOf, summary, VOCABULARY } from './support/fake-api';
import { mountWithApp } from './support/mount-app';

type ListInput = MethodInput<'library:list'>;

/** What the library screen asks for with these filters: their first page. */
const asked = (filters: ListInput = {}): ListInput => ({ ...filters, limit: LIBRARY_PAGE_SIZE });

const ROW = summary();
const PULL = summary({
  id: 'ex-2',
  name: 'Lat pulldown',
  primaryMuscles: ['lats'],
  secondaryMuscles: [],
  equipment: ['machine'],
  tags: ['strength'],
});
const VOCAB = {
  ...VOCABULARY,
  equipment: [...VOCABULARY.equipment, { id: 'machine', name: 'Machine' }, { id: 'unused', name: 'Unused' }],
  inUse: { muscles: ['rhomboids', 'lats'], equipment: ['cable', 'machine'] },
};

/** A list API that records each input and answers with the exercises a predicate keeps. */
function listApi() {
  const calls: ListInput[] = [];
  const list = vi.fn((input: ListInput) => {
    calls.push(input);
    return Promise.resolve(ok(pageOf([ROW, PULL], input)));
  });
  const api = createFakeApi({
    'library:list': list,
    'library:vocabulary': () => Promise.resolve(ok(VOCAB)),
  });
  return { api, calls };
}

const chip = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], group: string, name: string) => {
  const groupElement = wrapper.findAll('[role="group"]').find((g) => g.attributes('aria-label') === group);
  if (!groupElement) throw new Error(`no group ${group}`);
  const button = groupElement.findAll('button').find((b) => b.text().replace('✓', '').trim() === name);
  if (!button) throw new Error(`no chip ${name} in ${group}`);
  return button;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('library screen', () => {
  it('shows one tile per exercise, naming muscles and equipment in words, with a muscle map thumbnail', async () => {
    const { api } = listApi();
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    const tiles = wrapper.findAll('a.tile');
    expect(tiles.map((tile) => tile.get('h2').text())).toEqual(['Seated cable row', 'Lat pulldown']);
    // The tile is named by what it shows, so that a voice-control user can say what they see.
    expect(tiles[0]?.attributes('aria-label')).toBeUndefined();
    expect(tiles[0]?.text()).toContain('between the shoulder blades');
    expect(tiles[0]?.text()).toContain('Cable station');
    // The thumbnail follows the tile's text a frame later (see useAfterFirstPaint).
    const thumbnail = await vi.waitFor(() => tiles[0]?.get('.muscle-map--thumbnail'));
    expect(thumbnail?.get('g[data-muscle="rhomboids"]').classes()).toContain('muscle-map__region--primary');
    expect(thumbnail?.get('svg').attributes('aria-hidden')).toBe('true');
    expect(wrapper.get('[role="status"]').text()).toBe('2 exercises');
  });

  it('offers only chips that find something, and body regions from the vocabulary', async () => {
    const { api } = listApi();
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    const labels = (group: string) =>
      wrapper
        .findAll('[role="group"]')
        .find((g) => g.attributes('aria-label') === group)
        ?.findAll('button')
        .map((b) => b.text());
    expect(labels('Goal')).toEqual(['Strength', 'Posture']);
    expect(labels('Body region')).toEqual(['Upper back', 'Back']);
    expect(labels('Equipment')).toEqual(['Cable station', 'Machine']);
  });

  it('asks the store for the list again with each filter, and shows the choice as pressed', async () => {
    const { api, calls } = listApi();
    const { wrapper, router } = await mountWithApp(App, api);
    await flushPromises();
    calls.length = 0;

    await chip(wrapper, 'Goal', 'Posture').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(asked({ goal: 'posture' }));
    expect(chip(wrapper, 'Goal', 'Posture').attributes('aria-pressed')).toBe('true');

    await chip(wrapper, 'Body region', 'Upper back').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(asked({ goal: 'posture', muscles: ['rhomboids'] }));

    await chip(wrapper, 'Equipment', 'Machine').trigger('click');
    await chip(wrapper, 'Equipment', 'Cable station').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(
      asked({
        goal: 'posture',
        muscles: ['rhomboids'],
        equipment: ['machine', 'cable'],
      }),
    );
    expect(router.currentRoute.value.query).toEqual({
      region: 'upper back',
      equipment: ['machine', 'cable'],
      goal: 'posture',
    });

    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('Clear filters'))
      ?.trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(asked({}));
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('narrows a region to chosen muscles when the region has several', async () => {
    const vocabulary = {
      ...VOCAB,
      muscles: VOCAB.muscles.map((muscle) => ({ ...muscle, region: 'back' })),
    };
    const calls: ListInput[] = [];
    const api = createFakeApi({
      'library:list': (input) => {
        calls.push(input);
        return Promise.resolve(ok(pageOf([ROW, PULL], input)));
      },
      'library:vocabulary': () => Promise.resolve(ok(vocabulary)),
    });
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    await chip(wrapper, 'Body region', 'Back').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(asked({ muscles: ['rhomboids', 'lats'] }));
    await chip(wrapper, 'Muscle', 'Lats').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(asked({ muscles: ['lats'] }));
  });

  it('restores the filters from the route, so Back returns to the same list', async () => {
    const { api, calls } = listApi();
    const { wrapper } = await mountWithApp(App, api, '/library?q=row&goal=strength&equipment=cable');
    await flushPromises();

    expect(calls[0]).toEqual(asked({ query: 'row', goal: 'strength', equipment: ['cable'] }));
    expect((wrapper.get('input[type="search"]').element as HTMLInputElement).value).toBe('row');
    expect(chip(wrapper, 'Goal', 'Strength').attributes('aria-pressed')).toBe('true');
    const link = wrapper.get('a.tile').attributes('href');
    expect(link).toContain('#/library/ex-1?');
    expect(link).toContain('q=row');
  });

  it('types into the search with the on-screen keyboard, one request per pause in typing', async () => {
    vi.useFakeTimers();
    const { api, calls } = listApi();
    const { wrapper, router } = await mountWithApp(App, api);
    await flushPromises();
    calls.length = 0;

    expect(wrapper.find('[aria-label="Keyboard"]').exists()).toBe(false);
    await wrapper.get('input[type="search"]').trigger('focus');
    const keyboard = wrapper.get('[aria-label="Keyboard"]');
    const key = (name: string) => keyboard.get(`button[aria-label="${name}"]`);
    await key('r').trigger('click');
    await key('o').trigger('click');
    await key('w').trigger('click');
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    expect(calls).toEqual([asked({ query: 'row' })]);
    expect(router.currentRoute.value.query).toEqual({ q: 'row' });

    await key('Delete last letter').trigger('click');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    expect(calls.at(-1)).toEqual(asked({ query: 'ro' }));
    await key('Space').trigger('click');
    await keyboard
      .findAll('button')
      .find((b) => b.text() === 'Clear')
      ?.trigger('click');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    expect(calls.at(-1)).toEqual(asked({}));
    expect((wrapper.get('input[type="search"]').element as HTMLInputElement).value).toBe('');

    await keyboard
      .findAll('button')
      .find((b) => b.text() === 'Hide keyboard')
      ?.trigger('click');
    expect(wrapper.find('[aria-label="Keyboard"]').exists()).toBe(false);
  });

  it('keeps the newest answer when an older search answers late', async () => {
    vi.useFakeTimers();
    const answers: ((value: ReturnType<typeof ok<ReturnType<typeof pageOf>>>) => void)[] = [];
    const api = createFakeApi({
      'library:list': () => new Promise((resolve) => answers.push(resolve)),
      'library:vocabulary': () => Promise.resolve(ok(VOCAB)),
    });
    const { wrapper } = await mountWithApp(App, api);
    answers.shift()?.(ok(pageOf([ROW, PULL])));
    await flushPromises();
    await wrapper.get('input[type="search"]').setValue('r');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    await wrapper.get('input[type="search"]').setValue('lat');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    const [older, newer] = answers.splice(-2);
    newer?.(ok(pageOf([PULL])));
    await flushPromises();
    older?.(ok(pageOf([ROW, PULL])));
    await flushPromises();
    expect(wrapper.findAll('a.tile').map((tile) => tile.get('h2').text())).toEqual(['Lat pulldown']);
  });

  it('explains a failure and loads again when asked', async () => {
    const list = vi
      .fn<() => ReturnType<ReturnType<typeof createFakeApi>['library:list']>>()
      .mockResolvedValueOnce(fail('storage-read-only', 'The data folder cannot be read.'))
      .mockResolvedValue(ok(pageOf([summary()])));
    const api = createFakeApi({
      'library:list': list,
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('The data folder cannot be written to. Ask a trainer.');
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('a.tile')).toHaveLength(1);
  });

  it('says when nothing matches and offers the whole library again', async () => {
    const calls: ListInput[] = [];
    const api = createFakeApi({
      'library:list': (input) => {
        calls.push(input);
        return Promise.resolve(ok(pageOf(input.query ? [] : [ROW], input)));
      },
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api, '/library?q=zzz');
    await flushPromises();
    expect(wrapper.text()).toContain('No exercises match.');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Show all exercises')
      ?.trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual(asked({}));
    expect(wrapper.findAll('a.tile')).toHaveLength(1);
  });
});

describe('opening a card from the library', () => {
  it('opens a card with numbered steps, the prescription and a way back', async () => {
    const get = vi.fn(() => Promise.resolve(ok(exercise())));
    const api = createFakeApi({
      'library:get': get,
      'library:list': listOf([summary()]),
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api, '/library/ex-1');
    await flushPromises();

    expect(get).toHaveBeenCalledWith({ id: 'ex-1' });
    expect(wrapper.get('h1').text()).toBe('Seated cable row');
    expect(wrapper.findAll('.card__steps li').map((step) => step.text())).toEqual(exercise().steps);
    expect(wrapper.get('[role="group"]').text()).toContain('3 sets × 12 reps');
    expect(wrapper.get('[role="group"]').text()).toContain('60 s rest');
    expect(wrapper.text()).toContain('Back to the library');
  });

  it('says plainly when an exercise no longer exists', async () => {
    const api = createFakeApi({
      'library:get': () => Promise.resolve(fail('not-found', 'There is no exercise "gone".')),
      'library:list': listOf([]),
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api, '/library/gone');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('This exercise is not in the library any more.');
  });
});

describe('a large library', () => {
  it('draws the tiles a page at a time, and starts again at the top when the filters change', async () => {
    const many = Array.from({ length: 80 }, (_, index) =>
      summary({ id: `ex-${index}`, name: `Exercise ${String(index).padStart(2, '0')}` }),
    );
    const api = createFakeApi({
      'library:list': (input) => Promise.resolve(ok(pageOf(input.goal ? many.slice(0, 50) : many, input))),
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    expect(wrapper.get('[role="status"]').text()).toBe('80 exercises');
    expect(wrapper.findAll('a.tile')).toHaveLength(36);
    const more = () => wrapper.findAll('button').find((button) => button.text().startsWith('Show '));
    expect(more()?.text()).toBe('Show 36 more (of 44 left)');
    await more()?.trigger('click');
    await flushPromises();
    expect(wrapper.findAll('a.tile')).toHaveLength(72);
    await more()?.trigger('click');
    await flushPromises();
    expect(wrapper.findAll('a.tile')).toHaveLength(80);
    expect(more()).toBeUndefined();

    await chip(wrapper, 'Goal', 'Strength').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('a.tile')).toHaveLength(36);
    expect(more()?.text()).toBe('Show 14 more (of 14 left)');
  });
});
