// Library page figures: `library:list` through the real router over a store holding 10,000 generated
// exercises (as after a big import), timed with the JSON both transports turn the answer into, and the
// size of that JSON: the first page a member sees, a page deep into "Show more", the trainer's list, a
// search, the largest page a caller may ask for, and the first page after an edit. Beside them, the whole
// list of summaries that `library:list` answered before it answered in pages.
// Run: npx tsx tests/bench/library-page.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiRouter } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import type { MethodInput } from '@shared/contract';
import { LIBRARY_PAGE_MAX, draftOf, type ExercisePage } from '@shared/domain';
import { openStore } from '../../src/store/database';
import { listExerciseSummaries } from '../../src/store/repositories/exercises';
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

const EXERCISES = 10_000;
const SAMPLES = 100;
const WARM_UP = 10;
const BAR_MS = 20;
const BAR_BYTES = 100 * 1024;

const CASES: ReadonlyArray<{ name: string; input: MethodInput<'library:list'> }> = [
  { name: 'first page of the library', input: {} },
  { name: 'a page deep into "Show more"', input: { offset: 9000 } },
  { name: "trainer's list, archived too", input: { status: 'all' } },
  { name: 'search "row", first page', input: { query: 'row' } },
  { name: 'muscle rhomboids + goal strength', input: { muscles: ['rhomboids'], goal: 'strength' } },
  { name: `largest page (${LIBRARY_PAGE_MAX})`, input: { limit: LIBRARY_PAGE_MAX } },
];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gymdeck-page-bench-'));
  try {
    printTitle('Library pages');
    const db = openStore(join(dir, 'pages.db'));
    seedLibrary(db, Date.now());
    const fillMs = timeMs(() => fillLibrary(db, EXERCISES));
    const services = createServices(defaultContext(db));
    const dispatch = createApiRouter(services);

    /** One call as a transport makes it: the router, then the answer as JSON. */
    const call = async (
      input: MethodInput<'library:list'>,
    ): Promise<{ json: string; page: ExercisePage }> => {
      const result = await dispatch('library:list', input);
      if (!result.ok) throw new Error(`library:list failed: ${result.error.message}`);
      return { json: JSON.stringify(result), page: result.value as ExercisePage };
    };
    const first = await timeMsAsync(() => call({}));
    const { page } = await call({});
    console.log(
      `${describeMachine()}; ${page.total} exercises (generated in ${formatMs(fillMs)}); ` +
        `the very first page after start: ${formatMs(first)}`,
    );

    const rows: string[][] = [];
    const all: number[] = [];
    let largest = 0;
    for (const { name, input } of CASES) {
      for (let run = 0; run < WARM_UP; run += 1) await call(input);
      const samples: number[] = [];
      for (let run = 0; run < SAMPLES; run += 1) samples.push(await timeMsAsync(() => call(input)));
      const answer = await call(input);
      const bytes = Buffer.byteLength(answer.json);
      largest = Math.max(largest, bytes);
      all.push(...samples);
      rows.push([
        name,
        `${answer.page.exercises.length} of ${answer.page.total}`,
        formatMs(percentile(samples, 50)),
        formatMs(percentile(samples, 95)),
        kb(bytes),
      ]);
    }

    // A trainer's edit, then the next page a member asks for.
    const afterEdit: number[] = [];
    for (let run = 0; run < 20; run += 1) {
      const id = `bench-${run * 13}`;
      const exercise = services.library.get(id);
      services.libraryEditing.update(id, { ...draftOf(exercise), name: `${exercise.name} (edited)` });
      afterEdit.push(await timeMsAsync(() => call({})));
    }
    rows.push([
      'first page after an edit',
      '',
      formatMs(percentile(afterEdit, 50)),
      formatMs(percentile(afterEdit, 95)),
      '',
    ]);

    const whole: number[] = [];
    let wholeBytes = 0;
    for (let run = 0; run < 5; run += 1) {
      whole.push(
        timeMs(() => {
          wholeBytes = Buffer.byteLength(JSON.stringify({ ok: true, value: listExerciseSummaries(db) }));
        }),
      );
    }
    rows.push([
      'beside it: every summary in one answer',
      String(page.counts.active),
      formatMs(percentile(whole, 50)),
      formatMs(percentile(whole, 95)),
      kb(wholeBytes),
    ]);
    db.close();

    printSection(
      `library:list at ${EXERCISES.toLocaleString('en')} exercises (${SAMPLES} samples each after ${WARM_UP} warm-up calls)`,
      formatTable(['', 'exercises', 'p50', 'p95', 'JSON'], rows),
    );
    printSection(
      'Summary',
      formatTable(
        ['', 'figure', 'bar'],
        [
          ['pages above, p95 of all', formatMs(percentile(all, 95)), `${BAR_MS} ms`],
          ['first page after an edit, p95', formatMs(percentile(afterEdit, 95)), `${BAR_MS} ms`],
          ['largest answer above', kb(largest), kb(BAR_BYTES)],
        ],
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
