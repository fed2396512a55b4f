// `npm run screenshots`: photographs the real screens in web mode at the two kiosk orientations, into
// docs/screenshots (the README shows them). Needs a build (`npm run build`) and a Chromium.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { MOVEMENT_FIGURES } from '../src/shared/figures';
import { callApi, loggedSession, memberWithPlan, screenIdOf } from '../tests/e2e/support/member-data';
import { TrainerAccess, nameScreen } from '../tests/e2e/support/trainer';
import { startWebMode, type WebModeServer } from '../tests/e2e/support/web-mode';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';

const VIEWPORTS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

/** The face pull's tile, named by all it shows; its heading is the exercise's name. */
const faceTile = (page: Page): Locator =>
  page.getByRole('link').filter({ has: page.getByRole('heading', { name: 'Face pull', exact: true }) });

/** Each screen is shot once `ready` shows, and on a card once its `heading` does. */
const SCREENS: ReadonlyArray<{
  name: string;
  hash: string;
  ready: (page: Page) => Locator;
  heading?: string;
  trainer?: boolean;
}> = [
  { name: 'library', hash: '#/library', ready: faceTile },
  { name: 'card', hash: '#/library', ready: faceTile },
  {
    name: 'card-deadlift',
    hash: '#/library/deadlift',
    ready: (page) => page.getByRole('link', { name: 'Back to the library' }),
    heading: 'Deadlift',
  },
  {
    name: 'trainer-exercise',
    hash: '#/trainer/exercises/face-pull',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'Edit: Face pull' }),
    trainer: true,
  },
  {
    name: 'paired-screens',
    hash: '#/trainer/screens',
    ready: (page) => page.getByRole('button', { name: 'Revoke Rack 3' }),
    trainer: true,
  },
];

/** Screens shown by a heading, not a link: the PIN pad and the code a new screen shows. */
const HEADED_SCREENS: ReadonlyArray<{ name: string; hash: string; heading: string }> = [
  { name: 'pin-pad', hash: '#/trainer/unlock', heading: 'Trainer PIN' },
  { name: 'pairing-code', hash: '#/pair', heading: 'Pair this screen' },
];

/**
 * Screens paired with the Gymdeck, as the list of paired screens shows them: two that have called in from
 * the network (through the loopback proxy the server trusts) and one revoked.
 */
async function pairScreens(server: WebModeServer, trainer: TrainerAccess): Promise<void> {
  const post = async (method: string, payload: unknown, headers: Record<string, string>) => {
    const response = await fetch(`${server.url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(payload),
    });
    return ((await response.json()) as { value: Record<string, unknown> }).value;
  };
  for (const [index, name] of ['Old tablet', 'Front desk', 'Rack 3'].entries()) {
    const from = { 'x-forwarded-for': `192.168.1.${20 + index}` };
    const asked = await post('pairing:request', {}, from);
    const paired = (await trainer.call('screens:pair', { code: asked.code, name })).value as { id: string };
    const claimed = await post('pairing:claim', { claim: asked.claim }, from);
    await post('library:list', {}, { ...from, authorization: `Bearer ${String(claimed.token)}` });
    if (name === 'Old tablet') await trainer.call('screens:revoke', { id: paired.id });
  }
}

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
  const server = await startWebMode(undefined, ['--trust-proxy', '127.0.0.1']);
  const trainer = new TrainerAccess(server.url);
  await pairScreens(server, trainer);
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  });
  try {
    await memberScreens(browser, server, trainer, outDir);
    for (const [orientation, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage({ viewport, baseURL: server.url });
      await nameScreen(page);
      for (const screen of SCREENS) {
        if (screen.trainer) await trainer.unlock();
        await page.goto(screen.hash);
        await screen.ready(page).waitFor();
        if (screen.name === 'card') {
          await screen.ready(page).click();
          await page.getByRole('heading', { level: 1 }).waitFor();
        }
        if (screen.heading) await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        await holdFigures(page);
        const file = resolve(outDir, `${screen.name}-${orientation}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      for (const screen of HEADED_SCREENS) {
        // Trainer mode locked, so the pad asks for the PIN.
        await page.goto('#/library');
        await page.goto(screen.hash);
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
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

/** Loads per exercise of the member's plan, lighter in their first session than in their second. */
const FIRST_LOADS: Readonly<Record<string, number>> = {
  'bent-over-row': 40,
  'seated-cable-row': 35,
  'face-pull': 12.5,
};
const SECOND_LOADS: Readonly<Record<string, number>> = {
  'bent-over-row': 45,
  'seated-cable-row': 37.5,
  'face-pull': 15,
};

/**
 * A member's screens: the trainer's plan builder with its muscle-balance strip, then, for a member with two
 * finished sessions (the second with records), the summary and progress chart, and the set screen of a
 * third session with one set done.
 */
async function memberScreens(
  browser: Browser,
  server: WebModeServer,
  trainer: TrainerAccess,
  outDir: string,
): Promise<void> {
  const { plan } = await memberWithPlan(server.url);
  const pages = new Map<string, Page>();
  for (const [orientation, viewport] of Object.entries(VIEWPORTS)) {
    const page = await browser.newPage({ viewport, baseURL: server.url });
    await nameScreen(page, `screenshots-${orientation}`);
    pages.set(orientation, page);
  }
  const shoot = async (page: Page, name: string, orientation: string): Promise<void> => {
    await holdFigures(page);
    const file = resolve(outDir, `${name}-${orientation}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
    console.log(file);
  };
  /** Signs the member in on the page's screen again, in case the screen's idle return signed them out. */
  const signIn = async (page: Page): Promise<string> => {
    const screen = await screenIdOf(page);
    await callApi(server.url, 'sessions:sign-in', { memberNumber: '1234' }, screen);
    return screen;
  };
  const first = pages.get('landscape');
  if (!first) return;
  const screen = await signIn(first);
  const loads = (table: Readonly<Record<string, number>>) => (exerciseId: string) =>
    table[exerciseId] ?? null;
  await loggedSession(server.url, screen, plan.id, { loadKg: loads(FIRST_LOADS), finish: true });
  const second = await loggedSession(server.url, screen, plan.id, {
    loadKg: loads(SECOND_LOADS),
    finish: true,
  });

  for (const [orientation, page] of pages) {
    await trainer.unlock(`screenshots-${orientation}`);
    await page.goto(`#/trainer/plans/${plan.id}`);
    await page.getByRole('heading', { name: 'Muscle balance' }).waitFor();
    await shoot(page, 'plan-builder', orientation);

    await signIn(page);
    await page.goto(`#/member/session/${second.id}/summary`);
    await page.getByText('Heaviest load', { exact: false }).first().waitFor();
    await shoot(page, 'session-summary', orientation);

    await signIn(page);
    await page.goto('#/member/progress');
    await page.getByRole('img', { name: /Bent-over row/ }).waitFor();
    await shoot(page, 'progress-chart', orientation);
  }

  const third = await loggedSession(server.url, await signIn(first), plan.id, {
    loadKg: loads(SECOND_LOADS),
    sets: 1,
    finish: false,
  });
  for (const [orientation, page] of pages) {
    await signIn(page);
    await page.goto(`#/member/session/${third.id}`);
    await page.getByRole('heading', { name: 'Sets of Bent-over row' }).waitFor();
    await shoot(page, 'set-screen', orientation);
    await page.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
