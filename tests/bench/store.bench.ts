// Store figures: how long a start takes (open + migrate + seed) and how long logging one set takes through
// the real router as a member's "Done" does (validation + checks against the open session + insert +
// commit with synchronous=FULL), against a raw prepared INSERT into a copy of the same table in the same
// file as the baseline. sessions.bench.ts measures the same at 1,000,000 logged sets. Run: npx tsx tests/bench/store.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiRouter } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import { openStore, readDurabilitySettings, type Db } from '../../src/store/database';
import { insertMember } from '../../src/store/repositories/members';
import { seedLibrary } from '../../src/store/seed/seed';
import { createBaselineTable, rawSetInsert, setsOfPlan } from './store-support';
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
const MEMBER_NUMBER = '4000';
const SCREEN_ID = 'bench-screen';
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

async function setLatencies(dir: string): Promise<{ router: number[]; raw: number[]; db: Db }> {
  const db = startStore(join(dir, 'sets.db'));
  insertMember(db, { id: MEMBER_ID, displayName: 'Bench Member', memberNumber: MEMBER_NUMBER }, Date.now());
  createBaselineTable(db);
  const services = createServices(defaultContext(db));
  const dispatch = createApiRouter(services);
  const plan = services.plans.create(MEMBER_ID, {
    name: 'Bench plan',
    note: '',
    items: Array.from({ length: 6 }, () => ({
      exerciseId: EXERCISE_ID,
      sets: 4,
      warmUpSets: 0,
      reps: 12,
      seconds: null,
      loadKg: 35,
      restSeconds: 60,
      note: '',
    })),
  });
  services.sessions.signIn(SCREEN_ID, MEMBER_NUMBER);
  const sets = setsOfPlan(dispatch, SCREEN_ID, plan.id, 'router');
  const raw = rawSetInsert(db);
  let itemId = '';

  const logViaRouter = async (): Promise<number> => {
    const { payload, caller } = await sets.nextSet();
    return timeMsAsync(async () => {
      const result = await dispatch('sessions:log-set', payload, caller);
      if (!result.ok) throw new Error(`log-set failed: ${result.error.message}`);
    });
  };
  const logRaw = (n: number): number => {
    // Any item will do (the router has started a session by now): the raw row only needs a real parent.
    itemId ||= db.prepare<[], { id: string }>('SELECT id FROM session_item LIMIT 1').get()?.id ?? '';
    return timeMs(() =>
      raw({
        id: `raw-${n}`,
        memberId: MEMBER_ID,
        itemId,
        exerciseId: EXERCISE_ID,
        setNumber: (n % 30) + 1,
        clientKey: `raw-${String(n).padStart(8, '0')}`,
      }),
    );
  };

  for (let n = SET_SAMPLES; n < SET_SAMPLES + WARM_UP; n += 1) {
    await logViaRouter();
    logRaw(n);
  }
  // Interleaved, so drift in the machine's load or the file's size affects both alike.
  const router: number[] = [];
  const rawTimes: number[] = [];
  for (let n = 0; n < SET_SAMPLES; n += 1) {
    router.push(await logViaRouter());
    rawTimes.push(logRaw(n));
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
