// Library search figures: `library:list` through the real router (validation, the FTS5 query and filters in
// SQLite, summaries from the service's memory of them) over a store holding 5,000 generated exercises, for
// the queries a member types and taps. Beside it, the repository loading every hit's summary from SQLite
// (what each search cost without that memory), and the first search after a write, which reloads it.
// Run: npx tsx tests/bench/search.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiRouter } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import type { MethodInput } from '@shared/contract';
import { GOALS, TAGS, type Level, type Tag } from '@shared/domain';
import { openStore, type Db } from '../../src/store/database';
import { insertExercise, listExerciseSummaries } from '../../src/store/repositories/exercises';
import { toFtsQuery } from '../../src/store/repositories/exercise-search';
import { seedLibrary } from '../../src/store/seed/seed';
import { EQUIPMENT, MUSCLES } from '../../src/store/seed/vocabulary';
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

const EXERCISES = 5000;
const SAMPLES = 200;
const WARM_UP = 30;
const AFTER_WRITE_RUNS = 20;

/** Movement names with the muscles they work, primary first: a library spread over the whole body. */
const MOVEMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['row', ['lats', 'rhomboids', 'middle-traps', 'rear-delts', 'biceps']],
  ['pulldown', ['lats', 'teres-major', 'biceps', 'lower-traps']],
  ['pullover', ['lats', 'chest', 'triceps']],
  ['face pull', ['rear-delts', 'middle-traps', 'rotator-cuff']],
  ['reverse fly', ['rear-delts', 'rhomboids', 'middle-traps']],
  ['shrug', ['upper-traps', 'forearms']],
  ['Y raise', ['lower-traps', 'middle-traps', 'rear-delts']],
  ['external rotation', ['rotator-cuff', 'rear-delts']],
  ['bench press', ['chest', 'front-delts', 'triceps']],
  ['floor press', ['chest', 'triceps', 'front-delts']],
  ['chest fly', ['chest', 'front-delts']],
  ['push-up', ['chest', 'triceps', 'front-delts', 'abs']],
  ['dip', ['triceps', 'chest', 'front-delts']],
  ['overhead press', ['front-delts', 'triceps', 'upper-traps']],
  ['lateral raise', ['front-delts', 'upper-traps']],
  ['front raise', ['front-delts', 'chest']],
  ['biceps curl', ['biceps', 'forearms']],
  ['hammer curl', ['biceps', 'forearms']],
  ['triceps extension', ['triceps']],
  ['skull crusher', ['triceps']],
  ['wrist curl', ['forearms']],
  ['farmer carry', ['forearms', 'upper-traps', 'abs', 'obliques']],
  ['squat', ['quadriceps', 'glutes', 'adductors', 'erector-spinae']],
  ['split squat', ['quadriceps', 'glutes', 'adductors']],
  ['lunge', ['quadriceps', 'glutes', 'hamstrings']],
  ['step-up', ['quadriceps', 'glutes']],
  ['leg press', ['quadriceps', 'glutes']],
  ['leg extension', ['quadriceps']],
  ['deadlift', ['erector-spinae', 'glutes', 'hamstrings', 'forearms']],
  ['good morning', ['hamstrings', 'erector-spinae', 'glutes']],
  ['hip thrust', ['glutes', 'hamstrings']],
  ['glute bridge', ['glutes', 'hamstrings', 'abs']],
  ['leg curl', ['hamstrings', 'calves']],
  ['calf raise', ['calves']],
  ['hip abduction', ['abductors', 'glutes']],
  ['hip adduction', ['adductors']],
  ['crunch', ['abs', 'obliques']],
  ['plank', ['abs', 'obliques', 'erector-spinae']],
  ['side plank', ['obliques', 'abs', 'abductors']],
  ['woodchop', ['obliques', 'abs', 'front-delts']],
  ['rollout', ['abs', 'lats', 'obliques']],
  ['back extension', ['erector-spinae', 'glutes', 'hamstrings']],
  ['neck flexion', ['neck']],
  ['swing', ['glutes', 'hamstrings', 'erector-spinae', 'forearms']],
];
const VARIANTS = [
  'Seated',
  'Standing',
  'Incline',
  'Decline',
  'Single-arm',
  'Bent-over',
  'Kneeling',
  'Wide-grip',
  'Close-grip',
  'Reverse-grip',
  'Half-kneeling',
  'Split-stance',
  'Chest-supported',
  'Paused',
  'Tempo',
];
const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];

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

/** A small deterministic generator, so every run measures the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function fillLibrary(db: Db): void {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const muscleIds = MUSCLES.map((muscle) => muscle.id);
  const equipment = EQUIPMENT.filter((item) => item.id !== 'other');
  const now = Date.now();
  db.transaction(() => {
    for (let index = 0; index < EXERCISES; index += 1) {
      const tool = pick(equipment);
      const [movement, worked] = pick(MOVEMENTS);
      const name = `${pick(VARIANTS)} ${tool.name.toLowerCase()} ${movement} ${index}`;
      const split = 1 + Math.floor(next() * Math.min(2, worked.length));
      const primary = worked.slice(0, split);
      const secondary = [...worked.slice(split), ...(next() < 0.3 ? [pick(muscleIds)] : [])].filter(
        (id, position, all) => !primary.includes(id) && all.indexOf(id) === position,
      );
      const tags: Tag[] = [...new Set([pick(GOALS), ...(next() < 0.3 ? [pick(TAGS)] : [])])];
      insertExercise(
        db,
        {
          id: `bench-${index}`,
          name,
          aliases: next() < 0.5 ? [`${pick(VARIANTS)} ${movement}`] : [],
          summary: 'Generated for the search benchmark.',
          level: pick(LEVELS),
          tags,
          equipment: next() < 0.2 ? [tool.id, pick(equipment).id] : [tool.id],
          primaryMuscles: primary,
          secondaryMuscles: secondary,
          steps: ['Set up.', 'Move.', 'Return.'],
          cues: ['Brace'],
          prescription: { sets: 3, reps: 10, seconds: null, restSeconds: 60 },
          oneSided: false,
          source: null,
          seedKey: null,
        },
        now,
      );
    }
  })();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gymdeck-bench-'));
  try {
    printTitle('Library search');
    const db = openStore(join(dir, 'search.db'));
    seedLibrary(db, Date.now());
    const fillMs = timeMs(() => fillLibrary(db));
    const total = listExerciseSummaries(db).length;
    console.log(`${describeMachine()}; ${total} exercises (generated in ${formatMs(fillMs)})`);

    const dispatch = createApiRouter(createServices(defaultContext(db)));
    const viaRouter = async (input: MethodInput<'library:list'>): Promise<number> => {
      const result = await dispatch('library:list', input);
      if (!result.ok) throw new Error(`library:list failed: ${result.error.message}`);
      return (result.value as unknown[]).length;
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

    const rename = db.prepare('UPDATE exercise SET name = ? WHERE id = ?');
    const afterWrite: number[] = [];
    for (let run = 0; run < AFTER_WRITE_RUNS; run += 1) {
      rename.run(`Renamed row ${run}`, `bench-${run}`);
      afterWrite.push(await timeMsAsync(() => viaRouter({ query: 'row' })));
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
          ['first "row" search after a write (reloads summaries)', afterWrite],
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
