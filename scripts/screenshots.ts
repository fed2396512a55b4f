// `npm run screenshots`: photographs the real screens in web mode at the two kiosk orientations, into
// docs/screenshots (the README shows them). Needs a build (`npm run build`) and a Chromium.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { MOVEMENT_FIGURES } from '../src/shared/figures';
import { startWebMode } from '../tests/e2e/support/web-mode';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const VIEWPORTS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

/** Each screen is shot once its `ready` link shows, and on a card once its `heading` does. */
const SCREENS: ReadonlyArray<{ name: string; hash: string; ready: string; heading?: string }> = [
  { name: 'library', hash: '#/library', ready: 'Open Face pull' },
  { name: 'card', hash: '#/library', ready: 'Open Face pull' },
  { name: 'card-deadlift', hash: '#/library/deadlift', ready: 'Back to the library', heading: 'Deadlift' },
  { name: 'trainer-exercise', hash: '#/trainer/exercises/face-pull', ready: 'All exercises' },
];

/** Half-way through holding the end position, in milliseconds into each figure's repetition. */
const FIGURE_HOLDS: Record<string, number> = Object.fromEntries(
  Object.entries(MOVEMENT_FIGURES).map(([key, figure]) => [
    key,
    (figure.tempo.toEnd + figure.tempo.atEnd / 2) * 1000,
  ]),
);

/**
 * Stops every movement figure on the page at its end position, so each run pictures the same moment, and
 * brings anything else that moves (a flash, a slide) to its end.
 */
async function holdFigures(page: Page): Promise<void> {
  await page.evaluate((holds) => {
    for (const animation of document.getAnimations()) {
      const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
      const key = target?.closest<HTMLElement>('[data-figure]')?.dataset.figure;
      const hold = key ? holds[key] : undefined;
      if (hold !== undefined) {
        animation.pause();
        animation.currentTime = hold;
        continue;
      }
      try {
        animation.finish();
      } catch {
        // An endless animation has no end to go to: stop it where it is.
        animation.pause();
      }
    }
  }, FIGURE_HOLDS);
}

/** Timer screens, shot on a paused clock at a fixed instant so every run pictures the same second. */
const TIMER_SCREENS: ReadonlyArray<{ name: string; hash: string; runMs: number }> = [
  { name: 'display-loop', hash: '#/', runMs: 0 },
  { name: 'rest-timer', hash: '#/rest?seconds=90&exercise=face-pull', runMs: 23_000 },
  { name: 'circuit-player', hash: '#/circuits/posture-circuit/play', runMs: 24_000 },
];

/**
 * 13 s into the reverse flys of the display loop, which plays from a fixed instant (0) forever: 10 s of
 * get ready, then rounds of 220 s with a 60 s break; face pulls and their rest take the first 60 s.
 */
function displayLoopInstant(): number {
  const cycle = 280_000;
  const rounds = Math.ceil((Date.UTC(2026, 0, 5, 9) - 10_000) / cycle);
  return 10_000 + rounds * cycle + 73_000;
}

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
        if (screen.heading) await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        await holdFigures(page);
        const file = resolve(outDir, `${screen.name}-${orientation}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
      for (const screen of TIMER_SCREENS) {
        const timerPage = await browser.newPage({ viewport, baseURL: server.url });
        await timerPage.clock.install({ time: displayLoopInstant() - 1000 });
        await timerPage.clock.pauseAt(displayLoopInstant());
        await timerPage.goto(screen.hash);
        await timerPage.getByRole('timer').waitFor();
        await timerPage.clock.runFor(screen.runMs);
        // Past the full-screen flash of a phase change.
        await timerPage.clock.runFor(1_000);
        await holdFigures(timerPage);
        const file = resolve(outDir, `${screen.name}-${orientation}.png`);
        await timerPage.screenshot({ path: file });
        console.log(file);
        await timerPage.close();
      }
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
