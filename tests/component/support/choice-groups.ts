import type { DOMWrapper, VueWrapper } from '@vue/test-utils';

/** The accessible name of a group: its own aria-label, or the text of the label it points to. */
function nameOf(wrapper: VueWrapper, group: DOMWrapper<Element>): string | undefined {
  const own = group.attributes('aria-label');
  if (own !== undefined) return own;
  const labelledBy = group.attributes('aria-labelledby');
  if (labelledBy === undefined) return undefined;
  const label = wrapper.find(`[id="${labelledBy}"]`);
  return label.exists() ? label.text() : undefined;
}

/**
 * The group of choice chips (radio buttons or checkboxes) with the accessible name `label`, however it is
 * named; the wrapper of nothing (`exists()` false) when there is none.
 */
export function choiceGroup(wrapper: VueWrapper, label: string): DOMWrapper<Element> {
  const found = wrapper
    .findAll('[role="radiogroup"], [role="group"]')
    .find((group) => nameOf(wrapper, group) === label);
  return found ?? wrapper.find('[data-no-such-group]');
}
