import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter, type BackupMethods, type Dispatch } from '../../../src/services/api-router';
import { createServices, type Services } from '../../../src/services';
import { DomainError } from '../../../src/services/errors';
import { UnreadJson } from '../../../src/services/unread-json';
import { METHOD_NAMES, type Caller, type Result } from '@shared/contract';
import type { SessionView, SetChange } from '@shared/domain';
import { openDatabase } from '../../../src/store/database';
import {
  MEMBER,
  T0,
  addMember,
  countRows,
  createTestStore,
  rowCounts,
  sequentialIds,
  unlockTrainer,
  type TestStore,
} from '../../support/store';
import { freeExerciseDbEntry } from '../../support/free-exercise-db';
import { VALID_PAYLOADS } from '../../support/valid-payloads';
import { fakeBackups, fakeServices } from '../../support/fake-services';
import { MEMBER_DRAFT, PLAN_DRAFT } from '../../support/plans';
import { makeTempDir, type TempDir } from '../../support/temp-dir';

/** A set the schema accepts; the session and item exist only in the store the test makes. */
const LOG_SET = {
  sessionId: 'session-1',
  itemId: 'item-1',
  exerciseId: 'face-pull',
  warmUp: false,
  setNumber: 1,
  reps: 15,
  seconds: null,
  loadKg: 15,
  clientKey: 'screen-1/0001',
};

const KIOSK: Caller = { screenId: 'kiosk', connection: 'loopback' };

/** Signs the test member in on the kiosk and starts their plan; answers a valid set of its face pulls. */
async function startSession(dispatch: Dispatch, db: TestStore['db']): Promise<typeof LOG_SET> {
  db.prepare('UPDATE member SET member_number = ? WHERE id = ?').run('4711', MEMBER.id);
  const plan = await dispatch('plans:create', { memberId: MEMBER.id, plan: PLAN_DRAFT });
  if (!plan.ok) throw new Error(plan.error.message);
  const planId = (plan.value as { id: string }).id;
  await dispatch('sessions:sign-in', { memberNumber: '4711' }, KIOSK);
  const started = await dispatch('sessions:start', { planId }, KIOSK);
  if (!started.ok) throw new Error(started.error.message);
  const view = started.value as SessionView;
  const item = view.items[1];
  if (!item) throw new Error('no item');
  return { ...LOG_SET, sessionId: view.id, itemId: item.id, exerciseId: item.exerciseId };
}

function failure(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A services object that only records what reached it. */
function recordingServices(): { services: Services; backups: BackupMethods; calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => () => {
    calls.push(name);
    return undefined;
  };
  return { services: admitting(fakeServices(record)), backups: fakeBackups(record), calls };
}

/** The same services with a trainer unlocked on every screen: these tests are about the binding, not access. */
function admitting(services: Services): Services {
  return {
    ...services,
    trainer: {
      ...services.trainer,
      isUnlocked: () => true,
      requireUnlocked: () => undefined,
      flush: () => undefined,
    },
    sessions: { ...services.sessions, signedInMember: () => MEMBER.id },
  };
}

/** Services whose every method throws `error`. */
function throwingServices(error: unknown): Services {
  return admitting(
    fakeServices(() => () => {
      throw error;
    }),
  );
}

describe('api router against the real services', () => {
  let store: TestStore;
  let dispatch: Dispatch;
  let validSet: typeof LOG_SET;
  beforeEach(async () => {
    store = createTestStore();
    addMember(store.db);
    dispatch = createApiRouter(store.services);
    await unlockTrainer(store.services);
    await unlockTrainer(store.services, KIOSK.screenId);
    validSet = await startSession(dispatch, store.db);
  });
  afterEach(() => store.close());

  it('answers each method with a Result value', async () => {
    const list = await dispatch('library:list', { goal: 'posture' });
    expect(list).toMatchObject({ ok: true, value: { total: 4 } });
    expect(await dispatch('library:get', { id: 'deadlift' })).toMatchObject({
      ok: true,
      value: { id: 'deadlift' },
    });
    expect(await dispatch('circuits:list', {})).toMatchObject({
      ok: true,
      value: [{ id: 'posture-circuit' }],
    });
    expect(await dispatch('sessions:log-set', validSet, KIOSK)).toMatchObject({
      ok: true,
      value: { set: { itemId: validSet.itemId, loggedAt: T0 }, replaces: null },
    });
  });

  it('refuses an unknown method', async () => {
    for (const method of [
      'library:delete',
      'LIBRARY:LIST',
      '',
      'constructor',
      '__proto__',
      'x'.repeat(500),
    ]) {
      const error = failure(await dispatch(method, {}));
      expect(error.code).toBe('unknown-method');
      expect(error.message.length).toBeLessThan(100);
    }
  });

  it('refuses an invalid payload naming the field, the reason and its bound', async () => {
    expect(failure(await dispatch('sessions:log-set', { ...validSet, setNumber: 0 }, KIOSK))).toEqual({
      code: 'invalid-input',
      message: expect.stringMatching(/^setNumber: /),
      field: 'setNumber',
      reason: 'too-small',
      params: { min: 1 },
    });
    expect(failure(await dispatch('library:get', { id: 7 })).message).toMatch(/^id: /);
    expect(countRows(store.db, 'logged_set')).toBe(0);
  });

  it('reads a body its transport left unread as it would have, for the import and for any other method', async () => {
    // In pieces of seven bytes, so that some split a character of several bytes.
    const bytes = (value: unknown): UnreadJson => {
      const whole = new TextEncoder().encode(JSON.stringify(value));
      return new UnreadJson(
        Array.from({ length: Math.ceil(whole.length / 7) }, (_, n) => whole.slice(n * 7, n * 7 + 7)),
      );
    };
    expect(await dispatch('library:get', bytes({ id: 'deadlift' }))).toMatchObject({
      ok: true,
      value: { id: 'deadlift' },
    });
    expect(failure(await dispatch('library:get', bytes({ id: 7 })))).toMatchObject({ field: 'id' });
    expect(
      await dispatch(
        'library:import',
        bytes({
          content: JSON.stringify([freeExerciseDbEntry({ name: 'Rudern am Kabelzug, überkreuzt' })]),
          dryRun: true,
        }),
      ),
    ).toMatchObject({
      ok: true,
      value: { dryRun: true, counts: { added: 1 }, entries: [{ name: 'Rudern am Kabelzug, überkreuzt' }] },
    });
    expect(failure(await dispatch('library:import', bytes({ content: '[]', format: 'csv' })))).toMatchObject({
      code: 'invalid-input',
      field: 'format',
    });
    for (const method of ['library:get', 'library:import']) {
      expect(
        failure(await dispatch(method, new UnreadJson([new TextEncoder().encode('{"id":')]))),
      ).toMatchObject({
        code: 'invalid-input',
        reason: 'malformed',
      });
    }
    expect(countRows(store.db, 'exercise')).toBe(7);
  });

  it('refuses bad sets and members with a clear error and writes nothing', async () => {
    const before = rowCounts(store.db);
    const cases: [string, unknown, Record<string, unknown>][] = [
      [
        'sessions:log-set',
        { ...validSet, loadKg: -2.5 },
        { field: 'loadKg', reason: 'too-small', params: { min: 0 } },
      ],
      [
        'sessions:log-set',
        { ...validSet, reps: 10_000 },
        { field: 'reps', reason: 'too-large', params: { max: 1000 } },
      ],
      ['sessions:log-set', { ...validSet, reps: 12.5 }, { field: 'reps', reason: 'not-whole' }],
      ['sessions:log-set', { ...validSet, seconds: 30 }, { field: 'reps', reason: 'one-measure' }],
      [
        'sessions:log-set',
        { ...validSet, exerciseId: 'deadlift' },
        { code: 'invalid-input', field: 'exerciseId', reason: 'not-in-session' },
      ],
      ['sessions:log-set', { ...validSet, sessionId: 'nope' }, { code: 'not-found', field: 'sessionId' }],
      [
        'sessions:sign-in',
        { memberNumber: '9999' },
        { code: 'not-found', field: 'memberNumber', reason: 'unknown-member-number' },
      ],
      ['sessions:sign-in', { memberNumber: '12' }, { field: 'memberNumber', reason: 'malformed' }],
      ['members:get', { id: 'nobody' }, { code: 'not-found' }],
      ['members:create', { ...MEMBER_DRAFT, displayName: '' }, { field: 'displayName', reason: 'required' }],
      ['plans:create', { memberId: 'nobody', plan: PLAN_DRAFT }, { code: 'not-found', field: 'memberId' }],
      [
        'plans:create',
        { memberId: null, plan: { ...PLAN_DRAFT, items: [{ ...PLAN_DRAFT.items[0], loadKg: -1 }] } },
        { field: 'plan.items.0.loadKg', reason: 'too-small' },
      ],
    ];
    for (const [method, payload, error] of cases) {
      expect(
        failure(await dispatch(method, payload, KIOSK)),
        `${method} ${JSON.stringify(payload)}`,
      ).toMatchObject({
        code: 'invalid-input',
        ...error,
      });
    }
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('acts for the member signed in on the calling screen only', async () => {
    expect(
      failure(await dispatch('sessions:log-set', validSet, { screenId: 'rack-3', connection: 'loopback' })),
    ).toMatchObject({
      code: 'forbidden',
      reason: 'not-signed-in',
    });
    expect(await dispatch('sessions:current', {}, { screenId: 'rack-3', connection: 'loopback' })).toEqual({
      ok: true,
      value: { member: null },
    });
    expect(await dispatch('sessions:current', {}, KIOSK)).toEqual({
      ok: true,
      value: { member: { id: MEMBER.id, label: 'Sam K.', unit: 'kg' } },
    });
    expect(countRows(store.db, 'logged_set')).toBe(0);
  });

  it('logs a retried set once', async () => {
    const first = await dispatch('sessions:log-set', validSet, KIOSK);
    store.clock.advance(1000);
    const second = await dispatch('sessions:log-set', validSet, KIOSK);
    expect(second).toEqual(first);
    expect(countRows(store.db, 'logged_set')).toBe(1);
  });

  it('reports a full disk as storage-full and shows no change as logged', async () => {
    const logged = await dispatch('sessions:log-set', validSet, KIOSK);
    let setId = logged.ok ? ((logged.value as SetChange).set?.id ?? '') : '';
    // Cap the file at its current size: the next page the store needs is refused with SQLITE_FULL.
    store.db.pragma(`max_page_count = ${Number(store.db.pragma('page_count', { simple: true }))}`);
    let result: Result<unknown> | undefined;
    let rows = 1;
    for (let n = 0; n < 10_000; n += 1) {
      result = await dispatch(
        'sessions:correct-set',
        {
          sessionId: validSet.sessionId,
          setId,
          reps: 15,
          seconds: null,
          loadKg: n % 100,
          clientKey: `fix-${String(n).padStart(5, '0')}`,
        },
        KIOSK,
      );
      if (!result.ok) break;
      setId = (result.value as SetChange).set?.id ?? '';
      rows += 1;
    }
    expect(result && failure(result)).toEqual({
      code: 'storage-full',
      message: expect.stringMatching(/full/),
    });
    expect(countRows(store.db, 'logged_set')).toBe(rows);
    expect(store.db.inTransaction).toBe(false);
  });
});

describe('api router on a store that cannot be written', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('reports storage-read-only, still answers reads, and stores nothing', async () => {
    const file = dir.file('gymdeck.db');
    const writable = createTestStore({ file });
    addMember(writable.db);
    await unlockTrainer(writable.services);
    const validSet = await startSession(createApiRouter(writable.services), writable.db);
    writable.close();

    const db = openDatabase(file, { readonly: true });
    try {
      const dispatch = createApiRouter(
        createServices({ db, now: () => T0, steadyNow: () => 0, newId: sequentialIds() }),
      );
      await dispatch('sessions:sign-in', { memberNumber: '4711' }, KIOSK);
      expect(failure(await dispatch('sessions:log-set', validSet, KIOSK))).toEqual({
        code: 'storage-read-only',
        message: expect.stringMatching(/cannot be written/),
      });
      expect((await dispatch('library:list', {})).ok).toBe(true);
      expect(countRows(db, 'logged_set')).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('api router boundary', () => {
  it('never lets invalid input reach a service', async () => {
    const { services, calls } = recordingServices();
    const dispatch = createApiRouter(services);
    const invalid: [string, unknown][] = [
      ['library:list', { goal: 'cardio' }],
      ['library:list', 'row'],
      ['library:get', {}],
      ['library:get', { id: 'a', extra: 1 }],
      ['library:vocabulary', { x: 1 }],
      ['circuits:list', { includeArchived: 'yes' }],
      ['circuits:get', { id: '' }],
      ['sessions:log-set', { ...LOG_SET, setNumber: 31 }],
      ['sessions:log-set', { ...LOG_SET, reps: undefined }],
      ['sessions:log-set', { ...LOG_SET, reps: 10_000 }],
      ['sessions:log-set', { ...LOG_SET, loadKg: -0.5 }],
      ['sessions:log-set', { ...LOG_SET, loadKg: Number.POSITIVE_INFINITY }],
      ['sessions:log-set', { ...LOG_SET, reps: 5, seconds: 5 }],
      ['sessions:log-set', [LOG_SET]],
      ['sessions:sign-in', { memberNumber: '12a4' }],
      ['members:create', { ...MEMBER_DRAFT, email: 'sam@example.com' }],
      ['plans:create', { memberId: null, plan: { ...PLAN_DRAFT, items: [] } }],
    ];
    for (const [method, payload] of invalid) {
      expect(failure(await dispatch(method, payload)).code, `${method} ${JSON.stringify(payload)}`).toBe(
        'invalid-input',
      );
    }
    expect(calls).toEqual([]);

    await dispatch('library:list', {});
    await dispatch('sessions:log-set', LOG_SET);
    expect(calls).toEqual(['library.list', 'sessions.logSet']);
  });

  it('binds every method of the contract to a service', async () => {
    const { services, backups, calls } = recordingServices();
    const dispatch = createApiRouter(services, { backups });
    const valid = VALID_PAYLOADS;
    for (const method of METHOD_NAMES) expect((await dispatch(method, valid[method])).ok, method).toBe(true);
    expect(calls).toHaveLength(METHOD_NAMES.length);
  });

  it('maps SQLite storage errors to codes the screen can explain', async () => {
    const cases: [string, string][] = [
      ['SQLITE_FULL', 'storage-full'],
      ['SQLITE_READONLY', 'storage-read-only'],
      ['SQLITE_READONLY_DBMOVED', 'storage-read-only'],
      ['SQLITE_CANTOPEN', 'storage-read-only'],
      ['SQLITE_BUSY', 'storage-busy'],
      ['SQLITE_BUSY_SNAPSHOT', 'storage-busy'],
      ['ENOSPC', 'storage-full'],
      ['EROFS', 'storage-read-only'],
    ];
    for (const [code, expected] of cases) {
      const dispatch = createApiRouter(throwingServices(Object.assign(new Error('disk'), { code })));
      expect(failure(await dispatch('sessions:log-set', LOG_SET)).code, code).toBe(expected);
    }
  });

  it('turns anything unexpected into a generic internal error and reports it', async () => {
    const reported: [string, unknown][] = [];
    for (const thrown of [
      new Error('secret detail: /home/kiosk/gymdeck.db'),
      null,
      'a string',
      { code: 42 },
    ]) {
      const dispatch = createApiRouter(throwingServices(thrown), {
        onInternalError: (method, error) => reported.push([method, error]),
      });
      const error = failure(await dispatch('library:list', {}));
      expect(error.code).toBe('internal');
      expect(error.message).not.toMatch(/secret|gymdeck\.db/);
    }
    expect(reported.map(([method]) => method)).toEqual(Array(4).fill('library:list'));
  });

  it('keeps a domain error away from the internal-error report', async () => {
    const reported: unknown[] = [];
    const dispatch = createApiRouter(throwingServices(new DomainError('conflict', 'Already there.')), {
      onInternalError: (_method, error) => reported.push(error),
    });
    expect(failure(await dispatch('circuits:get', { id: 'x' }))).toEqual({
      code: 'conflict',
      message: 'Already there.',
    });
    expect(reported).toEqual([]);
  });
});
