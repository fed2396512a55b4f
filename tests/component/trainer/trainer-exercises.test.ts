import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import App from '@renderer/App.vue';
import type { GymdeckApi } from '@shared/contract/api';
import { fail, ok } from '@shared/contract/result';
import { LIBRARY_PAGE_SIZE, type ExerciseSummary, type MediaItem } from '@shared/domain';
import { createFakeApi, exercise, listOf, summary, VOCABULARY } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

async function open(path: string, methods: Partial<GymdeckApi> = {}) {
  const api = createFakeApi({ 'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)), ...methods });
  const mounted = await mountWithApp(App, api, path);
  await flushPromises();
  return mounted;
}

const byLabel = (wrapper: VueWrapper, label: string) => wrapper.get(`[aria-label="${label}"]`);

async function chooseFile(wrapper: VueWrapper, label: string, file: File): Promise<void> {
  const input = byLabel(wrapper, label);
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await flushPromises();
}

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const STILL: MediaItem = { id: 'm-1', kind: 'image', role: 'still', mimeType: 'image/png', byteSize: 8 };

describe('trainer exercise list', () => {
  it('lists exercises in use, archived ones behind a filter, and archives and restores them', async () => {
    let rows: ExerciseSummary[] = [summary(), summary({ id: 'ex-2', name: 'Old row', archived: true })];
    const setArchived = (id: string, archived: boolean) => {
      rows = rows
        .map((row) => (row.id === id ? { ...row, archived } : row))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      const row = rows.find((candidate) => candidate.id === id);
      return Promise.resolve(ok(exercise({ id, name: row?.name ?? id, archived })));
    };
    const archive = vi.fn(({ id }: { id: string }) => setArchived(id, true));
    const restore = vi.fn(({ id }: { id: string }) => setArchived(id, false));
    const list = vi.fn<GymdeckApi['library:list']>((input) => listOf(rows)(input));
    const { wrapper } = await open('/trainer/exercises', {
      'library:list': list,
      'library:archive': archive,
      'library:restore': restore,
    });
    expect(list).toHaveBeenCalledWith({ status: 'active', limit: LIBRARY_PAGE_SIZE });
    const names = () => wrapper.findAll('.trainer-list__name').map((n) => n.text());
    expect(names()).toEqual(['Seated cable row']);

    await byLabel(wrapper, 'Archive Seated cable row').trigger('click');
    await flushPromises();
    expect(archive).toHaveBeenCalledWith({ id: 'ex-1' });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Seated cable row is archived: members no longer see it.',
    );
    expect(names()).toEqual([]);

    await wrapper.get('input[type="radio"][value="archived"]').setValue(true);
    await flushPromises();
    expect(names()).toEqual(['Old row', 'Seated cable row']);
    expect(wrapper.get('label.chip--on').text()).toContain('Archived (2)');
    await byLabel(wrapper, 'Restore Old row').trigger('click');
    await flushPromises();
    expect(restore).toHaveBeenCalledWith({ id: 'ex-2' });
    expect(names()).toEqual(['Seated cable row']);
  });

  it('duplicates an exercise and says what the copy is called', async () => {
    const duplicate = vi.fn(() =>
      Promise.resolve(ok(exercise({ id: 'ex-9', name: 'Seated cable row (copy)' }))),
    );
    const rows = [summary()];
    duplicate.mockImplementation(() => {
      rows.push(summary({ id: 'ex-9', name: 'Seated cable row (copy)' }));
      return Promise.resolve(ok(exercise({ id: 'ex-9', name: 'Seated cable row (copy)' })));
    });
    const { wrapper } = await open('/trainer/exercises', {
      'library:list': listOf(rows),
      'library:duplicate': duplicate,
    });
    await byLabel(wrapper, 'Duplicate Seated cable row').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Copied Seated cable row as “Seated cable row (copy)”.',
    );
    expect(wrapper.findAll('.trainer-list__name').map((n) => n.text())).toEqual([
      'Seated cable row',
      'Seated cable row (copy)',
    ]);
  });

  it('reads a long list a page at a time', async () => {
    const rows = Array.from({ length: 40 }, (_, index) =>
      summary({ id: `ex-${index}`, name: `Exercise ${String(index).padStart(2, '0')}` }),
    );
    const list = vi.fn(listOf(rows));
    const { wrapper } = await open('/trainer/exercises', { 'library:list': list });
    expect(wrapper.findAll('.trainer-list__name')).toHaveLength(36);
    expect(wrapper.get('label.chip--on').text()).toContain('In use (40)');
    const more = wrapper.findAll('button').find((button) => button.text() === 'Show 4 more (of 4 left)');
    await more?.trigger('click');
    await flushPromises();
    expect(list).toHaveBeenLastCalledWith({ status: 'active', offset: 36, limit: LIBRARY_PAGE_SIZE });
    expect(
      wrapper
        .findAll('.trainer-list__name')
        .map((n) => n.text())
        .at(-1),
    ).toBe('Exercise 39');
  });
});

describe('trainer media', () => {
  const edit = (methods: Partial<GymdeckApi>) =>
    open('/trainer/exercises/ex-1', {
      'library:get': () => Promise.resolve(ok(exercise({ cues: ['Chest up', 'Sit tall'] }))),
      ...methods,
    });

  it('sends a chosen picture as base64 for its role and shows it', async () => {
    const attach = vi.fn(() => Promise.resolve(ok(exercise({ media: [STILL] }))));
    const { wrapper } = await edit({ 'library:attach-media': attach });

    await chooseFile(wrapper, 'Still picture: choose a picture', new File([PNG_BYTES], 'pose.png'));

    // The file is read on a later task.
    await vi.waitFor(() =>
      expect(attach).toHaveBeenCalledWith({ exerciseId: 'ex-1', role: 'still', data: 'iVBORw0KGgo=' }),
    );
    await flushPromises();
    expect(wrapper.find('[aria-label="Still picture: replace the picture"]').exists()).toBe(true);
    expect(wrapper.get('img[alt="Still picture of this exercise"]').attributes('src')).toBe('/media/m-1');
  });

  it('refuses a file over the limit before sending it, and shows a refusal from the service', async () => {
    const attach = vi.fn(() =>
      Promise.resolve(
        fail('invalid-input', 'data: this file is not a PNG, JPEG, WebP or GIF picture.', {
          field: 'data',
          reason: 'file-not-picture',
        }),
      ),
    );
    const { wrapper } = await edit({ 'library:attach-media': attach });

    const huge = new File([PNG_BYTES], 'huge.png');
    Object.defineProperty(huge, 'size', { value: 9 * 1024 * 1024 });
    await chooseFile(wrapper, 'Start pose: choose a picture', huge);
    expect(attach).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('This picture is larger than 8 MB.');

    await chooseFile(wrapper, 'End pose: choose a picture', new File(['<svg/>'], 'fake.png'));
    await vi.waitFor(() => expect(attach).toHaveBeenCalledTimes(1));
    await flushPromises();
    expect(wrapper.text()).toContain('This file is not a PNG, JPEG, WebP or GIF picture.');
  });

  it('removes a picture', async () => {
    const detach = vi.fn(() => Promise.resolve(ok(exercise({ media: [] }))));
    const { wrapper } = await open('/trainer/exercises/ex-1', {
      'library:get': () => Promise.resolve(ok(exercise({ cues: ['a', 'b'], media: [STILL] }))),
      'library:detach-media': detach,
    });
    await byLabel(wrapper, 'Still picture: remove').trigger('click');
    await flushPromises();
    expect(detach).toHaveBeenCalledWith({ exerciseId: 'ex-1', mediaId: 'm-1' });
    expect(wrapper.find('img[alt="Still picture of this exercise"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Still picture: removed.');
  });
});
