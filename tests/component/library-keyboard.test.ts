import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import OnScreenKeyboard from '@renderer/components/keyboard/OnScreenKeyboard.vue';
import { createAppI18n } from '@renderer/i18n';

function mountKeyboard(modelValue: string, maxLength?: number) {
  return mount(OnScreenKeyboard, {
    props: { modelValue, ...(maxLength === undefined ? {} : { maxLength }) },
    global: { plugins: [createAppI18n()] },
  });
}

const press = (wrapper: ReturnType<typeof mountKeyboard>, name: string) =>
  wrapper
    .findAll('button')
    .find((button) => (button.attributes('aria-label') ?? button.text()) === name)
    ?.trigger('click');

describe('on-screen keyboard', () => {
  it('has every letter, a hyphen, backspace, space, clear and close, each a named button', () => {
    const names = mountKeyboard('')
      .findAll('button')
      .map((button) => button.attributes('aria-label') ?? button.text());
    expect(
      names
        .filter((name) => name.length === 1)
        .sort()
        .join(''),
    ).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(names).toEqual(
      expect.arrayContaining(['Hyphen', 'Delete last letter', 'Space', 'Clear', 'Hide keyboard']),
    );
    expect(
      mountKeyboard('')
        .findAll('button')
        .every((button) => button.attributes('type') === 'button'),
    ).toBe(true);
  });

  it('types, deletes and clears by emitting the new text', async () => {
    const wrapper = mountKeyboard('ro');
    await press(wrapper, 'w');
    await press(wrapper, 'Hyphen');
    await press(wrapper, 'Delete last letter');
    await press(wrapper, 'Clear');
    expect(wrapper.emitted('update:modelValue')).toEqual([['row'], ['ro-'], ['r'], ['']]);
  });

  it('types no leading or doubled space, nor past the longest search', async () => {
    await Promise.all(
      [
        ['', 'Space'],
        ['row ', 'Space'],
        ['abc', 'x', 3],
      ].map(async ([text, key, max]) => {
        const wrapper = mountKeyboard(text as string, max as number | undefined);
        await press(wrapper, key as string);
        expect(wrapper.emitted('update:modelValue')).toBeUndefined();
      }),
    );
    const wrapper = mountKeyboard('row');
    await press(wrapper, 'Space');
    expect(wrapper.emitted('update:modelValue')).toEqual([['row ']]);
  });

  it('asks to be closed', async () => {
    const wrapper = mountKeyboard('');
    await press(wrapper, 'Hide keyboard');
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});

describe('on-screen keyboard for text', () => {
  const mountText = (modelValue: string) =>
    mount(OnScreenKeyboard, {
      props: { modelValue, layout: 'text' as const },
      global: { plugins: [createAppI18n()] },
    });
  const pressIn = (wrapper: ReturnType<typeof mountText>, name: string) =>
    wrapper
      .findAll('button')
      .find((button) => (button.attributes('aria-label') ?? button.text()) === name)
      ?.trigger('click');

  it('adds digits and the punctuation of a sentence, each named in words', () => {
    const names = mountText('x')
      .findAll('button')
      .map((button) => button.attributes('aria-label') ?? button.text());
    expect(names).toEqual(
      expect.arrayContaining(['1', '0', 'Comma', 'Full stop', 'Apostrophe', 'Hyphen', 'Capital letter']),
    );
  });

  it('starts a sentence with a capital, and Shift capitalises just the next letter', async () => {
    const empty = mountText('');
    expect(empty.get('button[aria-label="Capital letter"]').attributes('aria-pressed')).toBe('true');
    await pressIn(empty, 'S');
    expect(empty.emitted('update:modelValue')).toEqual([['S']]);

    const afterStop = mountText('Sit tall. ');
    await pressIn(afterStop, 'P');
    expect(afterStop.emitted('update:modelValue')).toEqual([['Sit tall. P']]);

    const midWord = mountText('Sit t');
    expect(midWord.get('button[aria-label="Capital letter"]').attributes('aria-pressed')).toBe('false');
    await pressIn(midWord, 'Capital letter');
    await pressIn(midWord, 'A');
    expect(midWord.emitted('update:modelValue')).toEqual([['Sit tA']]);
    expect(midWord.get('button[aria-label="Capital letter"]').attributes('aria-pressed')).toBe('false');
    await pressIn(midWord, '4');
    await pressIn(midWord, 'Comma');
    expect(midWord.emitted('update:modelValue')?.slice(1)).toEqual([['Sit t4'], ['Sit t,']]);
  });
});
