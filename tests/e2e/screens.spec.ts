import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accessibilityViolations } from './support/axe';
import { openScreen, SCREENS } from './support/screens';
import { expectScreenTouchSized, MIN_TOUCH_PX } from './support/touch-targets';
import { sharePage } from './support/shared-page';
import { TrainerAccess } from './support/trainer';
import { VIEWPORTS, type Orientation } from './support/viewports';

/**
 * Every screen a member or a trainer reaches, checked on one load in both orientations: by axe-core (the
 * WCAG 2.1 A and AA rules, plus the check that a control's accessible name contains its visible text, so
 * that what a voice control user says is what they see), and for touch targets a finger hits. The checks
 * only read the screen, so they share its server and page; the page is turned from landscape to portrait
 * the way a panel's display settings turn it (the layout follows by CSS alone), where loading it again
 * would cost more than all four checks. The other `.both` specs load their screens in portrait from the
 * start.
 */
const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];

/** Lays the page out for `orientation`, and lets what measures itself (text fitted to its box) follow. */
async function turnTo(page: Page, orientation: Orientation): Promise<void> {
  await page.setViewportSize(VIEWPORTS[orientation]);
  const laidOutFor = await page.evaluate(
    () =>
      new Promise<string>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            done(matchMedia('(orientation: portrait)').matches ? 'portrait' : 'landscape'),
          ),
        ),
      ),
  );
  expect(laidOutFor).toBe(orientation);
}

for (const screen of SCREENS) {
  test.describe(screen.path, () => {
    const shared = sharePage();
    test.beforeAll(async () => {
      if (screen.trainer) await new TrainerAccess(shared.server.url).unlock();
      await openScreen(shared.page, screen, shared.server.url);
    });

    for (const orientation of ORIENTATIONS) {
      test(`axe finds nothing wrong on ${screen.path} in ${orientation}`, async () => {
        const { page } = shared;
        await turnTo(page, orientation);
        // Held still while axe reads the style of every element: a moving figure would be restyled for each
        // read.
        await page.evaluate(() => {
          for (const animation of document.getAnimations()) animation.pause();
        });
        expect(await accessibilityViolations(page)).toEqual([]);
      });

      const where = `${screen.path} in ${orientation}`;
      test(`every control on ${where} is at least ${MIN_TOUCH_PX} px on each side`, async () => {
        const { page } = shared;
        await turnTo(page, orientation);
        await expectScreenTouchSized(page);
      });
    }
  });
}

test('the accessibility check finds what is wrong: a nameless button, faint text, a name without its label', async ({
  browser,
}) => {
  const page = await browser.newPage();
  await page.setContent(`<html lang="en"><head><title>Wrong</title></head><body><main>
    <button></button>
    <p style="color: #ccc; background: #fff">Faint</p>
    <button aria-label="Close">Start rest</button>
  </main></body></html>`);
  const found = await accessibilityViolations(page);
  expect(found.map((line) => line.split(':')[0])).toEqual(
    expect.arrayContaining(['button-name', 'color-contrast', 'label-content-name-mismatch']),
  );
  expect(found).toHaveLength(3);
  await page.close();
});
