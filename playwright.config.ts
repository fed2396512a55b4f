import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium';
import { VIEWPORTS } from './tests/e2e/support/viewports';

const executablePath = findChromium() ?? undefined;

/**
 * End-to-end tests: the built renderer in Chromium against web mode, each test with its own server and
 * data folder (see tests/e2e/fixtures.ts). The Electron project runs only where an Electron binary exists.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Web mode opens its store with better-sqlite3: built for Node first (a probe when it already is).
  globalSetup: './tests/support/native-module-for-node.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  // Two, even on two cores: much of a test is spent waiting on a page, a server or a clock.
  workers: 2,
  // On CI one retry, so that a test starved of the processor once on a loaded machine does not turn a sound
  // change red; npm test's summary names every test that passed only on its retry, so none goes unseen.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Limits against a hang, not measures: npm test runs these beside the Node checks on two cores, where a
  // sound test that signs a trainer in and walks several screens can take most of a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // A trace records every frame and action, which costs a fifth of the run; GYMDECK_TRACE=1 keeps one per
    // failed test for debugging.
    trace: process.env.GYMDECK_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
  },
  projects: [
    {
      name: 'landscape',
      testIgnore: /\.electron\.spec\.ts$/,
      use: { viewport: VIEWPORTS.landscape, hasTouch: true },
    },
    {
      name: 'portrait',
      testMatch: /\.both\.spec\.ts$/,
      use: { viewport: VIEWPORTS.portrait, hasTouch: true },
    },
    {
      name: 'electron',
      testMatch: /\.electron\.spec\.ts$/,
      dependencies: ['landscape', 'portrait'],
    },
  ],
});
