// Store figures: how long a start takes (open + migrate + seed) and how long logging one set takes through
// the real router (validation + insert + commit with synchronous=FULL), against a raw prepared INSERT into
// a copy of the same table in the same file as the baseline. Run: npx tsx tests/bench/store.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiRouter } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import { openStore, readDurabilitySettings, type Db } from '../../src/store/database';
import { insertMember } from '../../src/store/repositories/members';
import { seedLibrary } from '../../src/store/seed/seed';
import {
  describeMachine,
  formatMs,
  formatRatio,
  formatTable,
  latencyTable,
  median,
  percentile,
  printSection,
  printTitle,
  timeMs,
  timeMsAsync,
} from './harness';

const START_RUNS = 10;
const SET_SAMPLES = 2000;
const WARM_UP = 100;
const MEMBER_ID = 'bench-member';
const EXERCISE_ID = 'seated-cable-row';

function startStore(file: string): Db {
  const db = openStore(file);
  seedLibrary(db, Date.now());
  return db;
}

function startTimes(dir: string): { fresh: number[]; reopen: number[] } {
  const fresh: number[] = [];
  for (let run = 0; run < START_RUNS; run += 1) {
    const file = join(dir, `fresh-${run}.db`);
    let db: Db | undefined;
    fresh.push(timeMs(() => (db = startStore(file))));
    db?.close();
  }
  const existing = join(dir, 'fresh-0.db');
  const reopen: number[] = [];
  for (let run = 0; run < START_RUNS; run += 1) {
    let db: Db | undefined;
    reopen.push(timeMs(() => (db = startStore(existing))));
    db?.close();
  }
  return { fresh, reopen };
}

/** A table with logged_set's exact definition (columns, checks, keys, indexes) under another name. */
function createBaselineTable(db: Db): void {
  const definitions = db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE tbl_name = 'logged_set' AND sql IS NOT NULL ORDER BY type DESC",
    )
    .all();
  for (const { sql } of definitions) {
    db.exec(
      sql.replace(
        /\blogged_set(_by_\w+)?\b/g,
        (_match, suffix: string | undefined) => `raw_set${suffix ?? ''}`,
      ),
    );
  }
}

async function setLatencies(dir: string): Promise<{ router: number[]; raw: number[]; db: Db }> {
  const db = startStore(join(dir, 'sets.db'));
  insertMember(db, { id: MEMBER_ID, displayName: 'Bench', memberNumber: null }, Date.now());
  createBaselineTable(db);
  const dispatch = createApiRouter(createServices(defaultContext(db)));
  const raw = db.prepare(
    `INSERT INTO raw_set (id, member_id, exercise_id, plan_item_id, set_number, reps, seconds, load_kg, client_key,
       logged_at) VALUES (?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?)`,
  );

  const logViaRouter = async (n: number): Promise<void> => {
    const result = await dispatch('sessions:log-set', {
      memberId: MEMBER_ID,
      exerciseId: EXERCISE_ID,
      setNumber: (n % 5) + 1,
      reps: 12,
      loadKg: 35,
      clientKey: `router-${String(n).padStart(8, '0')}`,
    });
    if (!result.ok) throw new Error(`log-set failed: ${result.error.message}`);
  };
  const logRaw = (n: number): void => {
    raw.run(
      `raw-${n}`,
      MEMBER_ID,
      EXERCISE_ID,
      (n % 5) + 1,
      12,
      35,
      `raw-${String(n).padStart(8, '0')}`,
      Date.now(),
    );
  };

  for (let n = SET_SAMPLES; n < SET_SAMPLES + WARM_UP; n += 1) {
    await logViaRouter(n);
    logRaw(n);
  }
  // Interleaved, so drift in the machine's load or the file's size affects both alike.
  const router: number[] = [];
  const rawTimes: number[] = [];
  for (let n = 0; n < SET_SAMPLES; n += 1) {
    router.push(await timeMsAsync(() => logViaRouter(n)));
    rawTimes.push(timeMs(() => logRaw(n)));
  }
  return { router, raw: rawTimes, db };
}

export async function runStoreBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gymdeck-bench-'));
  try {
    printTitle('Store');
    console.log(`${describeMachine()}; files in ${dir}`);

    const { fresh, reopen } = startTimes(dir);
    printSection(
      `Start: open + migrate + seed (${START_RUNS} runs each)`,
      formatTable(
        ['', 'median', 'min', 'max'],
        [
          ['fresh file', formatMs(median(fresh)), formatMs(Math.min(...fresh)), formatMs(Math.max(...fresh))],
          [
            'existing file',
            formatMs(median(reopen)),
            formatMs(Math.min(...reopen)),
            formatMs(Math.max(...reopen)),
          ],
        ],
      ),
    );

    const { router, raw, db } = await setLatencies(dir);
    const settings = readDurabilitySettings(db);
    db.close();
    printSection(
      `Logging one set (journal_mode=${settings.journalMode}, synchronous=${settings.synchronous}; ${SET_SAMPLES} samples each, interleaved)`,
      latencyTable([
        { name: 'router sessions:log-set', samples: router },
        { name: 'raw prepared INSERT', samples: raw },
      ]),
    );
    const ratio = (p: number): string => formatRatio(percentile(router, p) / percentile(raw, p));
    console.log(`ratio router / raw: p50 ${ratio(50)}, p99 ${ratio(99)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void runStoreBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
