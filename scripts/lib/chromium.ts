import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

// Debian's headless shell first: the same engine as its `chromium` (and as the Electron we ship) without the
// browser's own interface, it needs about a third less processor per test page (measured on the screens
// spec: 115 s against 176 s).
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const SYSTEM_CANDIDATES = [
  HEADLESS_SHELL,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The Chromium the end-to-end tests and benchmarks drive: GYMDECK_CHROMIUM if set, else a system Chromium
 * (Debian's packages have the same engine major as the Electron we ship), else Playwright's own if it was
 * downloaded.
 */
export function findChromium(): string | null {
  const fromEnv = process.env.GYMDECK_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

/**
 * Flags that keep Chromium quiet on a machine without internet (otherwise it retries connections), and
 * without the address bar's pop-up: Chromium 156 draws it as a web page of its own, loaded in a renderer
 * beside every new window's (about 2 s of processor per window, half again the page's own load), which a
 * headless browser never shows and Electron does not have.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
