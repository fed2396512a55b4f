import type { Db } from '../database';
import type { ItemTarget, Plan, PlanDraft, PlanItem, PlanSummary } from '@shared/domain';

/** The columns of an item's target, as plan items and session items both hold them. */
export interface TargetRow {
  sets: number;
  warm_up_sets: number;
  reps: number | null;
  seconds: number | null;
  load_kg: number | null;
  rest_seconds: number;
  note: string;
}

export function toTarget(row: TargetRow): ItemTarget {
  return {
    sets: row.sets,
    warmUpSets: row.warm_up_sets,
    reps: row.reps,
    seconds: row.seconds,
    loadKg: row.load_kg,
    restSeconds: row.rest_seconds,
    note: row.note,
  };
}

interface PlanRow {
  id: string;
  member_id: string | null;
  name: string;
  note: string;
  created_at: number;
  updated_at: number;
}

interface PlanItemRow extends TargetRow {
  id: string;
  exercise_id: string;
}

/** A plan to write: the trainer's draft with an id for the plan and for each item. */
export interface PlanWrite extends PlanDraft {
  id: string;
  memberId: string | null;
  items: PlanItem[];
  seedKey?: string | null;
}

function insertItems(db: Db, planId: string, items: readonly PlanItem[]): void {
  const insert = db.prepare(
    `INSERT INTO plan_item (id, plan_id, position, exercise_id, sets, warm_up_sets, reps, seconds, load_kg,
       rest_seconds, note)
     VALUES (@id, @planId, @position, @exerciseId, @sets, @warmUpSets, @reps, @seconds, @loadKg, @restSeconds,
       @note)`,
  );
  items.forEach((item, position) => insert.run({ ...item, planId, position }));
}

export function insertPlan(db: Db, plan: PlanWrite, now: number): void {
  db.prepare(
    `INSERT INTO plan (id, member_id, name, note, seed_key, created_at, updated_at)
     VALUES (@id, @memberId, @name, @note, @seedKey, @now, @now)`,
  ).run({
    id: plan.id,
    memberId: plan.memberId,
    name: plan.name,
    note: plan.note,
    seedKey: plan.seedKey ?? null,
    now,
  });
  insertItems(db, plan.id, plan.items);
}

/** Replaces the plan's name, note and items (new items, new ids); sessions keep their own copy. */
export function updatePlan(
  db: Db,
  id: string,
  draft: PlanDraft & { items: PlanItem[] },
  now: number,
): boolean {
  const changed =
    db
      .prepare('UPDATE plan SET name = @name, note = @note, updated_at = @now WHERE id = @id')
      .run({ id, name: draft.name, note: draft.note, now }).changes > 0;
  if (!changed) return false;
  db.prepare('DELETE FROM plan_item WHERE plan_id = ?').run(id);
  insertItems(db, id, draft.items);
  return true;
}

export function getPlan(db: Db, id: string): Plan | null {
  const row = db
    .prepare<[string], PlanRow>(
      'SELECT id, member_id, name, note, created_at, updated_at FROM plan WHERE id = ?',
    )
    .get(id);
  if (!row) return null;
  const items = db
    .prepare<[string], PlanItemRow>(
      `SELECT id, exercise_id, sets, warm_up_sets, reps, seconds, load_kg, rest_seconds, note
       FROM plan_item WHERE plan_id = ? ORDER BY position`,
    )
    .all(id)
    .map((item): PlanItem => ({ id: item.id, exerciseId: item.exercise_id, ...toTarget(item) }));
  return {
    id: row.id,
    memberId: row.member_id,
    name: row.name,
    note: row.note,
    items,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A member's plans, or the templates (`memberId` null); the most recently changed first. */
export function listPlans(db: Db, memberId: string | null): PlanSummary[] {
  return db
    .prepare<
      [string | null],
      { id: string; member_id: string | null; name: string; item_count: number; updated_at: number }
    >(
      `SELECT p.id, p.member_id, p.name, p.updated_at,
         (SELECT count(*) FROM plan_item i WHERE i.plan_id = p.id) AS item_count
       FROM plan p WHERE p.member_id IS ?
       ORDER BY p.updated_at DESC, p.name, p.id`,
    )
    .all(memberId)
    .map((row) => ({
      id: row.id,
      memberId: row.member_id,
      name: row.name,
      itemCount: row.item_count,
      updatedAt: row.updated_at,
    }));
}

export function deletePlan(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM plan WHERE id = ?').run(id).changes > 0;
}

export function planIdForSeedKey(db: Db, seedKey: string): string | null {
  return (
    db.prepare<[string], { id: string }>('SELECT id FROM plan WHERE seed_key = ?').get(seedKey)?.id ?? null
  );
}
