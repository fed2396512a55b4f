import { expect, test } from './fixtures';
import { openScreen, SCREENS } from './support/screens';
import { MIN_TOUCH_PX } from './support/touch-targets';

for (const screen of SCREENS) {
  test(`every control on ${screen.path} is at least ${MIN_TOUCH_PX} px on each side`, async ({
    page,
    server,
    trainer,
  }) => {
    if (screen.trainer) await trainer.unlock();
    await openScreen(page, screen, server.url);
    const tooSmall = await page.evaluate((min) => {
      /** What a finger actually hits: a checkbox, radio or file input is hit through its label. */
      const touchArea = (element: Element): Element => {
        if (element instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(element.type)) {
          return element.closest('label') ?? (element.labels?.[0] as Element | undefined) ?? element;
        }
        return element;
      };
      const controls = document.querySelectorAll(
        'a[href], button, input, select, textarea, [role="button"], [role="switch"], [role="checkbox"]',
      );
      const small: string[] = [];
      for (const control of controls) {
        const area = touchArea(control);
        const box = area.getBoundingClientRect();
        const style = getComputedStyle(area);
        if (box.width === 0 && box.height === 0) continue;
        if (style.visibility === 'hidden' || control.closest('[aria-hidden="true"], [inert]')) continue;
        // A muscle on a drawing of the body is as small as that muscle; each also has a full-size button.
        if (control.closest('svg')) continue;
        if (box.width < min || box.height < min) {
          const name = control.getAttribute('aria-label') ?? (area.textContent ?? '').trim().slice(0, 40);
          small.push(
            `${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`,
          );
        }
      }
      return small;
    }, MIN_TOUCH_PX);
    expect(tooSmall).toEqual([]);
  });
}
