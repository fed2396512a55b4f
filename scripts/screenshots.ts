// `npm run screenshots`: photographs the real screens in web mode at the two kiosk orientations, into
// docs/screenshots (the README shows them). Needs a build (`npm run build`) and a Chromium.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startWebMode } from '../tests/e2e/support/web-mode';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const VIEWPORTS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

const SCREENS: ReadonlyArray<{ name: string; hash: string; ready: string }> = [
  { name: 'library', hash: '#/library', ready: 'Open Face pull' },
  { name: 'card', hash: '#/library', ready: 'Open Face pull' },
];

async function main(): Promise<void> {
  const outDir = resolve(__dirname, '../docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  const server = await startWebMode();
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  });
  try {
    for (const [orientation, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage({ viewport, baseURL: server.url });
      for (const screen of SCREENS) {
        await page.goto(screen.hash);
        await page.getByRole('link', { name: screen.ready }).waitFor();
        if (screen.name === 'card') {
          await page.getByRole('link', { name: screen.ready }).click();
          await page.getByRole('heading', { level: 1 }).waitFor();
        }
        const file = resolve(outDir, `${screen.name}-${orientation}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
