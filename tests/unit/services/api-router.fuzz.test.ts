import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiRouter, type Dispatch } from '../../../src/services/api-router';
import type { Services } from '../../../src/services';
import {
  ERROR_CODES,
  METHOD_NAMES,
  isMethodName,
  parseInput,
  type Result,
} from '../../../src/shared/contract';
import {
  MEMBER,
  addMember,
  countRows,
  createTestStore,
  rowCounts,
  type TestStore,
} from '../../support/store';

/** Anything a transport could deliver: IPC's structured clone carries far more than JSON does. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Values for one field: mostly plausible, sometimes just wrong. */
const field = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });

const idLike = fc.oneof(
  fc.constantFrom(MEMBER.id, 'deadlift', 'face-pull', 'posture-circuit', 'nobody', '', '   '),
  fc.string({ maxLength: 110 }),
);

const LOG_SET_FIELDS = [
  'memberId',
  'exerciseId',
  'planItemId',
  'setNumber',
  'reps',
  'seconds',
  'loadKg',
  'clientKey',
] as const;

/** A set the schema accepts (the member or exercise may still be unknown to the store). */
function validSet() {
  return fc.record(
    {
      memberId: fc.constantFrom(MEMBER.id, ` ${MEMBER.id} `, 'nobody'),
      exerciseId: fc.constantFrom('deadlift', 'face-pull', 'no-such-exercise'),
      planItemId: fc.constantFrom(null, 'no-such-item'),
      setNumber: fc.integer({ min: 1, max: 100 }),
      reps: fc.integer({ min: 0, max: 1000 }),
      seconds: fc.option(fc.integer({ min: 0, max: 86_400 })),
      loadKg: fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
      clientKey: fc.oneof(fc.uuid(), fc.constantFrom('fixed-key-1', 'fixed-key-2')),
    },
    { requiredKeys: ['memberId', 'exerciseId', 'setNumber', 'reps', 'clientKey'] },
  );
}

/** Values just outside (or just inside) what a field accepts. */
const nearBoundary = fc.constantFrom(
  -1,
  0,
  0.5,
  1,
  100,
  101,
  1000,
  1000.01,
  1001,
  86_401,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  '1',
  'short',
  'x'.repeat(65),
  null,
  undefined,
  true,
  [],
  {},
);

/** Near-valid payloads for each method, so the fuzz reaches the services and not only the schema. */
const plausiblePayload: Record<(typeof METHOD_NAMES)[number], fc.Arbitrary<unknown>> = {
  'library:list': fc.record(
    {
      query: field(fc.string({ maxLength: 120 })),
      muscles: field(fc.array(idLike, { maxLength: 4 })),
      equipment: field(fc.array(idLike, { maxLength: 4 })),
      goal: field(fc.constantFrom('strength', 'posture', 'cardio')),
      includeArchived: field(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
  'library:get': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'library:vocabulary': fc.oneof(fc.constant({}), fc.dictionary(fc.string(), anyValue, { maxKeys: 2 })),
  'circuits:list': fc.record({ includeArchived: field(fc.boolean()) }, { requiredKeys: [] }),
  'circuits:get': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'sessions:log-set': fc.oneof(
    { weight: 2, arbitrary: validSet() },
    {
      weight: 3,
      arbitrary: fc
        .tuple(validSet(), fc.constantFrom(...LOG_SET_FIELDS, 'extra'), fc.oneof(nearBoundary, anyValue))
        .map(([set, key, value]) => ({ ...set, [key]: value })),
    },
  ),
};

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  if (result.ok === true) return 'value' in result;
  if (result.ok !== false) return false;
  const error = result.error as Record<string, unknown> | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    (ERROR_CODES as readonly unknown[]).includes(error.code) &&
    typeof error.message === 'string' &&
    error.message.length > 0
  );
}

const RUNS = 300;

describe('api router under arbitrary input', () => {
  let store: TestStore;
  let dispatch: Dispatch;
  const internalErrors: unknown[] = [];
  const reachedService = new Map<string, number>();

  beforeAll(() => {
    store = createTestStore();
    addMember(store.db);
    dispatch = createApiRouter(store.services, {
      onInternalError: (_m, error) => internalErrors.push(error),
    });
  });
  afterAll(() => store.close());

  for (const method of METHOD_NAMES) {
    it(`${method}: always answers a Result, and writes only for a valid set`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, plausiblePayload[method]), async (payload) => {
          const before = rowCounts(store.db);
          const valid = parseInput(method, payload).ok;
          const result = await dispatch(method, payload);

          expect(isResult(result)).toBe(true);
          if (valid) reachedService.set(method, (reachedService.get(method) ?? 0) + 1);
          if (!valid) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
          const after = rowCounts(store.db);
          if (method === 'sessions:log-set' && result.ok) {
            const added = (after.logged_set ?? 0) - (before.logged_set ?? 0);
            expect(added === 0 || added === 1).toBe(true);
            expect({ ...after, logged_set: before.logged_set }).toEqual(before);
          } else {
            expect(after).toEqual(before);
          }
          expect(store.db.inTransaction).toBe(false);
        }),
        { numRuns: RUNS },
      );
      expect(internalErrors).toEqual([]);
      // The payloads must have reached the service often enough for the property to mean something.
      expect(reachedService.get(method) ?? 0).toBeGreaterThan(RUNS / 10);
      if (method === 'sessions:log-set') expect(countRows(store.db, 'logged_set')).toBeGreaterThan(0);
    });
  }

  it('answers any method name with a Result, unknown-method for all but the contract', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom(...METHOD_NAMES)),
        anyValue,
        async (name, payload) => {
          const result = await dispatch(name, payload);
          expect(isResult(result)).toBe(true);
          if (!isMethodName(name))
            expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reaches a service only with input that passed its schema', async () => {
    const calls: unknown[] = [];
    const recorded = (input?: unknown): never => {
      calls.push(input);
      return [] as never;
    };
    const services: Services = {
      library: { list: recorded, get: recorded, vocabulary: recorded },
      circuits: { list: recorded, get: recorded },
      sessions: { logSet: recorded },
    };
    const guarded = createApiRouter(services);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...METHOD_NAMES)
          .chain((method) => fc.tuple(fc.constant(method), fc.oneof(anyValue, plausiblePayload[method]))),
        async ([method, payload]) => {
          const before = calls.length;
          const parsed = parseInput(method, payload);
          await guarded(method, payload);
          expect(calls.length - before).toBe(parsed.ok ? 1 : 0);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});
