import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openScreen, SCREENS } from './support/screens';

/**
 * axe-core over every screen: the WCAG 2.1 A and AA rules, plus the check that a control's accessible name
 * contains its visible text (what a voice-control user says is what they see).
 */
for (const screen of SCREENS) {
  test(`axe finds nothing wrong on ${screen.path}`, async ({ page, server, trainer }) => {
    if (screen.trainer) await trainer.unlock();
    await openScreen(page, screen, server.url);
    // Held still while axe reads the style of every element: a moving figure would be restyled for each read.
    await page.evaluate(() => {
      for (const animation of document.getAnimations()) animation.pause();
    });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .withRules(['label-content-name-mismatch'])
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
}
