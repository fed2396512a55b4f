import type { BrowserContext, Page } from '@playwright/test';
import { test } from '../fixtures';
import { nameScreen } from './trainer';
import type { WebModeServer } from './web-mode';

export interface SharedPage {
  readonly server: WebModeServer;
  readonly page: Page;
}

/**
 * One server, context and page for all the tests of the describe block it is called in, which then run in
 * order in one worker. For tests that each check one thing on what they open (a screen, a card): the app
 * loads once, and each test moves within it, where a load of its own costs a browser renderer started and
 * the app's code compiled again, most of such a test's processor time. The page is named as a test's
 * `page` is, in a context of its own with the project's viewport and touch.
 */
export function sharePage(): SharedPage {
  test.describe.configure({ mode: 'serial' });
  let server: WebModeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  test.beforeAll(async ({ browser, nextServer }, testInfo) => {
    server = await nextServer.take();
    const { viewport, hasTouch } = testInfo.project.use;
    context = await browser.newContext({ baseURL: server.url, viewport, hasTouch });
    page = await context.newPage();
    await nameScreen(page);
  });
  test.afterAll(async () => {
    await context?.close();
    await server?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The shared page is made before the first test of its block.');
    return value;
  };
  return {
    get server() {
      return ready(server);
    },
    get page() {
      return ready(page);
    },
  };
}
