import { expect, type Locator } from '@playwright/test';

/** The smallest touch target a sweaty finger hits reliably, in CSS pixels. */
export const MIN_TOUCH_PX = 64;

/** Asserts that `control` is laid out and at least MIN_TOUCH_PX on each side. */
export async function expectTouchSized(control: Locator): Promise<void> {
  const label = (await control.getAttribute('aria-label')) ?? (await control.innerText()).trim().slice(0, 40);
  const box = await control.boundingBox();
  if (box === null) throw new Error(`"${label}" is not laid out, so it cannot be touched`);
  expect(box.width, `width of "${label}"`).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
  expect(box.height, `height of "${label}"`).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
}

/**
 * Asserts the same of every element `controls` matches, measured in one round trip to the page: a list of
 * a hundred rows checked one by one costs more time than a loaded machine gives a test.
 */
export async function expectAllTouchSized(controls: Locator): Promise<void> {
  const boxes = await controls.evaluateAll((elements) =>
    elements.map((element) => {
      const { width, height } = element.getBoundingClientRect();
      const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
      return { name: `${element.tagName.toLowerCase()} "${name}"`, width, height };
    }),
  );
  expect(boxes.length, 'controls to measure').toBeGreaterThan(0);
  const tooSmall = boxes
    .filter(({ width, height }) => width < MIN_TOUCH_PX || height < MIN_TOUCH_PX)
    .map(({ name, width, height }) => `${name} ${Math.round(width)}x${Math.round(height)}`);
  expect(tooSmall).toEqual([]);
}
