import { expect, type Locator, type Page } from '@playwright/test';

/** The smallest touch target a sweaty finger hits reliably, in CSS pixels. */
export const MIN_TOUCH_PX = 64;

/** Everything on a screen a finger can operate. */
const CONTROLS =
  'a[href], button, input, select, textarea, [role="button"], [role="switch"], [role="checkbox"]';

/** Asserts that `control` is laid out and at least MIN_TOUCH_PX on each side. */
export async function expectTouchSized(control: Locator): Promise<void> {
  const label = (await control.getAttribute('aria-label')) ?? (await control.innerText()).trim().slice(0, 40);
  const box = await control.boundingBox();
  if (box === null) throw new Error(`"${label}" is not laid out, so it cannot be touched`);
  expect(box.width, `width of "${label}"`).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
  expect(box.height, `height of "${label}"`).toBeGreaterThanOrEqual(MIN_TOUCH_PX);
}

/**
 * Asserts the same of every element `controls` matches that a finger can reach, measured in one round trip
 * to the page: a list of a hundred rows checked one by one costs more time than a loaded machine gives a
 * test. A checkbox, radio or file input is measured by the label it is hit through; a control that is not
 * shown, hidden from everyone or inside a drawing (a muscle on the body map, which also has a full-size
 * button) is left out.
 */
export async function expectAllTouchSized(
  controls: Locator,
  { noneIsFine = false }: { noneIsFine?: boolean } = {},
): Promise<void> {
  const measured = await controls.evaluateAll((elements, min) => {
    const touchArea = (element: Element): Element => {
      if (element instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(element.type)) {
        return element.closest('label') ?? (element.labels?.[0] as Element | undefined) ?? element;
      }
      return element;
    };
    const tooSmall: string[] = [];
    let reachable = 0;
    for (const control of elements) {
      const area = touchArea(control);
      const { width, height } = area.getBoundingClientRect();
      if (width === 0 && height === 0) continue;
      if (getComputedStyle(area).visibility === 'hidden') continue;
      if (control.closest('[aria-hidden="true"], [inert], svg')) continue;
      reachable += 1;
      if (width < min || height < min) {
        const name = control.getAttribute('aria-label') ?? (area.textContent ?? '').trim().slice(0, 40);
        tooSmall.push(
          `${control.tagName.toLowerCase()} "${name}" ${Math.round(width)}x${Math.round(height)}`,
        );
      }
    }
    return { reachable, tooSmall };
  }, MIN_TOUCH_PX);
  if (!noneIsFine) expect(measured.reachable, 'controls to measure').toBeGreaterThan(0);
  expect(measured.tooSmall).toEqual([]);
}

/** Asserts it of every control on the page (a screen that only shows something has none). */
export async function expectScreenTouchSized(page: Page): Promise<void> {
  await expectAllTouchSized(page.locator(CONTROLS), { noneIsFine: true });
}
