import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScreen, SCREENS } from './support/screens';
import { expectScreenTouchSized, MIN_TOUCH_PX } from './support/touch-targets';
import { TrainerAccess, nameScreen } from './support/trainer';
import type { WebModeServer } from './support/web-mode';

/**
 * Every screen a member or a trainer reaches, checked twice on one load: by axe-core (the WCAG 2.1 A and AA
 * rules, plus the check that a control's accessible name contains its visible text, so that what a voice
 * control user says is what they see), and for touch targets a finger hits. The two checks only read the
 * screen, so they share its server and page.
 */
for (const screen of SCREENS) {
  test.describe(screen.path, () => {
    test.describe.configure({ mode: 'serial' });
    let server: WebModeServer;
    let context: BrowserContext;
    let page: Page;

    test.beforeAll(async ({ browser, nextServer }, testInfo) => {
      server = await nextServer.take();
      const { viewport, hasTouch } = testInfo.project.use;
      // A context of its own, as a test's page has (axe-core's checks need one).
      context = await browser.newContext({ baseURL: server.url, viewport, hasTouch });
      page = await context.newPage();
      await nameScreen(page);
      if (screen.trainer) await new TrainerAccess(server.url).unlock();
      await openScreen(page, screen, server.url);
    });
    test.afterAll(async () => {
      await context?.close();
      await server?.stop();
    });

    test(`axe finds nothing wrong on ${screen.path}`, async () => {
      // Held still while axe reads the style of every element: a moving figure would be restyled for each read.
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

    test(`every control on ${screen.path} is at least ${MIN_TOUCH_PX} px on each side`, async () => {
      await expectScreenTouchSized(page);
    });
  });
}
