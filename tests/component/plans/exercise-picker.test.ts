import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type { MethodInput } from '@shared/contract';
import { ok } from '@shared/contract/result';
import type { ExerciseSummary } from '@shared/domain';
import ExercisePicker from '@renderer/components/plans/ExercisePicker.vue';
import { SEARCH_DEBOUNCE_MS } from '@renderer/stores/library';
import { VOCABULARY, createFakeApi, pageOf, summary } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

const MANY = Array.from({ length: 90 }, (_, index) =>
  summary({ id: `ex-${index}`, name: `Exercise ${String(index).padStart(3, '0')}` }),
);
/** The picker asks for pages of 40; the library's own list (which the chips also move) asks for its own. */
const PICKER_PAGE = 40;

function pickerApi() {
  const asked: MethodInput<'library:list'>[] = [];
  const api = createFakeApi({
    'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
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
  return { api, pickerAsked: () => asked.filter((input) => input.limit === PICKER_PAGE) };
}

async function mountPicker(api: ReturnType<typeof pickerApi>['api']) {
  const added: ExerciseSummary[] = [];
  const Host = defineComponent({
    render: () =>
      h(ExercisePicker, { chosen: ['ex-1'], onAdd: (exercise: ExerciseSummary) => added.push(exercise) }),
  });
  const { wrapper } = await mountWithApp(Host, api, '/trainer/templates/new');
  await flushPromises();
  return { wrapper, added };
}

afterEach(() => vi.useRealTimers());

describe('exercise picker of the plan builder', () => {
  it('reads the library a page at a time, a page more on request, and narrows as the trainer types', async () => {
    vi.useFakeTimers();
    const { api, pickerAsked } = pickerApi();
    const { wrapper, added } = await mountPicker(api);
    const names = () => wrapper.findAll('.picker__name').map((name) => name.text());
    const status = () => wrapper.get('[role="status"]').text();

    expect(pickerAsked()).toEqual([{ offset: 0, limit: PICKER_PAGE }]);
    expect(names()).toHaveLength(PICKER_PAGE);
    expect(status()).toBe('Showing 40 of 90 exercises');
    expect(wrapper.findAll('.picker__row')[1]?.text()).toContain('In the plan');

    await wrapper.get('.picker__more button').trigger('click');
    await flushPromises();
    expect(pickerAsked().at(-1)).toEqual({ offset: 40, limit: PICKER_PAGE });
    expect(names()).toHaveLength(80);
    expect(names()[79]).toBe('Exercise 079');
    expect(wrapper.get('.picker__more button').text()).toBe('Show 10 more');

    await wrapper.get('input[type="search"]').setValue('Exercise 04');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(pickerAsked().at(-1)).toEqual({ query: 'Exercise 04', offset: 0, limit: PICKER_PAGE });
    expect(names()).toEqual(Array.from({ length: 10 }, (_, n) => `Exercise 04${n}`));
    expect(wrapper.find('.picker__more').exists()).toBe(false);
    expect(status()).toBe('10 exercises');

    await wrapper.get('button[aria-label="Add Exercise 045"]').trigger('click');
    expect(added).toEqual([MANY[45]]);
    expect(status()).toBe('Added Exercise 045.');
  });
});
