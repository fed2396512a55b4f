import { test as base } from '@playwright/test';
import { startWebMode, type WebModeServer } from './support/web-mode';

/** Every test gets its own web-mode server and a fresh data folder; `page` opens against it. */
export const test = base.extend<{ server: WebModeServer }>({
  server: async ({}, use) => {
    const server = await startWebMode();
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect } from '@playwright/test';
