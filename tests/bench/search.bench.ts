// Library search figures: `library:list` through the real router (validation, the FTS5 query and filters in
// SQLite, the first page of summaries from the service's memory of them) over a store holding 5,000
// generated exercises, for the queries a member types and taps. Beside it, the repository loading every
// hit's summary from SQLite (what each search cost without that memory), and the first search after an
// edit, which reads again only the exercise that changed (beside it, reading every summary again, as the
// first search after an edit once did).
// Run: npx tsx tests/bench/search.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiRouter } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import type { MethodInput } from '@shared/contract';
import { draftOf, type ExercisePage } from '@shared/domain';
import { openStore } from '../../src/store/database';
import { listExerciseSummaries } from '../../src/store/repositories/exercises';
import { toFtsQuery } from '../../src/store/repositories/exercise-search';
import { seedLibrary } from '../../src/store/seed/seed';
import {
  describeMachine,
  formatMs,
  formatTable,
  percentile,
  printSection,
  printTitle,
  timeMs,
  timeMsAsync,
} from './harness';
import { fillLibrary } from './library-fixture';

const EXERCISES = 5000;
const SAMPLES = 200;
const WARM_UP = 30;
const AFTER_WRITE_RUNS = 20;

/** What a member types or taps, each as the renderer sends it. */
const TYPICAL: ReadonlyArray<{ name: string; input: MethodInput<'library:list'> }> = [
  { name: '"row"', input: { query: 'row' } },
  { name: '"curl"', input: { query: 'curl' } },
  { name: '"face pull"', input: { query: 'face pull' } },
  { name: '"rhomb" (muscle)', input: { query: 'rhomb' } },
  { name: '"glute" (muscle)', input: { query: 'glute' } },
  { name: '"cable" (equipment)', input: { query: 'cable' } },
  { name: '"single arm row"', input: { query: 'single arm row' } },
  { name: '"ROW" + goal posture', input: { query: 'ROW', goal: 'posture' } },
  { name: '"press" + dumbbells', input: { query: 'press', equipment: ['dumbbells'] } },
  { name: 'muscle rhomboids + goal strength', input: { muscles: ['rhomboids'], goal: 'strength' } },
  { name: 'equipment cable station', input: { equipment: ['cable-station'] } },
  { name: '"zzz" (no match)', input: { query: 'zzz' } },
];

/** Broad lists: the first letters of a word, a whole region, the whole library. */
const BROAD: ReadonlyArray<{ name: string; input: MethodInput<'library:list'> }> = [
  { name: '"r" (first letter)', input: { query: 'r' } },
  { name: '"ro"', input: { query: 'ro' } },
  { name: '"lat" (muscle and names)', input: { query: 'lat' } },
  { name: 'region mid back (3 muscles)', input: { muscles: ['rhomboids', 'middle-traps', 'lower-traps'] } },
  { name: 'whole library (no filter)', input: {} },
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gymdeck-bench-'));
  try {
    printTitle('Library search');
    const db = openStore(join(dir, 'search.db'));
    seedLibrary(db, Date.now());
    const fillMs = timeMs(() => fillLibrary(db, EXERCISES));
    const total = listExerciseSummaries(db).length;
    console.log(`${describeMachine()}; ${total} exercises (generated in ${formatMs(fillMs)})`);

    const services = createServices(defaultContext(db));
    const dispatch = createApiRouter(services);
    const viaRouter = async (input: MethodInput<'library:list'>): Promise<number> => {
      const result = await dispatch('library:list', input);
      if (!result.ok) throw new Error(`library:list failed: ${result.error.message}`);
      return (result.value as ExercisePage).total;
    };
    const ftsOnly = db.prepare<[string], { id: string }>(
      `SELECT r.exercise_id AS id FROM exercise_search s JOIN exercise_search_row r ON r.doc = s.rowid
       WHERE exercise_search MATCH ?`,
    );

    /** Router and repository timings per query, interleaved so that the machine's load hits both alike. */
    const measure = async (queries: typeof TYPICAL) => {
      const rows: string[][] = [];
      const all: number[] = [];
      const fts: number[] = [];
      for (const { name, input } of queries) {
        for (let run = 0; run < WARM_UP; run += 1) await viaRouter(input);
        const hits = await viaRouter(input);
        const router: number[] = [];
        const repository: number[] = [];
        const match = input.query ? toFtsQuery(input.query) : null;
        for (let run = 0; run < SAMPLES; run += 1) {
          router.push(await timeMsAsync(() => viaRouter(input)));
          repository.push(timeMs(() => listExerciseSummaries(db, input)));
          if (match) fts.push(timeMs(() => ftsOnly.all(match)));
        }
        all.push(...router);
        rows.push([
          name,
          String(hits),
          formatMs(percentile(router, 50)),
          formatMs(percentile(router, 95)),
          formatMs(percentile(repository, 50)),
          formatMs(percentile(repository, 95)),
        ]);
      }
      return { rows, all, fts };
    };
    const header = ['query', 'hits', 'router p50', 'router p95', 'summaries from SQL p50', 'p95'];

    const typical = await measure(TYPICAL);
    printSection(
      `library:list, typical queries (${SAMPLES} samples each after ${WARM_UP} warm-up calls)`,
      formatTable(header, typical.rows),
    );
    const broad = await measure(BROAD);
    printSection('library:list, broad lists (for comparison)', formatTable(header, broad.rows));

    // A trainer's edit rewrites the exercise and all its parts; then a member searches.
    const afterEdit: number[] = [];
    const everySummary: number[] = [];
    for (let run = 0; run < AFTER_WRITE_RUNS; run += 1) {
      const id = `bench-${run * 97}`;
      const exercise = services.library.get(id);
      services.libraryEditing.update(id, { ...draftOf(exercise), name: `${exercise.name} (edited)` });
      afterEdit.push(await timeMsAsync(() => viaRouter({ query: 'row' })));
      everySummary.push(timeMs(() => listExerciseSummaries(db, { status: 'all' })));
    }
    db.close();

    printSection(
      'Summary',
      formatTable(
        ['', 'n', 'p50', 'p95', 'p99'],
        [
          ['typical queries through the router (bar: 5 ms p95)', typical.all],
          ['FTS5 match alone, typical text queries', typical.fts],
          ['broad lists through the router', broad.all],
          ['first "row" search after an edit (bar: 10 ms)', afterEdit],
          ['  beside it: reading every summary again', everySummary],
        ].map(([label, samples]) => [
          label as string,
          String((samples as number[]).length),
          formatMs(percentile(samples as number[], 50)),
          formatMs(percentile(samples as number[], 95)),
          formatMs(percentile(samples as number[], 99)),
        ]),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
