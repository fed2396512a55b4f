import { openStore, type Db } from '../../src/store/database';
import { insertMember, type MemberWrite } from '../../src/store/repositories/members';
import { seedLibrary } from '../../src/store/seed/seed';
import { createServices, type Services } from '../../src/services';
import type { ServiceContext } from '../../src/services/context';

/** 2025-03-01 09:00 UTC: the fixed "now" of the tests unless one moves the clock. */
export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

export interface TestClock {
  now: () => number;
  set(time: number): void;
  advance(ms: number): void;
}

export function fixedClock(start = T0): TestClock {
  let time = start;
  return {
    now: () => time,
    set: (next) => (time = next),
    advance: (ms) => (time += ms),
  };
}

/** Ids `id-1`, `id-2`, ... in call order, so results can be compared exactly. */
export function sequentialIds(prefix = 'id-'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

/** A cheap scrypt for tests: the same code path, a tiny fraction of the memory and time. */
export const TEST_PIN_HASHING = { cost: 16, blockSize: 8, parallelism: 1 } as const;

/** The trainer PIN the tests choose. */
export const TEST_PIN = '482916';

export interface TestStore {
  db: Db;
  clock: TestClock;
  /** The steady clock (lock-outs, idle trainer mode): setting `clock` back does not move it. */
  steady: TestClock;
  context: ServiceContext;
  services: Services;
  close(): void;
}

/** A store migrated to head (in memory unless a file is given), seeded unless asked not to be. */
export function createTestStore(options: { file?: string; seed?: boolean } = {}): TestStore {
  const db = openStore(options.file ?? ':memory:');
  const clock = fixedClock();
  if (options.seed ?? true) seedLibrary(db, clock.now());
  const steady = fixedClock(1_000);
  const context: ServiceContext = {
    db,
    now: clock.now,
    steadyNow: steady.now,
    newId: sequentialIds(),
    pinHashing: TEST_PIN_HASHING,
  };
  return { db, clock, steady, context, services: createServices(context), close: () => db.close() };
}

/** Sets the trainer PIN (when none is set yet) and unlocks trainer mode on `screenId`. */
export async function unlockTrainer(services: Services, screenId = 'local', pin = TEST_PIN): Promise<void> {
  if (!services.trainer.status(screenId).pinSet) await services.trainer.setFirstPin(screenId, pin);
  else await services.trainer.unlockWithPin(screenId, pin);
}

export const MEMBER: MemberWrite = {
  id: 'member-1',
  displayName: 'Sam Kowalski',
  memberNumber: '1001',
};

export function addMember(db: Db, member: MemberWrite = MEMBER, now = T0): MemberWrite {
  insertMember(db, member, now);
  return member;
}

/** Every ordinary table of the schema (not SQLite's own, not the shadow tables of virtual ones). */
export function tableNames(db: Db): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'
       ORDER BY name`,
    )
    .all()
    .map((row) => row.name);
}

/** Row counts of every table, to show that an operation added (or removed) nothing unexpected. */
export function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    tableNames(db).map((name) => {
      const row = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${name}"`).get();
      return [name, row?.n ?? 0];
    }),
  );
}

export function countRows(db: Db, table: string): number {
  return db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0;
}
