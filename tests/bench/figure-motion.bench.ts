// What a moving figure costs the page, in Chromium with real timers at 1920 x 1080:
// - a screen with a moving figure (the exercise card, the circuit player, the display loop) in windows that
//   alternate between the figure moving and every animation of the page paused (the control: the same page,
//   the same machine, the same minute; a figure a step brings meanwhile moves in either);
// - a card loading in a fresh page, with its figure and as a copy of the exercise, which has no figure;
// - a circuit whose step changes every 2 s, once with built-in exercises (a new figure at each step) and
//   once with copies of them.
// For each: the long tasks (over 50 ms) the page saw, the main thread's CPU time and busy time per second,
// and the CPU time of the whole renderer process per second (its compositor thread moves the figure; the
// GPU process, which draws the frames, is not counted).
// CPU time is what the page itself spends; busy time also counts the time the machine gave to others.
// Run: npm run build && npx tsx tests/bench/figure-motion.bench.ts
import type { CDPSession, Page } from '@playwright/test';
import { createEndlessCircuit, launchChromium, startServer } from './chromium-support';
import { describeMachine, formatTable, median, printSection, printTitle } from './harness';

const WINDOWS = 4;
const LOADS = 3;
const WINDOW_MS = 5000;
const STEP_SECONDS = 2;
const STEP_EXERCISES = ['bent-over-row', 'face-pull', 'reverse-fly', 'pull-up'];

const METRICS = ['ThreadTime', 'TaskDuration', 'ProcessTime'] as const;
type Metric = (typeof METRICS)[number];

interface Window {
  longTasks: number[];
  /** Seconds of each metric per second of wall time. */
  perSecond: Record<Metric, number>;
}

async function metrics(cdp: CDPSession): Promise<Record<Metric, number>> {
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => all.find((m) => m.name === name)?.value ?? Number.NaN;
  return Object.fromEntries(METRICS.map((name) => [name, value(name)])) as Record<Metric, number>;
}

async function takeLongTasks(page: Page): Promise<number[]> {
  return (await page.evaluate('window.__longTasks.splice(0)')) as number[];
}

async function measureWindow(page: Page, cdp: CDPSession, ms = WINDOW_MS): Promise<Window> {
  await takeLongTasks(page);
  const before = await metrics(cdp);
  const started = Date.now();
  await page.waitForTimeout(ms);
  const after = await metrics(cdp);
  const seconds = (Date.now() - started) / 1000;
  const perSecond = Object.fromEntries(
    METRICS.map((name) => [name, (after[name] - before[name]) / seconds]),
  ) as Record<Metric, number>;
  return { longTasks: await takeLongTasks(page), perSecond };
}

async function openPage(
  url: string,
  path: string,
): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, baseURL: url });
  await page.addInitScript({
    content: `window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });`,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(path);
  return { page, cdp, close: () => browser.close() };
}

function row(name: string, windows: Window[]): string[] {
  const tasks = windows.flatMap((w) => w.longTasks);
  const ms = (metric: Metric): string =>
    `${(median(windows.map((w) => w.perSecond[metric])) * 1000).toFixed(0)} ms/s`;
  return [
    name,
    String(tasks.length),
    tasks.length ? `${Math.max(...tasks).toFixed(0)} ms` : '-',
    ms('ThreadTime'),
    ms('TaskDuration'),
    ms('ProcessTime'),
  ];
}

/** Plays or pauses every animation on the page (a paused one is the control: the same page, standing still). */
async function playAll(page: Page, play: boolean): Promise<void> {
  await page.evaluate(
    `for (const animation of document.getAnimations()) animation.${play ? 'play' : 'pause'}();`,
  );
}

/** A screen with a moving figure, moving and frozen in turn; first the long tasks of its loading. */
async function movingAndFrozen(name: string, url: string, path: string): Promise<string[][]> {
  const { page, cdp, close } = await openPage(url, path);
  try {
    await page.locator('.movement-figure--moving').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    const loading = await takeLongTasks(page);
    const moving: Window[] = [];
    const frozen: Window[] = [];
    for (let round = 0; round < WINDOWS; round += 1) {
      await playAll(page, true);
      moving.push(await measureWindow(page, cdp));
      await playAll(page, false);
      frozen.push(await measureWindow(page, cdp));
    }
    const seconds = (WINDOWS * WINDOW_MS) / 1000;
    return [
      [
        `${name}: loading`,
        String(loading.length),
        loading.length ? `${Math.max(...loading).toFixed(0)} ms` : '-',
        '',
        '',
        '',
      ],
      row(`${name}: figure moving, ${seconds} s`, moving),
      row(`${name}: paused, ${seconds} s`, frozen),
    ];
  } finally {
    await close();
  }
}

/** Long tasks while a card loads, over LOADS fresh pages (the page's own code, the card, its picture). */
async function loadingCard(name: string, url: string, exerciseId: string): Promise<string[]> {
  const tasks: number[] = [];
  const busy: number[] = [];
  for (let load = 0; load < LOADS; load += 1) {
    const { page, cdp, close } = await openPage(url, `/#/library/${exerciseId}`);
    try {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(1000);
      tasks.push(...(await takeLongTasks(page)));
      busy.push((await metrics(cdp)).ThreadTime);
    } finally {
      await close();
    }
  }
  return [
    `${name}, ${LOADS} loads`,
    String(tasks.length),
    tasks.length ? `${Math.max(...tasks).toFixed(0)} ms` : '-',
    `${(median(busy) * 1000).toFixed(0)} ms in all`,
    '',
    '',
  ];
}

/** A circuit changing step every STEP_SECONDS, played for WINDOWS windows. */
async function changingSteps(name: string, url: string, circuitId: string): Promise<string[]> {
  const { page, cdp, close } = await openPage(url, `/#/circuits/${circuitId}/play`);
  try {
    await page.getByRole('timer').waitFor();
    await page.waitForTimeout(STEP_SECONDS * 1000 * STEP_EXERCISES.length);
    const windows: Window[] = [];
    for (let round = 0; round < WINDOWS; round += 1) windows.push(await measureWindow(page, cdp));
    return row(`${name}, ${(WINDOWS * WINDOW_MS) / 1000} s`, windows);
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  printTitle('A moving figure on screen (Chromium, real timers, 1920 x 1080)');
  console.log(describeMachine());
  const server = await startServer();
  try {
    await server.unlockTrainer();
    const longStep = await createEndlessCircuit(server, ['face-pull'], 600, false);
    const rows = [
      ...(await movingAndFrozen('card', server.url, '/#/library/bent-over-row')),
      ...(await movingAndFrozen('circuit player', server.url, `/#/circuits/${longStep}/play`)),
      ...(await movingAndFrozen('display loop', server.url, '/#/')),
    ];
    // Trainer mode closes on a screen left alone this long: open it again.
    await server.unlockTrainer();
    const copies: string[] = [];
    for (const id of STEP_EXERCISES) {
      const copy = (await server.call('library:duplicate', { id })) as { value?: { id: string } };
      if (!copy.value) throw new Error(`${id} was not duplicated.`);
      copies.push(copy.value.id);
    }
    rows.push(
      await loadingCard('card with its figure: loading', server.url, 'bent-over-row'),
      await loadingCard('card of a copy without a figure: loading', server.url, copies[0] ?? ''),
    );
    const withFigures = await createEndlessCircuit(server, STEP_EXERCISES, STEP_SECONDS, false);
    const withoutFigures = await createEndlessCircuit(server, copies, STEP_SECONDS, false);
    rows.push(
      await changingSteps(
        `a new step every ${STEP_SECONDS} s, each with its figure`,
        server.url,
        withFigures,
      ),
      await changingSteps(
        `a new step every ${STEP_SECONDS} s, copies without figures`,
        server.url,
        withoutFigures,
      ),
    );
    printSection(
      `Long tasks, and time per second (median of ${WINDOWS} windows of ${WINDOW_MS / 1000} s)`,
      formatTable(['', 'long tasks', 'longest', 'main thread CPU', 'main thread busy', 'renderer CPU'], rows),
    );
    console.log(
      'Target: no long task while a figure moves; a moving figure adds no main-thread time to a paused one.',
    );
  } finally {
    server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
