import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../src/shared/contract/result';
import App from '../../src/renderer/src/App.vue';
import { createFakeApi, exercise, summary, VOCABULARY } from './support/fake-api';
import { mountWithApp } from './support/mount-app';

describe('library screen', () => {
  it('shows one tile per exercise from the API, naming muscles and equipment from the vocabulary', async () => {
    const api = createFakeApi({
      'library:list': () => Promise.resolve(ok([summary(), summary({ id: 'ex-2', name: 'Face pull' })])),
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    const tiles = wrapper.findAll('a.tile');
    expect(tiles.map((tile) => tile.attributes('aria-label'))).toEqual([
      'Open Seated cable row',
      'Open Face pull',
    ]);
    expect(tiles[0]?.text()).toContain('Rhomboids');
    expect(tiles[0]?.text()).toContain('Cable station');
    expect(wrapper.get('[role="status"]').text()).toBe('2 exercises');
  });

  it('explains a failure and loads again when asked', async () => {
    const list = vi
      .fn<() => ReturnType<ReturnType<typeof createFakeApi>['library:list']>>()
      .mockResolvedValueOnce(fail('storage-read-only', 'The data folder cannot be read.'))
      .mockResolvedValueOnce(ok([summary()]));
    const api = createFakeApi({
      'library:list': list,
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api);
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('The data folder cannot be read.');
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('a.tile')).toHaveLength(1);
  });

  it('opens a card with numbered steps, the prescription and a way back', async () => {
    const get = vi.fn(() => Promise.resolve(ok(exercise())));
    const api = createFakeApi({
      'library:get': get,
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api, '/library/ex-1');
    await flushPromises();

    expect(get).toHaveBeenCalledWith({ id: 'ex-1' });
    expect(wrapper.get('h1').text()).toBe('Seated cable row');
    expect(wrapper.findAll('ol li').map((step) => step.text())).toEqual(exercise().steps);
    expect(wrapper.get('[role="group"]').text()).toContain('3 sets × 12 reps');
    expect(wrapper.get('[role="group"]').text()).toContain('60 s rest');
    expect(wrapper.text()).toContain('Back to the library');
  });

  it('says plainly when an exercise no longer exists', async () => {
    const api = createFakeApi({
      'library:get': () => Promise.resolve(fail('not-found', 'There is no exercise "gone".')),
      'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    });
    const { wrapper } = await mountWithApp(App, api, '/library/gone');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('This exercise is not in the library any more.');
  });
});
