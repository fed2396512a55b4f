import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '@shared/contract';
import { ok } from '@shared/contract/result';
import { LIBRARY_PAGE_MAX } from '@shared/domain';
import ExercisePicker from '@renderer/components/trainer/ExercisePicker.vue';
import { SEARCH_DEBOUNCE_MS } from '@renderer/stores/library';
import { createFakeApi, pageOf, summary } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

const MANY = Array.from({ length: 250 }, (_, index) =>
  summary({ id: `ex-${index}`, name: `Exercise ${String(index).padStart(3, '0')}` }),
);

function pickerApi() {
  const asked: MethodInput<'library:list'>[] = [];
  const api = createFakeApi({
    'library:list': (input) => {
      asked.push(input);
      const text = input.query ?? '';
      return Promise.resolve(
        ok(
          pageOf(
            MANY.filter((e) => e.name.includes(text)),
            input,
          ),
        ),
      );
    },
  });
  return { api, asked };
}

afterEach(() => vi.useRealTimers());

describe('exercise picker of the circuit editor', () => {
  it('offers a page of a large library, says there are more, and narrows as the trainer types', async () => {
    vi.useFakeTimers();
    const { api, asked } = pickerApi();
    const { wrapper } = await mountWithApp(ExercisePicker, api, '/trainer/circuits/new');
    await flushPromises();
    expect(asked).toEqual([{ limit: LIBRARY_PAGE_MAX }]);
    const options = () => wrapper.findAll('option').map((option) => option.text());
    expect(options()).toHaveLength(LIBRARY_PAGE_MAX + 1);
    expect(options()[0]).toBe('Choose one of the first 200 of 250, or narrow the search');

    await wrapper.get('input[type="search"]').setValue('Exercise 24');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(asked.at(-1)).toEqual({ query: 'Exercise 24', limit: LIBRARY_PAGE_MAX });
    expect(options()).toEqual([
      'Choose an exercise',
      ...Array.from({ length: 10 }, (_, n) => `Exercise 24${n}`),
    ]);

    await wrapper.get('select').setValue('ex-245');
    expect(wrapper.emitted('pick')).toEqual([[MANY[245]]]);
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('');

    await wrapper.get('input[type="search"]').setValue('zzz');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('No exercise matches that search.');
  });
});
