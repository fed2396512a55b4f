// Screen figures: the renderer's JavaScript as shipped (gzipped) against the 200 KB budget, and how soon
// the first exercise card is painted on a cold load of the built renderer in web mode (median of 10
// loads, each in a fresh browser context so nothing is cached).
// Run: npm run build && npx tsx tests/bench/screen.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, startServer } from './chromium-support';
import {
  describeMachine,
  formatMs,
  formatTable,
  latencyTable,
  median,
  printSection,
  printTitle,
} from './harness';

const ROOT = resolve(__dirname, '../..');
const ASSETS = join(ROOT, 'out/renderer/assets');
const BUNDLE_BUDGET_KB = 200;
const COLD_LOADS = 10;

function bundleSizes(): string[][] {
  const rows = readdirSync(ASSETS)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .map((name) => {
      const bytes = readFileSync(join(ASSETS, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const js = rows.filter((row) => row.name.endsWith('.js'));
  const totalJs = js.reduce((sum, row) => sum + row.gzip, 0);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    ...rows.map((row) => [row.name, kb(row.raw), kb(row.gzip)]),
    ['JavaScript in all', kb(js.reduce((sum, row) => sum + row.raw, 0)), kb(totalJs)],
    ['budget (JavaScript, gzipped)', '', `${BUNDLE_BUDGET_KB}.0 KB`],
  ];
}

/** Time from navigation start to the first exercise card on screen, as the page itself measures it. */
async function coldLoads(): Promise<{ card: number[]; firstPaint: number[] }> {
  const browser = await launchChromium();
  const server = await startServer();
  const card: number[] = [];
  const firstPaint: number[] = [];
  try {
    for (let load = 0; load < COLD_LOADS; load += 1) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      // Noted by the page itself, in the frame that first has a card (not when the test next looks).
      await context.addInitScript(() => {
        const seen = window as unknown as { firstCardAt?: number };
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[aria-label="Exercise library"] a')) return;
          observer.disconnect();
          requestAnimationFrame(() => (seen.firstCardAt = performance.now()));
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/#/library`);
      await page.waitForFunction(() => (window as unknown as { firstCardAt?: number }).firstCardAt);
      const figures = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const card = (window as unknown as { firstCardAt: number }).firstCardAt;
        return { card, firstPaint: paint?.startTime ?? Number.NaN };
      });
      card.push(figures.card);
      firstPaint.push(figures.firstPaint);
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return { card, firstPaint };
}

async function main(): Promise<void> {
  printTitle('Screen');
  console.log(describeMachine());
  printSection('Renderer bundle (out/renderer/assets)', formatTable(['', 'raw', 'gzip'], bundleSizes()));
  const { card, firstPaint } = await coldLoads();
  printSection(
    `Cold load of the library in Chromium, ${COLD_LOADS} loads from navigation start ` +
      '(bar: first card within 400 ms median, 500 ms p95)',
    latencyTable([
      { name: 'first contentful paint', samples: firstPaint },
      { name: 'first card on screen', samples: card },
    ]),
  );
  console.log(`median first card: ${formatMs(median(card))}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
