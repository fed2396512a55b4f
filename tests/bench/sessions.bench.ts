// Member session figures at ten times a busy gym's data: 1,000 members, 5,000 exercises and 1,000,000
// logged sets (40 sessions of 25 sets per member, a few corrected). Through the real router: logging a set
// as a member's "Done" does (validation, checks against the open session, insert, commit with
// synchronous=FULL) beside a raw prepared INSERT into a copy of the table in the same file; a session's
// view with "last time" for every exercise; a page of history; an exercise's progress; stand-ins for a busy
// machine. The data set is built once (one transaction, prepared statements) and kept under .bench/.
// Run: npx tsx tests/bench/sessions.bench.ts
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MethodName } from '@shared/contract';
import type { MemberHome } from '@shared/domain';
import { createApiRouter } from '../../src/services/api-router';
import { createServices, defaultContext } from '../../src/services';
import { openStore, readDurabilitySettings, type Db } from '../../src/store/database';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations';
import { seedLibrary } from '../../src/store/seed/seed';
import { EQUIPMENT, MUSCLES } from '../../src/store/seed/vocabulary';
import {
  describeMachine,
  formatMs,
  formatRatio,
  latencyTable,
  percentile,
  printSection,
  printTitle,
  timeMs,
  timeMsAsync,
} from './harness';
import { createBaselineTable, rawSetInsert, setsOfPlan } from './store-support';

const EXERCISES = 5000;
const MEMBERS = 1000;
const SESSIONS_PER_MEMBER = 40;
const ITEMS_PER_SESSION = 5;
const SETS_PER_ITEM = 5;
const POOL = 12;
/** One set in a hundred was corrected once: a later row replaces it. */
const CORRECTED_EVERY = 100;
/** Members signed in on their own screens, each with an open session, for the timed calls. */
const ACTIVE = 200;
const SET_SAMPLES = 2000;
const READ_SAMPLES = 400;
const WARM_UP = 50;
const DATA_VERSION = 1;

const CACHE_DIR = resolve(__dirname, '../../.bench');
const CACHE_FILE = join(CACHE_DIR, `sessions-v${DATA_VERSION}-schema${LATEST_SCHEMA_VERSION}.db`);

const WEEK = 7 * 24 * 60 * 60 * 1000;
const START = Date.UTC(2024, 0, 1);

/** A small deterministic generator, so every build holds the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function buildData(db: Db): void {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const muscles = MUSCLES.map((muscle) => muscle.id);
  const equipment = EQUIPMENT.map((item) => item.id);
  const exercise = db.prepare(
    `INSERT INTO exercise (id, name, level, default_sets, default_reps, default_rest_seconds, created_at, updated_at)
     VALUES (?, ?, 'beginner', 3, 10, 60, 0, 0)`,
  );
  const exerciseMuscle = db.prepare('INSERT OR IGNORE INTO exercise_muscle VALUES (?, ?, ?)');
  const exerciseEquipment = db.prepare('INSERT OR IGNORE INTO exercise_equipment VALUES (?, ?)');
  const member = db.prepare(
    `INSERT INTO member (id, display_name, member_number, created_at) VALUES (?, ?, ?, 0)`,
  );
  const plan = db.prepare(
    'INSERT INTO plan (id, member_id, name, created_at, updated_at) VALUES (?, ?, ?, 0, 0)',
  );
  const planItem = db.prepare(
    `INSERT INTO plan_item (id, plan_id, position, exercise_id, sets, reps, load_kg, rest_seconds)
     VALUES (?, ?, ?, ?, ?, 10, ?, 90)`,
  );
  const session = db.prepare(
    'INSERT INTO session (id, member_id, plan_id, plan_name, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const sessionItem = db.prepare(
    `INSERT INTO session_item (id, session_id, position, planned_exercise_id, exercise_id, sets, reps, load_kg,
       rest_seconds) VALUES (?, ?, ?, ?, ?, ?, 10, ?, 90)`,
  );
  const set = db.prepare(
    `INSERT INTO logged_set (id, member_id, session_item_id, exercise_id, set_number, reps, load_kg, supersedes,
       client_key, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  db.transaction(() => {
    const exerciseIds: string[] = [];
    for (let index = 0; index < EXERCISES; index += 1) {
      const id = `bench-exercise-${index}`;
      exerciseIds.push(id);
      exercise.run(id, `Generated exercise ${index}`);
      exerciseMuscle.run(id, pick(muscles), 'primary');
      for (let extra = 0; extra < 2; extra += 1) exerciseMuscle.run(id, pick(muscles), 'secondary');
      exerciseEquipment.run(id, pick(equipment));
    }
    for (let m = 0; m < MEMBERS; m += 1) {
      const memberId = randomUUID();
      member.run(memberId, `Member ${m} Bench`, String(100000 + m));
      const pool = Array.from({ length: POOL }, () => pick(exerciseIds));
      const planId = randomUUID();
      plan.run(planId, memberId, 'Full body');
      const planExercises = pool.slice(0, ITEMS_PER_SESSION);
      planExercises.forEach((exerciseId, position) =>
        planItem.run(randomUUID(), planId, position, exerciseId, SETS_PER_ITEM, 20 + position * 5),
      );
      for (let s = 0; s < SESSIONS_PER_MEMBER; s += 1) {
        const sessionId = randomUUID();
        const startedAt = START + s * WEEK + m * 60_000;
        session.run(sessionId, memberId, planId, 'Full body', startedAt, startedAt + 55 * 60_000);
        for (let position = 0; position < ITEMS_PER_SESSION; position += 1) {
          const exerciseId = next() < 0.8 ? (planExercises[position] as string) : pick(pool);
          const itemId = randomUUID();
          sessionItem.run(
            itemId,
            sessionId,
            position,
            exerciseId,
            exerciseId,
            SETS_PER_ITEM,
            20 + position * 5,
          );
          for (let n = 1; n <= SETS_PER_ITEM; n += 1) {
            const setId = randomUUID();
            const loggedAt = startedAt + (position * SETS_PER_ITEM + n) * 120_000;
            const load = 20 + position * 5 + s * 0.5 + Math.floor(next() * 3) * 2.5;
            set.run(
              setId,
              memberId,
              itemId,
              exerciseId,
              n,
              8 + Math.floor(next() * 5),
              load,
              null,
              randomUUID(),
              loggedAt,
            );
            if (next() < 1 / CORRECTED_EVERY) {
              set.run(
                randomUUID(),
                memberId,
                itemId,
                exerciseId,
                n,
                10,
                load,
                setId,
                randomUUID(),
                loggedAt + 30_000,
              );
            }
          }
        }
      }
    }
  })();
}

/** The data set, built on first use and kept; each run works on a copy, so its writes never leak into it. */
function dataFile(dir: string): { file: string; note: string } {
  let note = `reused ${CACHE_FILE}`;
  if (!existsSync(CACHE_FILE)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const building = `${CACHE_FILE}.building`;
    rmSync(building, { force: true });
    const db = openStore(building);
    seedLibrary(db, START);
    const ms = timeMs(() => buildData(db));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    renameSync(building, CACHE_FILE);
    note = `built in ${formatMs(ms)}, kept as ${CACHE_FILE}`;
  }
  const file = join(dir, 'sessions.db');
  copyFileSync(CACHE_FILE, file);
  return { file, note: `${note} (${Math.round(statSync(file).size / 1024 / 1024)} MB)` };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gymdeck-bench-'));
  try {
    printTitle('Member sessions at 1,000,000 logged sets');
    const { file, note } = dataFile(dir);
    const db = openStore(file);
    const count = (table: string): number =>
      db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0;
    console.log(describeMachine());
    console.log(
      `${count('member')} members, ${count('exercise')} exercises, ${count('session')} sessions, ` +
        `${count('logged_set')} logged set rows; data ${note}`,
    );

    const services = createServices(defaultContext(db));
    const dispatch = createApiRouter(services);
    const value = async <T>(method: MethodName, payload: unknown, screenId: string): Promise<T> => {
      const result = await dispatch(method, payload, { screenId, connection: 'loopback' });
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value as T;
    };

    // Members spread over the whole store, each signed in on a screen of their own.
    const numbers = db
      .prepare<[number], { member_number: string }>(
        'SELECT member_number FROM member WHERE member_number IS NOT NULL ORDER BY member_number LIMIT ?',
      )
      .all(MEMBERS)
      .map((row) => row.member_number)
      .filter((_, index) => index % Math.floor(MEMBERS / ACTIVE) === 0)
      .slice(0, ACTIVE);
    const active: { screenId: string; home: MemberHome; sets: ReturnType<typeof setsOfPlan> }[] = [];
    for (const [index, memberNumber] of numbers.entries()) {
      const screenId = `bench-screen-${index}`;
      const home = await value<MemberHome>('sessions:sign-in', { memberNumber }, screenId);
      const planId = home.plans[0]?.id ?? '';
      active.push({ screenId, home, sets: setsOfPlan(dispatch, screenId, planId, `bench-${index}`) });
    }

    // Logging, interleaved with a raw INSERT into a copy of the table in the same file.
    createBaselineTable(db);
    const raw = rawSetInsert(db);
    const rawItem = db
      .prepare<[], { id: string; exercise_id: string }>('SELECT id, exercise_id FROM session_item LIMIT 1')
      .get();
    const router: number[] = [];
    const rawTimes: number[] = [];
    for (let n = 0; n < SET_SAMPLES + WARM_UP; n += 1) {
      const member = active[n % active.length];
      if (!member) break;
      const { payload, caller } = await member.sets.nextSet();
      const routed = await timeMsAsync(async () => {
        const result = await dispatch('sessions:log-set', payload, caller);
        if (!result.ok) throw new Error(`log-set failed: ${result.error.message}`);
      });
      const direct = timeMs(() =>
        raw({
          id: randomUUID(),
          memberId: member.home.member.id,
          itemId: rawItem?.id ?? '',
          exerciseId: rawItem?.exercise_id ?? '',
          setNumber: 1,
          clientKey: randomUUID(),
        }),
      );
      if (n >= WARM_UP) {
        router.push(routed);
        rawTimes.push(direct);
      }
    }
    const settings = readDurabilitySettings(db);
    printSection(
      `Logging one set (journal_mode=${settings.journalMode}, synchronous=${settings.synchronous}; ${SET_SAMPLES} samples each, interleaved, over ${ACTIVE} members)`,
      latencyTable([
        { name: 'router sessions:log-set', samples: router },
        { name: 'raw prepared INSERT', samples: rawTimes },
      ]),
    );
    const ratio = (p: number): string => formatRatio(percentile(router, p) / percentile(rawTimes, p));
    console.log(`ratio router / raw: p50 ${ratio(50)}, p99 ${ratio(99)}`);

    // Reads, each call for the next member in turn so that no answer comes from a warm page alone.
    const sessionOf = (member: (typeof active)[number]): string =>
      db
        .prepare<[string], { id: string }>(
          'SELECT id FROM session WHERE member_id = ? AND finished_at IS NULL',
        )
        .get(member.home.member.id)?.id ?? '';
    const exerciseOf = (member: (typeof active)[number]): string =>
      member.home.openSession?.items[0]?.exerciseId ??
      db
        .prepare<[string], { exercise_id: string }>(
          'SELECT exercise_id FROM logged_set WHERE member_id = ? LIMIT 1',
        )
        .get(member.home.member.id)?.exercise_id ??
      '';
    const reads: { name: string; call: (member: (typeof active)[number]) => Promise<unknown> }[] = [
      {
        name: 'sessions:view (5 exercises, each with "last time")',
        call: (member) => value('sessions:view', { sessionId: sessionOf(member) }, member.screenId),
      },
      {
        name: 'sessions:history (a page of 20 sessions with their sets)',
        call: (member) => value('sessions:history', { limit: 20 }, member.screenId),
      },
      {
        name: 'sessions:progress (one exercise: points and records)',
        call: (member) => value('sessions:progress', { exerciseId: exerciseOf(member) }, member.screenId),
      },
      {
        name: 'sessions:home (after a sign-in: plans and the open session)',
        call: (member) => value('sessions:home', {}, member.screenId),
      },
      {
        name: 'sessions:swap-candidates (over 5,000 exercises)',
        call: async (member) => {
          const view = await value<{ items: { id: string }[] }>(
            'sessions:view',
            { sessionId: sessionOf(member) },
            member.screenId,
          );
          return timeMsAsync(() =>
            value(
              'sessions:swap-candidates',
              { sessionId: sessionOf(member), itemId: view.items[0]?.id },
              member.screenId,
            ),
          );
        },
      },
    ];
    const rows: { name: string; samples: number[] }[] = [];
    for (const read of reads) {
      const samples: number[] = [];
      for (let n = 0; n < READ_SAMPLES + WARM_UP; n += 1) {
        const member = active[(n * 7) % active.length];
        if (!member) break;
        const started = process.hrtime.bigint();
        const inner = await read.call(member);
        // The swap read times itself, leaving out the view it needs first.
        const ms = typeof inner === 'number' ? inner : Number(process.hrtime.bigint() - started) / 1e6;
        if (n >= WARM_UP) samples.push(ms);
      }
      rows.push({ name: read.name, samples });
    }
    printSection(`Reads (${READ_SAMPLES} samples each, over ${ACTIVE} members)`, latencyTable(rows));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
