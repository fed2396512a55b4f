import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/services/errors';
import type { ParsedInput } from '@shared/contract';
import { MEMBER, T0, addMember, countRows, createTestStore, type TestStore } from '../../support/store';

const input = (
  overrides: Partial<ParsedInput<'sessions:log-set'>> = {},
): ParsedInput<'sessions:log-set'> => ({
  memberId: MEMBER.id,
  exerciseId: 'seated-cable-row',
  setNumber: 1,
  reps: 12,
  loadKg: 35,
  clientKey: 'screen-1/set-0001',
  ...overrides,
});

describe('session service: logging a set', () => {
  let store: TestStore;
  beforeEach(() => {
    store = createTestStore();
    addMember(store.db);
  });
  afterEach(() => store.close());

  it('stores the set with the injected id and time and returns it', () => {
    expect(store.services.sessions.logSet(input())).toEqual({
      id: 'id-1',
      memberId: MEMBER.id,
      exerciseId: 'seated-cable-row',
      planItemId: null,
      setNumber: 1,
      reps: 12,
      seconds: null,
      loadKg: 35,
      loggedAt: T0,
    });
    expect(countRows(store.db, 'logged_set')).toBe(1);
  });

  it('has committed the set by the time it returns', () => {
    store.services.sessions.logSet(input());
    expect(store.db.inTransaction).toBe(false);
    expect(store.db.prepare('SELECT client_key FROM logged_set').pluck().all()).toEqual([
      'screen-1/set-0001',
    ]);
  });

  it('logs a retried set (same client key) once and answers with the first result', () => {
    const first = store.services.sessions.logSet(input());
    store.clock.advance(3000);
    const second = store.services.sessions.logSet(input());
    expect(second).toEqual(first);
    expect(countRows(store.db, 'logged_set')).toBe(1);

    store.services.sessions.logSet(input({ clientKey: 'screen-1/set-0002', setNumber: 2 }));
    expect(countRows(store.db, 'logged_set')).toBe(2);
  });

  it('logs a timed set', () => {
    const logged = store.services.sessions.logSet(input({ reps: null, seconds: 40, loadKg: null }));
    expect(logged).toMatchObject({ reps: null, seconds: 40, loadKg: null });
  });

  it.each([
    ['member', { memberId: 'nobody' }, /No member with id "nobody"/],
    ['exercise', { exerciseId: 'no-such-exercise' }, /No exercise with id "no-such-exercise"/],
    ['plan item', { planItemId: 'no-such-item' }, /No plan item with id "no-such-item"/],
  ])('reports an unknown %s as not-found and stores nothing', (_what, overrides, message) => {
    let thrown: unknown;
    try {
      store.services.sessions.logSet(input(overrides));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'not-found', message: expect.stringMatching(message) });
    expect(countRows(store.db, 'logged_set')).toBe(0);
  });

  it('links a set to an existing plan item', () => {
    store.db.exec(`
      INSERT INTO session_plan (id, member_id, name, created_at, updated_at) VALUES ('plan-1', '${MEMBER.id}', 'Back day', 0, 0);
      INSERT INTO plan_item (id, plan_id, position, exercise_id, target_sets, target_reps, rest_seconds)
        VALUES ('item-1', 'plan-1', 0, 'seated-cable-row', 3, 12, 60);
    `);
    expect(store.services.sessions.logSet(input({ planItemId: 'item-1' })).planItemId).toBe('item-1');
  });
});
