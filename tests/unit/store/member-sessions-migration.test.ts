import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { MIGRATIONS, migrate } from '../../../src/store/migrations';
import { getMember } from '../../../src/store/repositories/members';
import { getPlan, listPlans } from '../../../src/store/repositories/plans';
import { seedLibrary } from '../../../src/store/seed/seed';
import { createServices } from '../../../src/services';
import { T0, sequentialIds } from '../../support/store';

const DAY = 24 * 60 * 60 * 1000;

/** A version-6 store with two members, a plan and sets logged on two days, some outside the plan. */
function version6Store() {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS.slice(0, 6));
  seedLibrary(db, 1);
  db.exec(`
    INSERT INTO member (id, display_name, member_number, created_at) VALUES
      ('m1', 'Sam Kowalski', '1001', 1), ('m2', 'Alex', NULL, 2);
    INSERT INTO session_plan (id, member_id, name, notes, created_at, updated_at) VALUES
      ('p1', 'm1', 'Back day', 'Go slow', 3, 4);
    INSERT INTO plan_item (id, plan_id, position, exercise_id, target_sets, target_reps, target_seconds,
        target_load_kg, rest_seconds) VALUES
      ('i1', 'p1', 0, 'seated-cable-row', 3, 12, NULL, 35, 60),
      ('i2', 'p1', 1, 'face-pull', 2, NULL, 40, NULL, 30);
  `);
  const insert = db.prepare(
    `INSERT INTO logged_set (id, member_id, exercise_id, plan_item_id, set_number, reps, seconds, load_kg,
       client_key, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  insert.run('s1', 'm1', 'seated-cable-row', 'i1', 1, 12, null, 35, 'k-0000001', T0);
  insert.run('s2', 'm1', 'seated-cable-row', 'i1', 2, 10, null, 35, 'k-0000002', T0 + 120_000);
  insert.run('s3', 'm1', 'face-pull', 'i2', 1, null, 40, null, 'k-0000003', T0 + 300_000);
  insert.run('s4', 'm1', 'deadlift', null, 1, 5, null, 100, 'k-0000004', T0 + DAY);
  insert.run('s5', 'm2', 'pull-up', null, 1, 8, 30, null, 'k-0000005', T0 + 2 * DAY);
  return db;
}

describe('migration 7 (member sessions)', () => {
  it('keeps members, plans and every logged set of a version-6 store, grouping sets into sessions by day', () => {
    const db = version6Store();
    expect(migrate(db, MIGRATIONS.slice(0, 7))).toBe(7);

    expect(getMember(db, 'm1')).toEqual({
      id: 'm1',
      displayName: 'Sam Kowalski',
      memberNumber: '1001',
      notes: '',
      unit: 'kg',
      createdAt: 1,
    });
    expect(listPlans(db, 'm1')).toEqual([
      { id: 'p1', memberId: 'm1', name: 'Back day', itemCount: 2, updatedAt: 4 },
    ]);
    expect(getPlan(db, 'p1')).toMatchObject({
      note: 'Go slow',
      items: [
        {
          id: 'i1',
          exerciseId: 'seated-cable-row',
          sets: 3,
          warmUpSets: 0,
          reps: 12,
          seconds: null,
          loadKg: 35,
        },
        {
          id: 'i2',
          exerciseId: 'face-pull',
          sets: 2,
          reps: null,
          seconds: 40,
          loadKg: null,
          restSeconds: 30,
        },
      ],
    });

    // The services need the store as it is now, migrations after 7 too.
    migrate(db);
    const services = createServices({
      db,
      now: () => T0 + 3 * DAY,
      steadyNow: () => 0,
      newId: sequentialIds(),
    });
    const history = services.sessions.history('m1', {});
    expect(
      history.sessions.map((session) => [session.planName, session.startedAt, session.finishedAt]),
    ).toEqual([
      [null, T0 + DAY, T0 + DAY],
      ['Back day', T0, T0 + 300_000],
    ]);
    const [day2, day1] = history.sessions;
    expect(
      day1?.sets.map((set) => [set.id, set.exerciseId, set.setNumber, set.reps, set.seconds, set.loadKg]),
    ).toEqual([
      ['s1', 'seated-cable-row', 1, 12, null, 35],
      ['s2', 'seated-cable-row', 2, 10, null, 35],
      ['s3', 'face-pull', 1, null, 40, null],
    ]);
    expect(day2?.sets.map((set) => set.id)).toEqual(['s4']);
    expect(services.sessions.history('m2', {}).sessions[0]?.sets).toMatchObject([
      { id: 's5', reps: 8, seconds: 30, warmUp: false },
    ]);

    // The items of a moved session carry the plan's targets where the sets named a plan item.
    const items = db
      .prepare(
        'SELECT plan_item_id, exercise_id, sets, reps, seconds, load_kg FROM session_item ORDER BY exercise_id',
      )
      .all();
    expect(items).toEqual([
      { plan_item_id: null, exercise_id: 'deadlift', sets: 1, reps: 5, seconds: null, load_kg: null },
      { plan_item_id: 'i2', exercise_id: 'face-pull', sets: 2, reps: null, seconds: 40, load_kg: null },
      { plan_item_id: null, exercise_id: 'pull-up', sets: 1, reps: 8, seconds: null, load_kg: null },
      { plan_item_id: 'i1', exercise_id: 'seated-cable-row', sets: 3, reps: 12, seconds: null, load_kg: 35 },
    ]);
    expect(db.prepare('SELECT client_key FROM logged_set ORDER BY client_key').pluck().all()).toEqual([
      'k-0000001',
      'k-0000002',
      'k-0000003',
      'k-0000004',
      'k-0000005',
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('leaves no table of the old shape behind, and deleting a member then removes everything of theirs', () => {
    const db = version6Store();
    migrate(db);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('session_plan');
    expect(tables).not.toContain('old_logged_set');
    db.prepare("DELETE FROM member WHERE id = 'm1'").run();
    for (const table of ['plan', 'session', 'session_item', 'logged_set']) {
      const left = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect(left, table).toBe(table === 'plan' ? 0 : 1);
    }
    db.close();
  });
});
