import type { Db } from '../database';

/** A set as the first schema stores it. */
export interface LoggedSet {
  id: string;
  memberId: string;
  exerciseId: string;
  planItemId: string | null;
  setNumber: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  loggedAt: number;
}

interface LoggedSetRow {
  id: string;
  member_id: string;
  exercise_id: string;
  plan_item_id: string | null;
  set_number: number;
  reps: number | null;
  seconds: number | null;
  load_kg: number | null;
  logged_at: number;
}

export interface LoggedSetWrite extends LoggedSet {
  clientKey: string;
}

/**
 * Inserts a set unless one with the same client key was already logged, and returns what the store holds:
 * a retried request after a crash or a lost reply never logs the set twice.
 */
export function insertLoggedSet(db: Db, set: LoggedSetWrite): LoggedSet {
  db.prepare(
    `INSERT INTO logged_set (id, member_id, exercise_id, plan_item_id, set_number, reps, seconds, load_kg,
       client_key, logged_at)
     VALUES (@id, @memberId, @exerciseId, @planItemId, @setNumber, @reps, @seconds, @loadKg, @clientKey, @loggedAt)
     ON CONFLICT (client_key) DO NOTHING`,
  ).run(set);
  const row = db
    .prepare<[string], LoggedSetRow>('SELECT * FROM logged_set WHERE client_key = ?')
    .get(set.clientKey);
  if (!row) throw new Error('The logged set could not be read back.');
  return toLoggedSet(row);
}

export function planItemExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM plan_item WHERE id = ?').get(id) !== undefined;
}

export function countLoggedSets(db: Db, memberId: string): number {
  const row = db
    .prepare<[string], { n: number }>('SELECT count(*) AS n FROM logged_set WHERE member_id = ?')
    .get(memberId);
  return row?.n ?? 0;
}

function toLoggedSet(row: LoggedSetRow): LoggedSet {
  return {
    id: row.id,
    memberId: row.member_id,
    exerciseId: row.exercise_id,
    planItemId: row.plan_item_id,
    setNumber: row.set_number,
    reps: row.reps,
    seconds: row.seconds,
    loadKg: row.load_kg,
    loggedAt: row.logged_at,
  };
}
