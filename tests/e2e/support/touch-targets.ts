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
