import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The WCAG 2.1 A and AA rules, plus the check that a control's accessible name contains its visible text
 * (what a voice control user says is what they see). Only violations are asked for: axe then skips
 * building the long lists of passing elements.
 */
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

interface WithAxe {
  axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
}

/**
 * What axe-core finds wrong on the page as it is now: one line per rule broken, with up to four of the
 * elements that break it. axe-core is put into a document once and kept for later checks of it (the page
 * turned, say): putting it in costs more than a check, and AxeBuilder did so twice at every check.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => (window as WithAxe).axe !== undefined))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const axe = (window as WithAxe).axe;
    if (!axe) throw new Error('axe-core is not in the page.');
    const results = await axe.run(document, options);
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 4)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  }, OPTIONS);
}
