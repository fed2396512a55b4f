import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Migration } from './index';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What an item's targets look like in every table that holds them (plan items and session items). */
const TARGET_COLUMNS = `
  sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 20),
  warm_up_sets INTEGER NOT NULL DEFAULT 0 CHECK (warm_up_sets BETWEEN 0 AND 5),
  reps INTEGER CHECK (reps BETWEEN 1 AND 1000),
  seconds INTEGER CHECK (seconds BETWEEN 1 AND 3600),
  load_kg REAL CHECK (load_kg BETWEEN 0 AND 1000),
  rest_seconds INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 3600),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  CHECK ((reps IS NULL) <> (seconds IS NULL))`;

/**
 * Members with notes and a unit; plans that may be templates (no member), with warm-up sets and notes;
 * sessions that copy their plan's items when they start (so that a swap or a skip, or a later edit of the
 * plan, never changes another session); logged sets that belong to a session and are append-only (a
 * correction or deletion is a later row that `supersedes` the earlier one). Deleting a member deletes
 * everything of theirs by cascade.
 *
 * Sets logged before sessions existed are grouped into one finished session per member and day (UTC),
 * with one item per exercise in the order they were first logged.
 */
export const memberSessions: Migration = {
  version: 7,
  name: 'member-sessions',
  up(db) {
    db.exec(`
      ALTER TABLE member ADD COLUMN notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 500);
      ALTER TABLE member ADD COLUMN unit TEXT NOT NULL DEFAULT 'kg' CHECK (unit IN ('kg', 'lb'));
      CREATE INDEX member_by_name ON member (display_name COLLATE NOCASE);

      DROP INDEX session_plan_by_member;
      DROP INDEX logged_set_by_member;
      DROP INDEX logged_set_by_exercise;
      DROP INDEX logged_set_by_plan_item;
      ALTER TABLE logged_set RENAME TO old_logged_set;
      ALTER TABLE plan_item RENAME TO old_plan_item;
      ALTER TABLE session_plan RENAME TO old_session_plan;

      CREATE TABLE plan (
        id TEXT PRIMARY KEY,
        member_id TEXT REFERENCES member (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        seed_key TEXT UNIQUE,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX plan_by_member ON plan (member_id, updated_at);

      CREATE TABLE plan_item (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        ${TARGET_COLUMNS},
        UNIQUE (plan_id, position)
      ) STRICT;

      CREATE TABLE session (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        plan_id TEXT REFERENCES plan (id) ON DELETE SET NULL,
        plan_name TEXT CHECK (length(plan_name) BETWEEN 1 AND 120),
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        CHECK (finished_at IS NULL OR finished_at >= started_at)
      ) STRICT;
      CREATE INDEX session_by_member ON session (member_id, started_at);
      CREATE INDEX session_by_plan ON session (plan_id);
      CREATE UNIQUE INDEX session_open_per_member ON session (member_id) WHERE finished_at IS NULL;

      CREATE TABLE session_item (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        plan_item_id TEXT REFERENCES plan_item (id) ON DELETE SET NULL,
        planned_exercise_id TEXT NOT NULL REFERENCES exercise (id),
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        skipped_at INTEGER,
        ${TARGET_COLUMNS},
        UNIQUE (session_id, position)
      ) STRICT;
      CREATE INDEX session_item_by_plan_item ON session_item (plan_item_id);

      CREATE TABLE logged_set (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        session_item_id TEXT NOT NULL REFERENCES session_item (id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        warm_up INTEGER NOT NULL DEFAULT 0 CHECK (warm_up IN (0, 1)),
        set_number INTEGER NOT NULL CHECK (set_number BETWEEN 1 AND 100),
        reps INTEGER CHECK (reps BETWEEN 0 AND 1000),
        seconds INTEGER CHECK (seconds BETWEEN 0 AND 86400),
        load_kg REAL CHECK (load_kg BETWEEN 0 AND 1000),
        supersedes TEXT UNIQUE REFERENCES logged_set (id) ON DELETE CASCADE,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        client_key TEXT NOT NULL UNIQUE,
        logged_at INTEGER NOT NULL,
        CHECK (deleted = 1 OR reps IS NOT NULL OR seconds IS NOT NULL),
        CHECK (deleted = 0 OR supersedes IS NOT NULL)
      ) STRICT;
      CREATE INDEX logged_set_by_item ON logged_set (session_item_id);
      CREATE INDEX logged_set_by_member_exercise ON logged_set (member_id, exercise_id, logged_at);

      INSERT INTO plan (id, member_id, name, note, created_at, updated_at)
        SELECT id, member_id, name, substr(notes, 1, 500), created_at, updated_at FROM old_session_plan;
      INSERT INTO plan_item (id, plan_id, position, exercise_id, sets, reps, seconds, load_kg, rest_seconds)
        SELECT id, plan_id, position, exercise_id, target_sets, target_reps, target_seconds, target_load_kg,
          rest_seconds
        FROM old_plan_item;
    `);
    moveLoggedSets(db);
    db.exec(`
      DROP TABLE old_logged_set;
      DROP TABLE old_plan_item;
      DROP TABLE old_session_plan;
    `);
  },
};

interface OldSet {
  id: string;
  member_id: string;
  exercise_id: string;
  plan_item_id: string | null;
  set_number: number;
  reps: number | null;
  seconds: number | null;
  load_kg: number | null;
  client_key: string;
  logged_at: number;
  plan_id: string | null;
  plan_name: string | null;
  target_sets: number | null;
  target_reps: number | null;
  target_seconds: number | null;
  target_load_kg: number | null;
  rest_seconds: number | null;
}

function moveLoggedSets(db: Database.Database): void {
  const sets = db
    .prepare<[], OldSet>(
      `SELECT s.*, i.plan_id, p.name AS plan_name, i.target_sets, i.target_reps, i.target_seconds,
         i.target_load_kg, i.rest_seconds
       FROM old_logged_set s
       LEFT JOIN old_plan_item i ON i.id = s.plan_item_id
       LEFT JOIN old_session_plan p ON p.id = i.plan_id
       ORDER BY s.member_id, s.logged_at, s.rowid`,
    )
    .all();
  const groups = new Map<string, OldSet[]>();
  for (const set of sets) {
    const key = `${set.member_id}\u0000${Math.floor(set.logged_at / DAY_MS)}`;
    const group = groups.get(key) ?? [];
    group.push(set);
    groups.set(key, group);
  }
  const insertSession = db.prepare(
    `INSERT INTO session (id, member_id, plan_id, plan_name, started_at, finished_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO session_item (id, session_id, position, plan_item_id, planned_exercise_id, exercise_id,
       sets, reps, seconds, load_kg, rest_seconds)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSet = db.prepare(
    `INSERT INTO logged_set (id, member_id, session_item_id, exercise_id, set_number, reps, seconds,
       load_kg, client_key, logged_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const group of groups.values()) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const planIds = new Set(group.map((set) => set.plan_id));
    const plan = planIds.size === 1 && first.plan_id !== null ? first : null;
    const sessionId = randomUUID();
    insertSession.run(
      sessionId,
      first.member_id,
      plan?.plan_id ?? null,
      plan?.plan_name ?? null,
      first.logged_at,
      last.logged_at,
    );
    const items = new Map<string, string>();
    for (const set of group) {
      const itemKey = `${set.exercise_id}\u0000${set.plan_item_id ?? ''}`;
      let itemId = items.get(itemKey);
      if (itemId === undefined) {
        itemId = randomUUID();
        const ofItem = group.filter(
          (other) => other.exercise_id === set.exercise_id && other.plan_item_id === set.plan_item_id,
        );
        const counted = set.target_reps !== null || set.target_seconds !== null;
        const reps = counted ? set.target_reps : set.reps === null ? null : Math.max(1, set.reps);
        insertItem.run(
          itemId,
          sessionId,
          items.size,
          set.plan_item_id,
          set.exercise_id,
          set.exercise_id,
          Math.min(20, Math.max(set.target_sets ?? 0, ...ofItem.map((other) => other.set_number))),
          reps,
          reps === null
            ? counted
              ? set.target_seconds
              : Math.max(1, Math.min(3600, set.seconds ?? 1))
            : null,
          set.target_load_kg,
          set.rest_seconds ?? 90,
        );
        items.set(itemKey, itemId);
      }
      insertSet.run(
        set.id,
        set.member_id,
        itemId,
        set.exercise_id,
        set.set_number,
        set.reps,
        set.seconds,
        set.load_kg,
        set.client_key,
        set.logged_at,
      );
    }
  }
}
