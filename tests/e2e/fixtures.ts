import { test as base } from '@playwright/test';
import { startWebMode, type WebModeServer } from './support/web-mode';

/**
 * Every test gets its own web-mode server and a fresh data folder; `page` opens against it. Each worker
 * keeps the next test's server starting while the current test runs: a start costs about a second of
 * Node loading its modules, which would otherwise come before every test.
 */
export const test = base.extend<
  { server: WebModeServer },
  { nextServer: { take(): Promise<WebModeServer> } }
>({
  nextServer: [
    async ({}, use) => {
      const spareStart = (): Promise<WebModeServer> => {
        const starting = startWebMode();
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
});

export { expect } from '@playwright/test';
