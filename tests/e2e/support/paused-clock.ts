import type { Page } from '@playwright/test';

/** Monday 5 January 2026, 09:00 UTC: the start of every test's day. */
export const TEST_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);

/**
 * Installs Playwright's clock and pauses it, so time moves only when the test says (`runFor`), also across
 * a reload (Playwright replays the clock's history into the new page).
 */
export async function pauseClock(page: Page, time = TEST_TIME): Promise<number> {
  await page.clock.install({ time });
  await page.clock.pauseAt(time + 1000);
  return time + 1000;
}
