// Timer accuracy in Chromium (real timers, no fake clock): how late the rest timer screen of the built app
// notices the end of a countdown while the page is busy (a 40 ms task every 100 ms), against two naive
// counters run beside it in the same page as the control: a setInterval that counts seconds down, and a
// chain of 1 s setTimeouts. 20 countdowns one after another, 30 s each: a 10-minute run, so growth of the
// error over time shows. GYMDECK_BENCH_REST_SECONDS shortens each countdown for a quick look.
// Run: npm run build && npx tsx tests/bench/timer-accuracy.bench.ts
import {
  describeMachine,
  formatMs,
  formatTable,
  latencyTable,
  median,
  printSection,
  printTitle,
} from './harness';
import { launchChromium, startServer } from './chromium-support';

const COUNTDOWNS = 20;
/** The page's screen id (each screen keeps its own timer run, so the bench reads this one's). */
const PAGE_SCREEN = 'bench-rest-screen';
const REST_SECONDS = Number(process.env.GYMDECK_BENCH_REST_SECONDS ?? 30);

/**
 * Runs in the page before the app: the busy load, the page-clock offset the app also uses (Date.now()
 * minus performance.now()), and a watcher that stamps the instant the phase badge turns to "Done". The
 * naive counters start when `startControls` is called, as the screen starts its rest. The offset is the
 * largest of several readings: a reading can only be too small, by however long the page paused between
 * its two clock reads, and on a busy machine one reading alone made the screen look up to 21 ms early.
 */
const PAGE_SCRIPT = `
  window.__bench = { offset: (() => {
    const read = () => Date.now() - performance.now();
    read();
    return Math.max(...Array.from({ length: 20 }, read));
  })(), done: [], naiveInterval: [], naiveTimeout: [] };
  setInterval(() => { const until = performance.now() + 40; while (performance.now() < until) {} }, 100);
  new MutationObserver(() => {
    const badge = document.querySelector('[role="status"][aria-label="Phase"]');
    const b = window.__bench;
    if (badge && badge.textContent.trim() === 'Done' && b.armed) {
      b.armed = false;
      b.done.push(b.offset + performance.now());
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  window.__startControls = (seconds) => {
    const b = window.__bench;
    b.armed = true;
    const start = performance.now();
    const end = start + seconds * 1000;
    let left = seconds;
    const interval = setInterval(() => {
      left -= 1;
      if (left === 0) { clearInterval(interval); b.naiveInterval.push(performance.now() - end); }
    }, 1000);
    let count = seconds;
    const step = () => {
      count -= 1;
      if (count === 0) b.naiveTimeout.push(performance.now() - end);
      else setTimeout(step, 1000);
    };
    setTimeout(step, 1000);
  };
`;

interface StoredRun {
  ok: boolean;
  value: { run: { countdown: { endsAt: number | null } } | null };
}

/** Polls `ready` (the page's CSP forbids the string evaluation waitForFunction needs). */
async function waitFor(ready: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('Timed out waiting for the page');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  printTitle(`Timer accuracy under a busy page (${COUNTDOWNS} x ${REST_SECONDS} s in Chromium)`);
  console.log(describeMachine());
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, baseURL: server.url });
    await page.addInitScript({ content: PAGE_SCRIPT });
    await page.addInitScript({
      content: `window.localStorage.setItem('gymdeck.screen-id', ${JSON.stringify(PAGE_SCREEN)});`,
    });
    await page.goto('/#/circuits');
    const screen: number[] = [];
    for (let index = 0; index < COUNTDOWNS; index += 1) {
      // Leaving the rest screen forgets its run, so the next visit starts a fresh countdown.
      await page.goto('/#/circuits');
      await page.getByRole('heading', { level: 1, name: 'Circuits' }).waitFor();
      await page.goto(`/#/rest?seconds=${REST_SECONDS}`);
      await page.getByRole('timer').waitFor();
      await page.evaluate(`window.__startControls(${REST_SECONDS})`);
      // The screen saves its countdown just after showing it.
      let endsAt: number | null = null;
      await waitFor(async () => {
        const stored = (await server.call('timers:get-run', {}, PAGE_SCREEN)) as StoredRun;
        endsAt = stored.value.run?.countdown.endsAt ?? null;
        return endsAt !== null;
      });
      if (endsAt === null) throw new Error('The rest timer did not store its countdown');
      await page
        .getByRole('heading', { name: 'Rest is over' })
        .waitFor({ timeout: REST_SECONDS * 1000 + 10_000 });
      await waitFor(
        async () => ((await page.evaluate('window.__bench.naiveTimeout.length')) as number) > index,
      );
      const done = (await page.evaluate('window.__bench.done')) as number[];
      screen.push((done[index] ?? Number.NaN) - endsAt);
      process.stdout.write(
        `  countdown ${index + 1}/${COUNTDOWNS}: ${formatMs(screen[index] ?? Number.NaN)} late\n`,
      );
    }
    const controls = (await page.evaluate(
      '({ interval: window.__bench.naiveInterval, timeout: window.__bench.naiveTimeout })',
    )) as { interval: number[]; timeout: number[] };

    printSection(
      'How late the end is noticed (negative would be early)',
      latencyTable([
        { name: 'rest timer screen', samples: screen },
        { name: 'naive setInterval counter', samples: controls.interval },
        { name: 'naive setTimeout chain', samples: controls.timeout },
      ]),
    );
    const quarter = Math.max(1, Math.floor(COUNTDOWNS / 4));
    const early = (samples: number[]): string => formatMs(median(samples.slice(0, quarter)));
    const late = (samples: number[]): string => formatMs(median(samples.slice(-quarter)));
    printSection(
      'Growth over the run: median of the first and the last quarter of the countdowns',
      formatTable(
        ['', 'first quarter', 'last quarter'],
        [
          ['rest timer screen', early(screen), late(screen)],
          ['naive setInterval counter', early(controls.interval), late(controls.interval)],
          ['naive setTimeout chain', early(controls.timeout), late(controls.timeout)],
        ],
      ),
    );
    console.log(
      `\nEarly completions of the rest timer screen: ${screen.filter((error) => error < 0).length}`,
    );
    console.log('Target: +20 ms median, +50 ms p99, no growth across the run.');
  } finally {
    await browser.close();
    server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
