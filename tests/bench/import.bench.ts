// Library import figures: free-exercise-db lists of 1,000 and 9,500 entries (the larger one about 10 MB)
// imported through the built web-mode server (`npm run bench` builds first) into a fresh data folder: a
// preview, the import, and the same file again (every entry unchanged). While each runs, a second client
// keeps calling other methods, as the display loop and a member's timer do, and the time each call took is
// noted; the same calls with no import running are the baseline. The bar is 100 ms at p99 during an import.
// The import comes from a screen a trainer unlocked with the PIN; the probes come from another screen.
// Run: npx tsx tests/bench/import.bench.ts (after npm run build)
import { generateFreeExerciseDb } from '../support/free-exercise-db';
import { apiHeaders, startServer, type BenchServer } from './chromium-support';
import {
  describeMachine,
  formatMs,
  formatTable,
  latencyTable,
  printSection,
  printTitle,
  summarize,
} from './harness';

const SIZES = [
  { entries: 1000, moreInstructions: 0 },
  { entries: 9500, moreInstructions: 4 },
] as const;
const PROBE_EVERY_MS = 20;
const BAR_MS = 100;
/** The second screen, which keeps calling while the trainer's screen imports. */
const PROBE_SCREEN = 'bench-probe';

/** The calls a second screen keeps making while an import runs. */
const PROBES: readonly { name: string; method: string; input: () => unknown }[] = [
  { name: 'library:list (search "row")', method: 'library:list', input: () => ({ query: 'row' }) },
  { name: 'timers:get-run', method: 'timers:get-run', input: () => ({}) },
  {
    name: 'timers:save-run (a write)',
    method: 'timers:save-run',
    input: () => ({
      run: {
        kind: 'countdown',
        restSeconds: 60,
        exerciseId: null,
        countdown: { durationMs: 60_000, endsAt: Date.now() + 60_000, pausedRemainingMs: null },
      },
    }),
  },
];

async function timedCall(server: BenchServer, method: string, input: unknown): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: apiHeaders(PROBE_SCREEN),
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message ?? response.status}`);
  return performance.now() - start;
}

/** Calls each probe in turn every PROBE_EVERY_MS until `until` settles; answers each probe's times. */
async function probeWhile(server: BenchServer, until: Promise<unknown>): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>(PROBES.map((probe) => [probe.name, []]));
  let running = true;
  const stop = until.finally(() => (running = false));
  for (let turn = 0; running; turn += 1) {
    const probe = PROBES[turn % PROBES.length];
    if (!probe) break;
    const took = await timedCall(server, probe.method, probe.input());
    if (running) samples.get(probe.name)?.push(took);
    await Promise.race([stop, new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS))]);
  }
  return samples;
}

interface Phase {
  name: string;
  ms: number;
  counts: string;
  probes: Map<string, number[]>;
}

async function importPhase(
  server: BenchServer,
  name: string,
  content: string,
  dryRun: boolean,
): Promise<Phase> {
  // Encoded before the clock starts: turning 10 MB into a request body would otherwise stop this process,
  // which also times the other calls, and be counted against the server.
  const body = Buffer.from(JSON.stringify({ content, dryRun }));
  const start = performance.now();
  const importing = fetch(`${server.url}/api/library:import`, {
    method: 'POST',
    headers: apiHeaders(),
    body,
  }).then(async (response) => {
    const ms = performance.now() - start;
    const body = (await response.json()) as { ok: boolean; value?: { counts: Record<string, number> } };
    if (!body.ok || !body.value) throw new Error(`the import failed: ${JSON.stringify(body).slice(0, 300)}`);
    return { ms, counts: body.value.counts };
  });
  const [result, probes] = await Promise.all([importing, probeWhile(server, importing)]);
  const { added = 0, updated = 0, unchanged = 0, skipped = 0 } = result.counts;
  return {
    name,
    ms: result.ms,
    counts: `${added} added, ${updated} updated, ${unchanged} unchanged, ${skipped} skipped`,
    probes,
  };
}

async function baseline(server: BenchServer): Promise<Map<string, number[]>> {
  const idle = new Promise((resolve) => setTimeout(resolve, 3000));
  return probeWhile(server, idle);
}

function merged(phases: readonly Phase[]): Map<string, number[]> {
  const all = new Map<string, number[]>();
  for (const phase of phases) {
    for (const [name, samples] of phase.probes) all.set(name, [...(all.get(name) ?? []), ...samples]);
  }
  return all;
}

export async function runImportBench(): Promise<void> {
  printTitle('Library import');
  console.log(`${describeMachine()}; the built web-mode server in its own process, probed over HTTP`);
  for (const size of SIZES) {
    const content = JSON.stringify(generateFreeExerciseDb(size.entries, size.moreInstructions));
    const server = await startServer();
    try {
      await server.unlockTrainer();
      await timedCall(server, 'library:list', {}); // warm-up
      const idle = await baseline(server);
      const phases = [
        await importPhase(server, 'preview (nothing written)', content, true),
        await importPhase(server, 'import', content, false),
        await importPhase(server, 'same file again (all unchanged)', content, false),
      ];
      const megabytes = (content.length / 1024 / 1024).toFixed(1);
      printSection(
        `${size.entries} free-exercise-db entries (${megabytes} MB) through library:import`,
        formatTable(
          ['', 'took', 'outcome'],
          phases.map((phase) => [phase.name, formatMs(phase.ms), phase.counts]),
        ),
      );
      const during = merged(phases);
      printSection(
        `Other calls while the ${size.entries}-entry import ran (every ${PROBE_EVERY_MS} ms, one at a time)`,
        latencyTable(
          PROBES.flatMap((probe) => [
            { name: `${probe.name}, no import`, samples: idle.get(probe.name) ?? [] },
            { name: `${probe.name}, during`, samples: during.get(probe.name) ?? [] },
          ]),
        ),
      );
      const worst = Math.max(...[...during.values()].map((samples) => summarize(samples).p99));
      console.log(
        `worst p99 of another call during the import ${formatMs(worst)} against a bar of ` +
          `${formatMs(BAR_MS)}: ${worst <= BAR_MS ? 'within' : 'OVER'}`,
      );
    } finally {
      server.stop();
    }
  }
}

void runImportBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
