import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '@shared/contract';
import { fail, ok } from '@shared/contract/result';
import type { ImportReport } from '@shared/domain';
import TransferView from '@renderer/views/trainer/TransferView.vue';
import { exportFileName } from '@renderer/stores/library-transfer';
import { createFakeApi, listOf, summary } from './support/fake-api';
import { mountWithApp } from './support/mount-app';

type ImportInput = MethodInput<'library:import'>;

function report(dryRun: boolean): ImportReport {
  return {
    format: 'free-exercise-db',
    dryRun,
    counts: { added: 1, updated: 0, unchanged: 0, skipped: 1 },
    entries: [
      {
        index: 0,
        reference: 'Row',
        name: 'Cable row',
        outcome: 'added',
        exerciseId: 'free-exercise-db-row',
        reason: null,
        changes: [],
        notes: [{ code: 'unknown-muscle', value: 'wings' }],
      },
      {
        index: 1,
        reference: null,
        name: null,
        outcome: 'skipped',
        exerciseId: null,
        reason: { code: 'invalid-entry', value: 'missing level' },
        changes: [],
        notes: [],
      },
    ],
    equipmentAdded: [],
  };
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], text: string) {
  const input = wrapper.get<HTMLInputElement>('input[type="file"]');
  const file = new File([text], 'list.json', { type: 'application/json' });
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await flushPromises();
}

describe('import and export screen', () => {
  it('previews with a dry run, imports the same text only when confirmed, and shows what happened', async () => {
    const calls: ImportInput[] = [];
    const api = createFakeApi({
      'library:list': listOf([summary()]),
      'library:import': vi.fn((input: ImportInput) => {
        calls.push(input);
        return Promise.resolve(ok(report(input.dryRun === true)));
      }),
    });
    const { wrapper } = await mountWithApp(TransferView, api, '/trainer/transfer');
    await flushPromises();
    await chooseFile(wrapper, '[{"id":"Row"}]');

    expect(calls).toEqual([{ content: '[{"id":"Row"}]', dryRun: true }]);
    expect(wrapper.text()).toContain('What this import will do');
    expect(wrapper.text()).toContain('list.json: free-exercise-db list');
    expect(wrapper.text()).toContain('Left out the muscle wings, which is not known here.');
    expect(wrapper.text()).toContain('Entry 2');
    expect(wrapper.text()).toContain('Not a sound entry: missing level');

    const confirm = wrapper.findAll('button').find((b) => b.text() === 'Import one exercise');
    if (!confirm) throw new Error('no confirm button');
    await confirm.trigger('click');
    await flushPromises();
    expect(calls).toEqual([{ content: '[{"id":"Row"}]', dryRun: true }, { content: '[{"id":"Row"}]' }]);
    expect(wrapper.find('h3').text()).toBe('Imported');
  });

  it('shows a refused file with its message and offers another choice, importing nothing', async () => {
    const importer = vi.fn(() =>
      Promise.resolve(
        fail('invalid-input', 'The file is not valid JSON: oops', { field: 'content', reason: 'not-json' }),
      ),
    );
    const api = createFakeApi({
      'library:list': listOf([]),
      'library:import': importer,
    });
    const { wrapper } = await mountWithApp(TransferView, api, '/trainer/transfer');
    await chooseFile(wrapper, '{');
    expect(wrapper.get('[role="alert"]').text()).toContain('This file is not a JSON file.');
    expect(wrapper.text()).not.toContain('oops');
    expect(wrapper.findAll('button').map((b) => b.text())).toContain('Choose another file');
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('counts the entries a long report does not list among those left to show', async () => {
    const listed = Array.from({ length: 100 }, (_, index) => ({
      ...(report(true).entries[0] as ImportReport['entries'][number]),
      index,
      name: `Exercise ${index + 1}`,
      notes: [],
    }));
    const api = createFakeApi({
      'library:list': listOf([summary()]),
      'library:import': () =>
        Promise.resolve(
          ok({
            ...report(true),
            counts: { added: 9500, updated: 0, unchanged: 0, skipped: 0 },
            entries: listed,
          }),
        ),
    });
    const { wrapper } = await mountWithApp(TransferView, api, '/trainer/transfer');
    await flushPromises();
    await chooseFile(wrapper, '[]');

    expect(wrapper.findAll('.entry')).toHaveLength(40);
    expect(wrapper.text()).toContain('Exercise 40');
    expect(wrapper.text()).not.toContain('Exercise 41');
    expect(wrapper.text()).toContain('and 9,460 more');
  });

  it('names the file after the day of the export', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('gymdeck-library-2026-01-05.json');
  });

  it('shows how far a long import has got while it runs', async () => {
    vi.useFakeTimers();
    try {
      let finish: (value: ReturnType<typeof ok<ImportReport>>) => void = () => undefined;
      let progress = { stage: 'checking' as const, done: 4200, total: 9500 };
      const api = createFakeApi({
        'library:list': listOf([summary()]),
        'library:import': () => new Promise((resolve) => (finish = resolve)),
        'library:import-progress': () => Promise.resolve(ok({ progress })),
      });
      const { wrapper } = await mountWithApp(TransferView, api, '/trainer/transfer');
      await flushPromises();
      await chooseFile(wrapper, '[]');
      expect(wrapper.find('[role="progressbar"]').exists()).toBe(false);

      await vi.advanceTimersByTimeAsync(300);
      const bar = wrapper.get('[role="progressbar"]');
      expect(bar.attributes('aria-valuenow')).toBe('4200');
      expect(bar.attributes('aria-valuemax')).toBe('9500');
      expect(wrapper.text()).toContain('Checking 4,200 of 9,500 exercises…');

      progress = { stage: 'checking', done: 9000, total: 9500 };
      await vi.advanceTimersByTimeAsync(300);
      expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('9000');

      finish(ok(report(true)));
      await flushPromises();
      expect(wrapper.find('[role="progressbar"]').exists()).toBe(false);
      expect(wrapper.text()).toContain('What this import will do');
    } finally {
      vi.useRealTimers();
    }
  });
});
