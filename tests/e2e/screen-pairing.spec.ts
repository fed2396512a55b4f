import { test as base, expect } from '@playwright/test';
import { PinPadPage } from './pages/pin-pad-page';
import { TrainerAccess, nameScreen } from './support/trainer';
import { startWebMode, type WebModeServer } from './support/web-mode';

/**
 * A Gymdeck serving the gym's network. The second browser stays on this machine: the server trusts the
 * loopback address as a reverse proxy, and that browser's requests name an address on the gym's network,
 * so they are treated as a screen from the network without any traffic leaving the machine.
 */
const test = base.extend<{ server: WebModeServer; trainer: TrainerAccess }>({
  server: async ({}, use) => {
    const server = await startWebMode(undefined, ['--trust-proxy', '127.0.0.1']);
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  page: async ({ page }, use) => {
    await nameScreen(page);
    await use(page);
  },
  trainer: async ({ server }, use) => {
    await use(new TrainerAccess(server.url));
  },
});

test('a second browser on the network shows a code until a trainer pairs it, then Gymdeck', async ({
  browser,
  page,
  server,
  trainer,
}) => {
  // Two browsers and a server: three times the usual time.
  test.slow();
  const remote = await browser.newContext({
    baseURL: server.url,
    viewport: page.viewportSize(),
    extraHTTPHeaders: { 'x-forwarded-for': '192.168.1.40' },
  });
  const rack = await remote.newPage();
  try {
    await rack.goto('#/library');
    await expect(rack.getByRole('heading', { level: 1, name: 'Pair this screen' })).toBeVisible();
    const code = rack.getByLabel(/^Pairing code/);
    await expect(code).toHaveText(/^\d{3} \d{3}$/);
    const digits = ((await code.textContent()) ?? '').replace(/\D/g, '');

    // Nothing of the library reaches it before then.
    const refused = await rack.request.post('/api/library:list', { data: {} });
    expect(refused.status()).toBe(401);

    await trainer.unlock();
    await page.goto('#/trainer/screens');
    await new PinPadPage(page).enter(digits, 'Next');
    await page.getByLabel('Name of the screen').fill('Rack 3');
    await page.getByRole('button', { name: 'Pair this screen' }).click();
    await expect(page.getByText('Rack 3 is paired; it shows Gymdeck now.')).toBeVisible();

    // The new screen notices by itself and starts as any gym screen does, on the display loop; its token
    // then opens the library too.
    await expect(rack.getByRole('heading', { name: 'Posture circuit' })).toBeVisible({ timeout: 10_000 });
    await rack.goto('#/library');
    await expect(
      rack.getByRole('link').filter({ has: rack.getByRole('heading', { name: 'Face pull', exact: true }) }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Revoke Rack 3' })).toBeVisible();
  } finally {
    await remote.close();
  }
});
