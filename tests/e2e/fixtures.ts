import { test as base } from '@playwright/test';
import { TrainerAccess, nameScreen } from './support/trainer';
import { startWebMode, type WebModeServer } from './support/web-mode';

/**
 * Every test gets its own web-mode server and a fresh data folder; `page` opens against it as a screen with
 * a known id, and `trainer` opens trainer mode on that screen (or calls the API as a trainer).
 */
export const test = base.extend<{ server: WebModeServer; trainer: TrainerAccess }>({
  server: async ({}, use) => {
    const server = await startWebMode();
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
