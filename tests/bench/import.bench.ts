// Library import figures: a 1,000-exercise free-exercise-db list imported through the real router
// (validation, mapping, one transaction with synchronous=FULL) into a fresh store in a temp file, as a
// preview (dry run), for real, and a second time (every entry unchanged). The bar is under 2 s.
// Run: npx tsx tests/bench/import.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiRouter, type Dispatch } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import { openStore, type Db } from '../../src/store/database';
import { seedLibrary } from '../../src/store/seed/seed';
import { generateFreeExerciseDb } from '../support/free-exercise-db';
import {
  describeMachine,
  formatMs,
  formatTable,
  median,
  printSection,
  printTitle,
  timeMsAsync,
} from './harness';

const ENTRIES = 1000;
const RUNS = 7;
const BAR_MS = 2000;

interface Run {
  preview: number;
  commit: number;
  again: number;
}

async function expectOk(dispatch: Dispatch, content: string, dryRun: boolean, added: number): Promise<void> {
  const result = await dispatch('library:import', { content, dryRun });
  const counts = result.ok ? (result.value as { counts: { added: number; unchanged: number } }).counts : null;
  if (!counts || counts.added + counts.unchanged !== ENTRIES || counts.added !== added) {
    throw new Error(`unexpected import result: ${JSON.stringify(result).slice(0, 300)}`);
  }
}

async function oneRun(dir: string, run: number, content: string): Promise<Run> {
  const db: Db = openStore(join(dir, `import-${run}.db`));
  try {
    seedLibrary(db, Date.now());
    const dispatch = createApiRouter(createServices(defaultContext(db)));
    const preview = await timeMsAsync(() => expectOk(dispatch, content, true, ENTRIES));
    const commit = await timeMsAsync(() => expectOk(dispatch, content, false, ENTRIES));
    const again = await timeMsAsync(() => expectOk(dispatch, content, false, 0));
    return { preview, commit, again };
  } finally {
    db.close();
  }
}

export async function runImportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gymdeck-import-bench-'));
  try {
    printTitle('Library import');
    const content = JSON.stringify(generateFreeExerciseDb(ENTRIES));
    console.log(`${describeMachine()}; ${ENTRIES} entries, ${(content.length / 1024).toFixed(0)} KB of JSON`);
    await oneRun(dir, -1, content); // warm-up: module loading and JIT, not counted
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await oneRun(dir, run, content));
    const row = (name: string, pick: (run: Run) => number): string[] => {
      const samples = runs.map(pick);
      return [
        name,
        formatMs(median(samples)),
        formatMs(Math.min(...samples)),
        formatMs(Math.max(...samples)),
      ];
    };
    printSection(
      `${ENTRIES} free-exercise-db entries into a fresh store file through library:import (${RUNS} runs)`,
      formatTable(
        ['', 'median', 'min', 'max'],
        [
          row('preview (dry run, rolled back)', (r) => r.preview),
          row('import', (r) => r.commit),
          row('same file again (all unchanged)', (r) => r.again),
        ],
      ),
    );
    const commit = median(runs.map((r) => r.commit));
    console.log(
      `import median ${formatMs(commit)} against a bar of ${formatMs(BAR_MS)}: ${commit < BAR_MS ? 'within' : 'OVER'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void runImportBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
