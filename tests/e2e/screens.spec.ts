import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScreen, SCREENS } from './support/screens';
import { expectScreenTouchSized, MIN_TOUCH_PX } from './support/touch-targets';
import { TrainerAccess, nameScreen } from './support/trainer';
import { VIEWPORTS, type Orientation } from './support/viewports';
import type { WebModeServer } from './support/web-mode';

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
    test.describe.configure({ mode: 'serial' });
    let server: WebModeServer;
    let context: BrowserContext;
    let page: Page;

    test.beforeAll(async ({ browser, nextServer }) => {
      server = await nextServer.take();
      // A context of its own, as a test's page has (axe-core's checks need one).
      context = await browser.newContext({
        baseURL: server.url,
        viewport: VIEWPORTS.landscape,
        hasTouch: true,
      });
      page = await context.newPage();
      await nameScreen(page);
      if (screen.trainer) await new TrainerAccess(server.url).unlock();
      await openScreen(page, screen, server.url);
    });
    test.afterAll(async () => {
      await context?.close();
      await server?.stop();
    });

    for (const orientation of ORIENTATIONS) {
      test(`axe finds nothing wrong on ${screen.path} in ${orientation}`, async () => {
        await turnTo(page, orientation);
        // Held still while axe reads the style of every element: a moving figure would be restyled for each
        // read.
        await page.evaluate(() => {
          for (const animation of document.getAnimations()) animation.pause();
        });
        // One set of options, not AxeBuilder's withTags and withRules: each of those replaces what the other
        // chose, so the two together would run the one named rule alone.
        const results = await new AxeBuilder({ page })
          // Run in the page itself: the app has no frames whose results need joining, which otherwise costs
          // a blank page of its own (a renderer process) for every check.
          .setLegacyMode()
          .options({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            rules: { 'label-content-name-mismatch': { enabled: true } },
            // Only violations are asserted; axe then skips building the long lists of passing elements.
            resultTypes: ['violations'],
          })
          .analyze();
        const found = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .slice(0, 4)
              .map((node) => node.target.join(' '))
              .join(' | ')}`,
        );
        expect(found).toEqual([]);
      });

      const where = `${screen.path} in ${orientation}`;
      test(`every control on ${where} is at least ${MIN_TOUCH_PX} px on each side`, async () => {
        await turnTo(page, orientation);
        await expectScreenTouchSized(page);
      });
    }
  });
}
