import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the end-to-end tests drive: GYMDECK_CHROMIUM if set, else a system Chromium (Debian's
 * package has the same engine major as the Electron we ship), else Playwright's own if it was downloaded.
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
