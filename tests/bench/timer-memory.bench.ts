// Memory over a long circuit in Chromium: 1,000 circuit steps played by the built circuit player on an
// accelerated clock (Playwright's), then the JS heap after a forced GC, the DOM node count and the event
// listener count, against a baseline taken after the first steps; and long tasks (over 50 ms) seen while
// it played. Run: npm run build && npx tsx tests/bench/timer-memory.bench.ts
import type { CDPSession } from '@playwright/test';
import { describeMachine, formatTable, printSection, printTitle } from './harness';
import { createEndlessCircuit, launchChromium, startServer } from './chromium-support';

const STEPS = 1000;

/** Four one-second steps with every cue on, no rests or breaks, forever: every phase is a step. */
const QUICK_STEPS = ['face-pull', 'reverse-fly', 'seated-cable-row', 'pull-up'];

interface Sample {
  heapBytes: number;
  nodes: number;
  listeners: number;
}

async function measure(cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    heapBytes: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
  };
}

async function main(): Promise<void> {
  printTitle(`Memory after ${STEPS} circuit steps on an accelerated clock (Chromium)`);
  console.log(describeMachine());
  const server = await startServer();
  const browser = await launchChromium();
  try {
    await server.unlockTrainer();
    const circuitId = await createEndlessCircuit(server, QUICK_STEPS, 1, true);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, baseURL: server.url });
    await page.addInitScript({
      content: `window.__longTasks = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
          .observe({ type: 'longtask', buffered: true });`,
    });
    const start = Date.UTC(2026, 0, 5, 9);
    await page.clock.install({ time: start });
    await page.clock.pauseAt(start + 1000);
    await page.goto(`/#/circuits/${circuitId}/play`);
    await page.getByRole('timer').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    // Warm up first, so code compiled and caches filled on the first rounds do not count as growth.
    await page.clock.runFor(100_000);
    const baseline = await measure(cdp);
    await page.evaluate('window.__longTasks.length = 0');
    const started = Date.now();
    for (let done = 0; done < STEPS; done += 100) await page.clock.runFor(100_000);
    const wallSeconds = (Date.now() - started) / 1000;
    const after = await measure(cdp);
    const longTasks = (await page.evaluate('window.__longTasks')) as number[];
    const shown = await page.getByText(/^Round \d+$/).textContent();

    printSection(
      `After ${STEPS} more steps (${shown ?? '?'}; ${wallSeconds.toFixed(1)} s of real time)`,
      formatTable(
        ['', 'baseline', 'after', 'growth'],
        [
          [
            'JS heap after GC',
            `${(baseline.heapBytes / 1e6).toFixed(2)} MB`,
            `${(after.heapBytes / 1e6).toFixed(2)} MB`,
            `${((after.heapBytes - baseline.heapBytes) / 1e6).toFixed(3)} MB`,
          ],
          ['DOM nodes', String(baseline.nodes), String(after.nodes), String(after.nodes - baseline.nodes)],
          [
            'event listeners',
            String(baseline.listeners),
            String(after.listeners),
            String(after.listeners - baseline.listeners),
          ],
        ],
      ),
    );
    console.log(
      `\nLong tasks (> 50 ms) while playing: ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''}`,
    );
    console.log('Target: heap growth under 1 MB; DOM nodes and listeners back to the baseline.');
  } finally {
    await browser.close();
    server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
