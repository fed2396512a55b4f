import { expect, test } from './fixtures';
import { E2E_SCREEN } from './support/trainer';
import { DisplayLoopPage } from './pages/display-loop-page';
import { LibraryPage } from './pages/library-page';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';

test('after 90 s without a touch any screen returns to the display loop; a touch starts the wait again', async ({
  page,
}) => {
  await pauseClock(page);
  const library = new LibraryPage(page);
  const loop = new DisplayLoopPage(page);
  await library.goto();
  await page.clock.runFor(60_000);
  await library.heading.click();
  await page.clock.runFor(89_000);
  await expect(library.heading).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(loop.title).toHaveText('Posture circuit');
  await expect(page).toHaveURL(/#\/$/);
});

test('a counting rest holds the idle return; once it is over the screen goes back and forgets it', async ({
  page,
  server,
}) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  const loop = new DisplayLoopPage(page);
  await page.goto('/#/rest?seconds=120&exercise=face-pull');
  await timer.expectTime('2:00');
  await page.clock.runFor(100_000);
  await timer.expectTime('20');
  await page.clock.runFor(20_000);
  await timer.expectPhase('Done');
  await page.clock.runFor(90_000);
  await expect(loop.title).toHaveText('Posture circuit');

  // The page's own screen keeps no run any more.
  const stored = await fetch(`${server.url}/api/timers:get-run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-gymdeck-screen': E2E_SCREEN },
    body: '{}',
  });
  expect(await stored.json()).toEqual({ ok: true, value: { run: null } });
});

test('the idle time is a setting', async ({ page, trainer }) => {
  const saved = await trainer.call('settings:update', { idleSeconds: 30 });
  expect(saved).toMatchObject({ ok: true, value: { idleSeconds: 30 } });
  await pauseClock(page);
  const library = new LibraryPage(page);
  const settingsRead = page.waitForResponse((response) =>
    decodeURIComponent(response.url()).endsWith('/api/settings:get'),
  );
  await library.goto();
  await settingsRead;
  await page.clock.runFor(29_000);
  await expect(library.heading).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(new DisplayLoopPage(page).title).toHaveText('Posture circuit');
});

test('the menu of the display closes again when nobody touches it', async ({ page }) => {
  await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await loop.goto();
  await loop.touchToStart.click();
  await expect(loop.menu).toBeVisible();
  await page.clock.runFor(89_000);
  await expect(loop.menu).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(loop.menu).toBeHidden();
});

test('a trainer sets the idle time and the volume', async ({ page, server, trainer }) => {
  await trainer.unlock();
  await page.goto('/#/trainer/circuits');
  const idle = page.getByRole('spinbutton', { name: 'Back to the display after' });
  await expect(idle).toHaveValue('90');
  await page.getByRole('button', { name: 'More: Back to the display after' }).click();
  await expect(idle).toHaveValue('105');
  await page.getByRole('spinbutton', { name: 'Volume' }).fill('40');
  await expect
    .poll(async () => {
      const response = await fetch(`${server.url}/api/settings:get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return ((await response.json()) as { value: { idleSeconds: number; volume: number } }).value;
    })
    .toMatchObject({ idleSeconds: 105, volume: 0.4 });
});
