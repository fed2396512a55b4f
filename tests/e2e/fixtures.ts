import { test as base } from '@playwright/test';
import { TrainerAccess, nameScreen } from './support/trainer';
import { hostWebMode, type WebModeServer } from './support/web-mode';

/**
 * Every test gets its own web-mode server and a fresh data folder; `page` opens against it as a screen with
 * a known id, and `trainer` opens trainer mode on that screen (or calls the API as a trainer). The servers
 * are hosted in the test worker's own process (the built code is loaded once, not once per test), and
 * each worker opens the next test's store while the current test runs.
 */
export const test = base.extend<
  { server: WebModeServer; trainer: TrainerAccess },
  { nextServer: { take(): Promise<WebModeServer> } }
>({
  nextServer: [
    async ({}, use) => {
      const spareStart = (): Promise<WebModeServer> => {
        const starting = hostWebMode();
        // A start that fails is reported by the test that takes it, not as an unhandled rejection now.
        starting.catch(() => undefined);
        return starting;
      };
      let next: Promise<WebModeServer> | null = spareStart();
      await use({
        take: () => {
          const taken = next ?? spareStart();
          next = spareStart();
          return taken;
        },
      });
      const spare = next;
      next = null;
      await spare?.then((server) => server.stop()).catch(() => undefined);
    },
    { scope: 'worker' },
  ],
  server: async ({ nextServer }, use) => {
    const server = await nextServer.take();
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

export { expect } from '@playwright/test';
