import type { Db } from '../database';
import type { ItemTarget, LoggedSet } from '@shared/domain';
import { cachedStatement } from '../statements';
import { toTarget, type TargetRow } from './plans';

export interface SessionRecord {
  id: string;
  memberId: string;
  planId: string | null;
  planName: string | null;
  startedAt: number;
  finishedAt: number | null;
}

interface SessionRow {
  id: string;
  member_id: string;
  plan_id: string | null;
  plan_name: string | null;
  started_at: number;
  finished_at: number | null;
}

/** A session's item as stored: its copied target and what the member did with it (not its sets). */
export interface SessionItemRecord extends ItemTarget {
  id: string;
  sessionId: string;
  position: number;
  plannedExerciseId: string;
  exerciseId: string;
  skipped: boolean;
}

interface SessionItemRow extends TargetRow {
  id: string;
  session_id: string;
  position: number;
  planned_exercise_id: string;
  exercise_id: string;
  skipped_at: number | null;
}

/** A logged set row with what the domain's `LoggedSet` leaves out. */
export interface SetRecord extends LoggedSet {
  memberId: string;
  deleted: boolean;
  /** No later row replaces it. */
  live: boolean;
}

interface SetRow {
  id: string;
  member_id: string;
  session_id: string;
  session_item_id: string;
  exercise_id: string;
  warm_up: number;
  set_number: number;
  reps: number | null;
  seconds: number | null;
  load_kg: number | null;
  deleted: number;
  logged_at: number;
  live: number;
}

/** A row to append to the log: a new set, or (with `supersedes`) a correction or deletion of one. */
export interface SetWrite {
  id: string;
  memberId: string;
  itemId: string;
  exerciseId: string;
  warmUp: boolean;
  setNumber: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  supersedes: string | null;
  deleted: boolean;
  clientKey: string;
  loggedAt: number;
}

const SET_COLUMNS = `s.id, s.member_id, i.session_id, s.session_item_id, s.exercise_id, s.warm_up, s.set_number,
  s.reps, s.seconds, s.load_kg, s.deleted, s.logged_at,
  NOT EXISTS (SELECT 1 FROM logged_set n WHERE n.supersedes = s.id) AS live`;

/** Rows no later row replaces, and that are not deletions: the log as a reader sees it. */
const LIVE = `s.deleted = 0 AND NOT EXISTS (SELECT 1 FROM logged_set n WHERE n.supersedes = s.id)`;

/** Warm-ups first, then by set number; a slot logged twice shows its rows in the order logged. */
const SET_ORDER = 's.warm_up DESC, s.set_number, s.logged_at, s.id';

export function insertSession(
  db: Db,
  session: Omit<SessionRecord, 'finishedAt'>,
  items: readonly (ItemTarget & { id: string; planItemId: string | null; exerciseId: string })[],
): void {
  cachedStatement(
    db,
    `INSERT INTO session (id, member_id, plan_id, plan_name, started_at)
     VALUES (@id, @memberId, @planId, @planName, @startedAt)`,
  ).run(session);
  const insert = cachedStatement(
    db,
    `INSERT INTO session_item (id, session_id, position, plan_item_id, planned_exercise_id, exercise_id, sets,
       warm_up_sets, reps, seconds, load_kg, rest_seconds, note)
     VALUES (@id, @sessionId, @position, @planItemId, @exerciseId, @exerciseId, @sets, @warmUpSets, @reps,
       @seconds, @loadKg, @restSeconds, @note)`,
  );
  items.forEach((item, position) => insert.run({ ...item, sessionId: session.id, position }));
}

const SESSION_COLUMNS = 'id, member_id, plan_id, plan_name, started_at, finished_at';

export function getSession(db: Db, id: string): SessionRecord | null {
  const row = cachedStatement<[string], SessionRow>(
    db,
    `SELECT ${SESSION_COLUMNS} FROM session WHERE id = ?`,
  ).get(id);
  return row ? toSession(row) : null;
}

/** The member's unfinished session, if any (there is at most one). */
export function openSessionOf(db: Db, memberId: string): SessionRecord | null {
  const row = db
    .prepare<[string], SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM session WHERE member_id = ? AND finished_at IS NULL`,
    )
    .get(memberId);
  return row ? toSession(row) : null;
}

export function finishSession(db: Db, id: string, at: number): boolean {
  return (
    cachedStatement(db, 'UPDATE session SET finished_at = ? WHERE id = ? AND finished_at IS NULL').run(at, id)
      .changes > 0
  );
}

/** A page of the member's sessions, newest first, that started before `before`. */
export function sessionsOf(db: Db, memberId: string, before: number, limit: number): SessionRecord[] {
  return db
    .prepare<[string, number, number], SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM session WHERE member_id = ? AND started_at < ?
       ORDER BY started_at DESC, id DESC LIMIT ?`,
    )
    .all(memberId, before, limit)
    .map(toSession);
}

const ITEM_COLUMNS = `id, session_id, position, planned_exercise_id, exercise_id, sets, warm_up_sets, reps, seconds,
  load_kg, rest_seconds, note, skipped_at`;

export function sessionItems(db: Db, sessionId: string): SessionItemRecord[] {
  return db
    .prepare<[string], SessionItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM session_item WHERE session_id = ? ORDER BY position`,
    )
    .all(sessionId)
    .map(toSessionItem);
}

export function getSessionItem(db: Db, id: string): SessionItemRecord | null {
  const row = db
    .prepare<[string], SessionItemRow>(`SELECT ${ITEM_COLUMNS} FROM session_item WHERE id = ?`)
    .get(id);
  return row ? toSessionItem(row) : null;
}

export function setItemExercise(db: Db, itemId: string, exerciseId: string): void {
  cachedStatement(db, 'UPDATE session_item SET exercise_id = ? WHERE id = ?').run(exerciseId, itemId);
}

export function setItemSkippedAt(db: Db, itemId: string, at: number | null): void {
  cachedStatement(db, 'UPDATE session_item SET skipped_at = ? WHERE id = ?').run(at, itemId);
}

/**
 * Appends a row to the log unless one with the same client key is already there, and returns what the
 * store holds under that key: a retried request never logs twice.
 */
export function appendSet(db: Db, set: SetWrite): SetRecord {
  cachedStatement(
    db,
    `INSERT INTO logged_set (id, member_id, session_item_id, exercise_id, warm_up, set_number, reps, seconds,
       load_kg, supersedes, deleted, client_key, logged_at)
     VALUES (@id, @memberId, @itemId, @exerciseId, @warmUp, @setNumber, @reps, @seconds, @loadKg, @supersedes,
       @deleted, @clientKey, @loggedAt)
     ON CONFLICT (client_key) DO NOTHING`,
  ).run({ ...set, warmUp: set.warmUp ? 1 : 0, deleted: set.deleted ? 1 : 0 });
  const stored = setByClientKey(db, set.clientKey);
  if (!stored) throw new Error('The logged set could not be read back.');
  return stored;
}

export function setByClientKey(
  db: Db,
  clientKey: string,
): (SetRecord & { supersedes: string | null }) | null {
  const row = db
    .prepare<[string], SetRow & { supersedes: string | null }>(
      `SELECT ${SET_COLUMNS}, s.supersedes FROM logged_set s JOIN session_item i ON i.id = s.session_item_id
       WHERE s.client_key = ?`,
    )
    .get(clientKey);
  return row ? { ...toSetRecord(row), supersedes: row.supersedes } : null;
}

export function getSet(db: Db, id: string): SetRecord | null {
  const row = db
    .prepare<[string], SetRow>(
      `SELECT ${SET_COLUMNS} FROM logged_set s JOIN session_item i ON i.id = s.session_item_id WHERE s.id = ?`,
    )
    .get(id);
  return row ? toSetRecord(row) : null;
}

/** The live sets of the given sessions, by session, item position, then warm-ups first and set number. */
export function liveSetsOfSessions(db: Db, sessionIds: readonly string[]): LoggedSet[] {
  if (sessionIds.length === 0) return [];
  return db
    .prepare<[string], SetRow>(
      `SELECT ${SET_COLUMNS} FROM session_item i JOIN logged_set s ON s.session_item_id = i.id
       WHERE i.session_id IN (SELECT value FROM json_each(?)) AND ${LIVE}
       ORDER BY i.session_id, i.position, ${SET_ORDER}`,
    )
    .all(JSON.stringify(sessionIds))
    .map(toLoggedSet);
}

/** Which slots of the session's items hold a live set: all a session's next step needs. */
export function liveSlotsOfSession(
  db: Db,
  sessionId: string,
): Pick<LoggedSet, 'itemId' | 'warmUp' | 'setNumber'>[] {
  return cachedStatement<[string], { session_item_id: string; warm_up: number; set_number: number }>(
    db,
    `SELECT s.session_item_id, s.warm_up, s.set_number FROM session_item i
       JOIN logged_set s ON s.session_item_id = i.id
     WHERE i.session_id = ? AND ${LIVE}`,
  )
    .all(sessionId)
    .map((row) => ({ itemId: row.session_item_id, warmUp: row.warm_up === 1, setNumber: row.set_number }));
}

export function liveSetsOfItem(db: Db, itemId: string): LoggedSet[] {
  return db
    .prepare<[string], SetRow>(
      `SELECT ${SET_COLUMNS} FROM logged_set s JOIN session_item i ON i.id = s.session_item_id
       WHERE s.session_item_id = ? AND ${LIVE} ORDER BY ${SET_ORDER}`,
    )
    .all(itemId)
    .map(toLoggedSet);
}

/**
 * What the member did on the exercise the last time: the live sets of it in their latest session, other
 * than `exceptSessionId`, that started before `startedBefore`. Empty the first time.
 */
export function lastTimeSets(
  db: Db,
  memberId: string,
  exerciseId: string,
  exceptSessionId: string,
  startedBefore: number,
): LoggedSet[] {
  const latest = db
    .prepare<[string, string, string, number], { session_id: string }>(
      `SELECT i.session_id FROM logged_set s
         JOIN session_item i ON i.id = s.session_item_id
         JOIN session ss ON ss.id = i.session_id
       WHERE s.member_id = ? AND s.exercise_id = ? AND i.session_id <> ? AND ss.started_at < ? AND ${LIVE}
       ORDER BY s.logged_at DESC LIMIT 1`,
    )
    .get(memberId, exerciseId, exceptSessionId, startedBefore);
  if (!latest) return [];
  return db
    .prepare<[string, string], SetRow>(
      `SELECT ${SET_COLUMNS} FROM session_item i JOIN logged_set s ON s.session_item_id = i.id
       WHERE i.session_id = ? AND s.exercise_id = ? AND ${LIVE}
       ORDER BY i.position, ${SET_ORDER}`,
    )
    .all(latest.session_id, exerciseId)
    .map(toLoggedSet);
}

/** A live set with the start of its session, for records and progress. */
export interface DatedSet extends LoggedSet {
  sessionStartedAt: number;
}

/** Every live working set the member logged on the exercise, oldest session first. */
export function workingSetsOfExercise(db: Db, memberId: string, exerciseId: string): DatedSet[] {
  return db
    .prepare<[string, string], SetRow & { started_at: number }>(
      `SELECT ${SET_COLUMNS}, ss.started_at FROM logged_set s
         JOIN session_item i ON i.id = s.session_item_id
         JOIN session ss ON ss.id = i.session_id
       WHERE s.member_id = ? AND s.exercise_id = ? AND s.warm_up = 0 AND ${LIVE}
       ORDER BY ss.started_at, ss.id, s.logged_at`,
    )
    .all(memberId, exerciseId)
    .map((row) => ({ ...toLoggedSet(row), sessionStartedAt: row.started_at }));
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    memberId: row.member_id,
    planId: row.plan_id,
    planName: row.plan_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

function toSessionItem(row: SessionItemRow): SessionItemRecord {
  return {
    id: row.id,
    sessionId: row.session_id,
    position: row.position,
    plannedExerciseId: row.planned_exercise_id,
    exerciseId: row.exercise_id,
    skipped: row.skipped_at !== null,
    ...toTarget(row),
  };
}

function toLoggedSet(row: SetRow): LoggedSet {
  return {
    id: row.id,
    sessionId: row.session_id,
    itemId: row.session_item_id,
    exerciseId: row.exercise_id,
    warmUp: row.warm_up === 1,
    setNumber: row.set_number,
    reps: row.reps,
    seconds: row.seconds,
    loadKg: row.load_kg,
    loggedAt: row.logged_at,
  };
}

function toSetRecord(row: SetRow): SetRecord {
  return { ...toLoggedSet(row), memberId: row.member_id, deleted: row.deleted === 1, live: row.live === 1 };
}
