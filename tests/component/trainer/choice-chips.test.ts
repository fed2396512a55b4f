import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChoiceChips from '@renderer/components/trainer/ChoiceChips.vue';
import { choiceGroup } from '../support/choice-groups';

const OPTIONS = [
  { value: 'kg', label: 'Kilograms' },
  { value: 'lb', label: 'Pounds' },
];

describe('choice chips', () => {
  it('are named by their label without showing it, unless asked to', () => {
    const wrapper = mount(ChoiceChips, { props: { label: 'Unit', options: OPTIONS, modelValue: 'kg' } });
    const group = wrapper.get('[role="radiogroup"]');
    expect(group.attributes('aria-label')).toBe('Unit');
    expect(group.attributes('aria-labelledby')).toBeUndefined();
    expect(wrapper.text()).not.toContain('Unit');
  });

  it('show their label above the chips and are named by what it says', async () => {
    const wrapper = mount(ChoiceChips, {
      props: { label: 'Unit', options: OPTIONS, modelValue: 'kg', labelShown: true },
    });
    const group = wrapper.get('[role="radiogroup"]');
    expect(group.attributes('aria-label')).toBeUndefined();
    const label = wrapper.get(`[id="${group.attributes('aria-labelledby')}"]`);
    expect(label.text()).toBe('Unit');
    // Its text is the group's name; assistive technology does not read it again as content.
    expect(label.attributes('aria-hidden')).toBe('true');
    expect(choiceGroup(wrapper, 'Unit').exists()).toBe(true);

    await group.get('input[value="lb"]').setValue(true);
    expect(wrapper.emitted('update:modelValue')).toEqual([['lb']]);
  });

  it('name a group of several choices the same way', () => {
    const wrapper = mount(ChoiceChips, {
      props: { label: 'Tags', options: OPTIONS, modelValue: [], multiple: true, labelShown: true },
    });
    expect(choiceGroup(wrapper, 'Tags').attributes('role')).toBe('group');
    expect(choiceGroup(wrapper, 'Weights').exists()).toBe(false);
  });
});
