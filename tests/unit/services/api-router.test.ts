import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter, type BackupMethods, type Dispatch } from '../../../src/services/api-router';
import { createServices, type Services } from '../../../src/services';
import { DomainError } from '../../../src/services/errors';
import { METHOD_NAMES, type Result } from '@shared/contract';
import { openDatabase } from '../../../src/store/database';
import {
  MEMBER,
  T0,
  addMember,
  countRows,
  createTestStore,
  sequentialIds,
  type TestStore,
} from '../../support/store';
import { VALID_PAYLOADS } from '../../support/valid-payloads';
import { fakeBackups, fakeServices } from '../../support/fake-services';
import { makeTempDir, type TempDir } from '../../support/temp-dir';

const LOG_SET = {
  memberId: MEMBER.id,
  exerciseId: 'face-pull',
  setNumber: 1,
  reps: 15,
  clientKey: 'screen-1/0001',
};

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
  beforeEach(() => {
    store = createTestStore();
    addMember(store.db);
    // Sam is signed in on every screen: these tests are about the sets, not about access.
    dispatch = createApiRouter(store.services, { memberSignedIn: () => true });
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
    expect(await dispatch('sessions:log-set', LOG_SET)).toMatchObject({
      ok: true,
      value: { id: 'id-1', loggedAt: T0 },
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
    expect(failure(await dispatch('sessions:log-set', { ...LOG_SET, setNumber: 0 }))).toEqual({
      code: 'invalid-input',
      message: expect.stringMatching(/^setNumber: /),
      field: 'setNumber',
      reason: 'too-small',
      params: { min: 1 },
    });
    expect(failure(await dispatch('library:get', { id: 7 })).message).toMatch(/^id: /);
    expect(countRows(store.db, 'logged_set')).toBe(0);
  });

  it('passes a domain error on with its code', async () => {
    expect(failure(await dispatch('library:get', { id: 'nope' }))).toEqual({
      code: 'not-found',
      message: 'No exercise with id "nope".',
    });
    expect(failure(await dispatch('sessions:log-set', { ...LOG_SET, memberId: 'nobody' })).code).toBe(
      'not-found',
    );
  });

  it('logs a retried set once', async () => {
    const first = await dispatch('sessions:log-set', LOG_SET);
    store.clock.advance(1000);
    const second = await dispatch('sessions:log-set', LOG_SET);
    expect(second).toEqual(first);
    expect(countRows(store.db, 'logged_set')).toBe(1);
  });

  it('reports a full disk as storage-full and shows no set as logged', async () => {
    // Cap the file at its current size: the next page the store needs is refused with SQLITE_FULL.
    store.db.pragma(`max_page_count = ${Number(store.db.pragma('page_count', { simple: true }))}`);
    let result: Result<unknown> | undefined;
    let logged = 0;
    for (let n = 0; n < 10_000; n += 1) {
      result = await dispatch('sessions:log-set', {
        ...LOG_SET,
        clientKey: `screen-1/${String(n).padStart(5, '0')}`,
      });
      if (!result.ok) break;
      logged += 1;
    }
    expect(result && failure(result)).toEqual({
      code: 'storage-full',
      message: expect.stringMatching(/full/),
    });
    expect(countRows(store.db, 'logged_set')).toBe(logged);
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
    writable.close();

    const db = openDatabase(file, { readonly: true });
    try {
      const dispatch = createApiRouter(
        createServices({ db, now: () => T0, steadyNow: () => 0, newId: sequentialIds() }),
        { memberSignedIn: () => true },
      );
      expect(failure(await dispatch('sessions:log-set', LOG_SET))).toEqual({
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
      ['sessions:log-set', { ...LOG_SET, setNumber: 101 }],
      ['sessions:log-set', { ...LOG_SET, reps: undefined }],
      ['sessions:log-set', [LOG_SET]],
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
