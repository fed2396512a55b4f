import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiRouter, type Dispatch } from '../../../src/services/api-router';
import { fakeBackups, fakeServices } from '../../support/fake-services';
import { resetTrainerPin } from '../../../src/services/trainer-access';
import { PAIRING_TTL_MS } from '../../../src/services/screens';
import {
  ERROR_CODES,
  METHOD_NAMES,
  contract,
  isMethodName,
  parseInput,
  type Caller,
  type MethodName,
  type Result,
} from '@shared/contract';
import type { Db } from '../../../src/store/database';
import {
  MEMBER,
  TEST_PIN,
  addMember,
  countRows,
  createTestStore,
  rowCounts,
  unlockTrainer,
  type TestStore,
} from '../../support/store';
import { VALID_DRAFT } from '../../support/exercise-draft';
import { MEMBER_DRAFT, PLAN_DRAFT, planItem } from '../../support/plans';

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

const DRAFT_FIELDS = Object.keys(VALID_DRAFT);

/** A draft the schema accepts, or one with a single field set to something near or far from valid. */
function plausibleDraft() {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(VALID_DRAFT) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...DRAFT_FIELDS, 'extra'), fc.oneof(nearBoundary, anyValue))
        .map(([key, value]) => ({ ...VALID_DRAFT, [key]: value })),
    },
  );
}

/** The eight-byte PNG signature and nothing more: recognised as a picture, though not a viewable one. */
const TINY_PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');

/** A one-entry free-exercise-db list, so that some imports get past the file check and write. */
const FREE_EXERCISE_DB_SAMPLE = JSON.stringify([
  {
    id: 'Fuzz_Row',
    name: 'Fuzz row',
    force: 'pull',
    level: 'beginner',
    mechanic: 'compound',
    equipment: 'cable',
    primaryMuscles: ['middle back'],
    secondaryMuscles: [],
    instructions: ['Pull.'],
    category: 'strength',
    images: [],
  },
]);

/** Methods whose successful call may change the library; a refused call must still write nothing. */
const LIBRARY_WRITES = new Set([
  'library:import',
  'library:create',
  'library:update',
  'library:duplicate',
  'library:archive',
  'library:restore',
  'library:attach-media',
  'library:detach-media',
]);

/** Methods whose successful call may change circuits, settings, the running timer or a notice. */
const TIMER_WRITES = new Set([
  'circuits:create',
  'circuits:update',
  'circuits:archive',
  'circuits:restore',
  'settings:update',
  'timers:save-run',
  'timers:clear-run',
  'system:dismiss-store-recovery',
]);

const VALID_CIRCUIT = {
  name: 'Fuzz circuit',
  description: '',
  getReadySeconds: 10,
  restSeconds: 20,
  rounds: 2,
  roundBreakSeconds: 30,
  sound: true,
  flash: false,
  halfwayCue: false,
  steps: [
    { exerciseId: 'face-pull', workSeconds: 30, repTarget: null, side: 'both', restSeconds: null },
    { exerciseId: 'pull-up', workSeconds: null, repTarget: 8, side: 'both', restSeconds: 15 },
  ],
};

/** A circuit the schema accepts, or one with a single field (or a step's field) near or far from valid. */
function plausibleCircuit() {
  const step = VALID_CIRCUIT.steps[0];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(VALID_CIRCUIT) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(VALID_CIRCUIT), 'extra'), fc.oneof(nearBoundary, anyValue))
        .map(([key, value]) => ({ ...VALID_CIRCUIT, [key]: value })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(step ?? {}), 'extra'), fc.oneof(nearBoundary, anyValue, idLike))
        .map(([key, value]) => ({ ...VALID_CIRCUIT, steps: [{ ...step, [key]: value }] })),
    },
  );
}

const circuitIdLike = fc.oneof(fc.constant('posture-circuit'), idLike);

/**
 * What the store of the fuzz holds for members, plans and sessions, read again before each method's run
 * (earlier runs finish sessions and correct sets), so that plausible payloads name real rows.
 */
const fixture = {
  planId: 'none',
  sessionId: 'none',
  items: [{ id: 'none', exerciseId: 'face-pull' }],
  setIds: ['none'],
};

/** One of a list read when the value is drawn (the fixture changes between runs). */
const current = <T>(read: () => readonly T[]) =>
  fc.nat().map((n) => {
    const list = read();
    return list[n % list.length];
  });

const memberIdLike = fc.oneof(
  { weight: 3, arbitrary: fc.constant(MEMBER.id) },
  { weight: 1, arbitrary: idLike },
);
/** Never the fuzz member or plan: deleting them would leave the later methods nothing to reach. */
const victimIdLike = fc
  .oneof(fc.constantFrom('id-1', 'id-2', 'id-9', 'id-20', 'id-40'), idLike)
  .filter((value) => value.trim() !== MEMBER.id && value.trim() !== fixture.planId);
const planIdLike = fc.oneof(
  { weight: 3, arbitrary: current(() => [fixture.planId]) },
  { weight: 1, arbitrary: fc.constantFrom('mid-back-day', 'id-1', 'id-7') },
  { weight: 1, arbitrary: idLike },
);
const sessionIdLike = fc.oneof(
  { weight: 4, arbitrary: current(() => [fixture.sessionId]) },
  { weight: 1, arbitrary: idLike },
);
const itemLike = current(() => fixture.items);
const itemIdLike = fc.oneof(
  { weight: 4, arbitrary: itemLike.map((item) => item?.id) },
  { weight: 1, arbitrary: idLike },
);
const setIdLike = fc.oneof(
  { weight: 4, arbitrary: current(() => fixture.setIds) },
  { weight: 1, arbitrary: idLike },
);
const exerciseIdLike = fc.oneof(
  fc.constantFrom('face-pull', 'seated-cable-row', 'deadlift', 'reverse-fly', 't-bar-row'),
  idLike,
);
// Mostly keys a screen sends (a repeated one replays the change), sometimes any string (most too short or long).
const clientKeyLike = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('fixed-key-1', 'fixed-key-2') },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const memberNumberLike = fc.oneof(
  fc.constantFrom('1001', '4711', '0000', '123'),
  fc.stringMatching(/^[0-9]{4,12}$/),
  fc.string({ maxLength: 14 }),
);
const historyPage = fc.record(
  {
    limit: field(fc.integer({ min: -1, max: 60 })),
    before: field(fc.oneof(fc.integer({ min: 0, max: 2e12 }), fc.double({ noNaN: true }))),
  },
  { requiredKeys: [] },
);

/** One field of a valid object set near or far from valid, or an unknown field added. */
function mutated<T extends object>(valid: fc.Arbitrary<T>, keys: readonly string[]) {
  return fc.oneof(
    { weight: 1, arbitrary: valid },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...keys, 'extra'), fc.oneof(nearBoundary, anyValue))
        .map(([value, key, wrong]) => ({ ...value, [key]: wrong })),
    },
  );
}

const memberDraft = mutated(
  fc.record({
    displayName: fc.constantFrom('Sam Kowalski', 'Kim', ' Émile Ødegaard '),
    memberNumber: fc.option(fc.stringMatching(/^[0-9]{4,8}$/)),
    notes: fc.string({ maxLength: 40 }),
    unit: fc.constantFrom('kg', 'lb'),
  }),
  Object.keys(MEMBER_DRAFT),
);

const validPlanItem = fc.record({
  exerciseId: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('face-pull', 'deadlift') },
    { weight: 1, arbitrary: exerciseIdLike },
  ),
  sets: fc.integer({ min: 1, max: 20 }),
  warmUpSets: fc.integer({ min: 0, max: 5 }),
  reps: fc.constant(10),
  seconds: fc.constant(null),
  loadKg: fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
  restSeconds: fc.integer({ min: 0, max: 3600 }),
  note: fc.string({ maxLength: 20 }),
});

/** Mostly valid items, now and then one with a field near or far from valid. */
const planItemDraft = fc.oneof(
  { weight: 9, arbitrary: validPlanItem },
  { weight: 1, arbitrary: mutated(validPlanItem, Object.keys(planItem('face-pull'))) },
);

const planDraft = mutated(
  fc.record({
    name: fc.constantFrom('Back day', 'Pull'),
    note: fc.string({ maxLength: 20 }),
    items: fc.array(planItemDraft, { minLength: 1, maxLength: 4 }),
  }),
  Object.keys(PLAN_DRAFT),
);

const setMeasure = {
  reps: fc.option(fc.integer({ min: 0, max: 1000 })),
  seconds: fc.constant(null),
  loadKg: fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
};

/** A set the schema accepts for an item of the session (its exercise mostly the item's). */
const validSet = fc
  .record({
    item: itemLike,
    otherExercise: fc.option(exerciseIdLike, { freq: 5 }),
    sessionId: sessionIdLike,
    warmUp: fc.boolean(),
    setNumber: fc.integer({ min: 1, max: 30 }),
    reps: fc.integer({ min: 0, max: 1000 }),
    loadKg: setMeasure.loadKg,
    clientKey: clientKeyLike,
  })
  .map(({ item, otherExercise, ...set }) => ({
    ...set,
    itemId: item?.id,
    exerciseId: otherExercise ?? item?.exerciseId,
    seconds: null,
  }));

const SESSION_PAYLOADS = {
  'members:list': fc.record(
    { query: field(fc.string({ maxLength: 70 })), limit: field(fc.integer({ min: -1, max: 120 })) },
    { requiredKeys: [] },
  ),
  'members:get': fc.record({ id: field(memberIdLike) }, { requiredKeys: [] }),
  'members:create': memberDraft,
  'members:update': fc.record({ id: memberIdLike, member: memberDraft }),
  'members:data-counts': fc.record({ id: field(memberIdLike) }, { requiredKeys: [] }),
  'members:delete': fc.record({ id: field(victimIdLike) }, { requiredKeys: [] }),
  'members:export': fc.record({ id: memberIdLike, format: field(fc.constantFrom('json', 'csv', 'xml')) }),
  'members:history': fc
    .tuple(fc.record({ memberId: field(memberIdLike) }), historyPage)
    .map(([a, b]) => ({ ...a, ...b })),
  'members:progress': fc.record({ memberId: field(memberIdLike), exerciseId: field(exerciseIdLike) }),
  'plans:list': fc.record({ memberId: field(fc.oneof(fc.constant(null), memberIdLike)) }),
  'plans:get': fc.record({ id: field(planIdLike) }, { requiredKeys: [] }),
  'plans:create': fc.record({ memberId: fc.oneof(fc.constant(null), memberIdLike), plan: planDraft }),
  'plans:update': fc.record({ id: planIdLike, plan: planDraft }),
  'plans:delete': fc.record(
    { id: field(fc.oneof(victimIdLike, fc.constant('mid-back-day'))) },
    { requiredKeys: [] },
  ),
  'plans:give-template': fc.record({
    templateId: fc.oneof(fc.constant('mid-back-day'), planIdLike),
    memberId: field(memberIdLike),
  }),
  'sessions:sign-in': fc.record({ memberNumber: field(memberNumberLike) }, { requiredKeys: [] }),
  'sessions:current': fc.constant({}),
  'sessions:sign-out': fc.constant({}),
  'sessions:hand-over': fc.record({ planId: field(planIdLike) }, { requiredKeys: [] }),
  'sessions:home': fc.constant({}),
  'sessions:start': fc.record({ planId: field(planIdLike) }, { requiredKeys: [] }),
  'sessions:view': fc.record({ sessionId: field(sessionIdLike) }, { requiredKeys: [] }),
  'sessions:log-set': mutated(validSet, [
    'sessionId',
    'itemId',
    'exerciseId',
    'warmUp',
    'setNumber',
    'reps',
    'seconds',
    'loadKg',
    'clientKey',
  ]),
  'sessions:correct-set': mutated(
    fc.record({
      sessionId: sessionIdLike,
      setId: setIdLike,
      // A number of reps, as a correction the screen sends has: with none, no measure (what `mutated` tries).
      reps: fc.integer({ min: 0, max: 1000 }),
      seconds: setMeasure.seconds,
      loadKg: setMeasure.loadKg,
      clientKey: clientKeyLike,
    }),
    ['sessionId', 'setId', 'reps', 'seconds', 'loadKg', 'clientKey'],
  ),
  // Every key present: a missing one is what `anyValue` tries, and the service must be reached often.
  'sessions:delete-set': fc.record({
    sessionId: field(sessionIdLike),
    setId: field(setIdLike),
    clientKey: field(clientKeyLike),
  }),
  'sessions:skip': fc.record({ sessionId: sessionIdLike, itemId: itemIdLike, skipped: field(fc.boolean()) }),
  'sessions:swap-candidates': fc.record({ sessionId: field(sessionIdLike), itemId: field(itemIdLike) }),
  'sessions:swap': fc.record({
    sessionId: sessionIdLike,
    itemId: itemIdLike,
    exerciseId: field(exerciseIdLike),
  }),
  'sessions:finish': fc.record({ sessionId: field(sessionIdLike) }, { requiredKeys: [] }),
  'sessions:summary': fc.record({ sessionId: field(sessionIdLike) }, { requiredKeys: [] }),
  'sessions:history': historyPage,
  'sessions:progress': fc.record({ exerciseId: field(exerciseIdLike) }, { requiredKeys: [] }),
} satisfies Record<
  Extract<(typeof METHOD_NAMES)[number], `${'members' | 'plans' | 'sessions'}:${string}`>,
  unknown
>;
/** Codes of screens waiting to be paired, and ids of paired screens, refreshed before each run. */
const waitingCodes: string[] = [];
const pairedIds: string[] = [];
const fromList = (list: string[], fallback: string) =>
  fc.nat().map((index) => list[index % Math.max(1, list.length)] ?? fallback);

/** A PIN as typed: mostly digits of the right length (sometimes the right one), sometimes not. */
const pinLike = fc.oneof(
  fc.constant(TEST_PIN),
  fc.stringMatching(/^[0-9]{6,12}$/),
  fc.constantFrom('111111', '123456', '12345', '1234567890123', '48291a', ''),
  fc.string({ maxLength: 14 }),
);

const backupNameLike = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('gymdeck-000001-20260101T000000Z-daily.db', 'gymdeck-x.db') },
  { weight: 1, arbitrary: fc.constantFrom('../gymdeck.db', 'gymdeck.db') },
  { weight: 1, arbitrary: idLike },
);

/** Near-valid payloads for each method, so the fuzz reaches the services and not only the schema. */
const plausiblePayload: Record<(typeof METHOD_NAMES)[number], fc.Arbitrary<unknown>> = {
  'library:list': fc.record(
    {
      query: field(fc.string({ maxLength: 120 })),
      muscles: field(fc.array(idLike, { maxLength: 4 })),
      equipment: field(fc.array(idLike, { maxLength: 4 })),
      goal: field(fc.constantFrom('strength', 'posture', 'cardio')),
      status: field(fc.constantFrom('active', 'archived', 'all', 'deleted')),
      offset: field(fc.integer({ min: -1, max: 20 })),
      limit: field(fc.integer({ min: 0, max: 250 })),
      around: field(idLike),
    },
    { requiredKeys: [] },
  ),
  'library:get': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'library:vocabulary': fc.oneof(fc.constant({}), fc.dictionary(fc.string(), anyValue, { maxKeys: 2 })),
  'library:export': fc.record({ ids: field(fc.array(idLike, { maxLength: 3 })) }, { requiredKeys: [] }),
  'library:import': fc.record(
    {
      content: fc.oneof(fc.string({ maxLength: 40 }), fc.json(), fc.constant(FREE_EXERCISE_DB_SAMPLE)),
      format: field(fc.constantFrom('gymdeck', 'free-exercise-db', 'csv')),
      dryRun: field(fc.boolean()),
    },
    { requiredKeys: ['content'] },
  ),
  'library:import-progress': fc.constant({}),
  'library:create': plausibleDraft(),
  'library:update': fc.oneof(
    fc.record({ id: idLike, exercise: fc.constant(VALID_DRAFT) }),
    fc.record({ id: field(idLike), exercise: plausibleDraft() }, { requiredKeys: [] }),
  ),
  'library:duplicate': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'library:archive': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'library:restore': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'library:attach-media': fc.record(
    {
      exerciseId: idLike,
      role: field(fc.constantFrom('start', 'end', 'still', 'loop', 'poster')),
      data: fc.oneof(
        fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64')),
        fc.constant(TINY_PNG_BASE64),
        anyValue,
      ),
    },
    { requiredKeys: ['exerciseId', 'data'] },
  ),
  'library:detach-media': fc.record(
    { exerciseId: field(idLike), mediaId: field(idLike) },
    { requiredKeys: [] },
  ),
  'circuits:list': fc.record({ includeArchived: field(fc.boolean()) }, { requiredKeys: [] }),
  'circuits:get': fc.record({ id: field(idLike) }, { requiredKeys: [] }),
  'circuits:create': plausibleCircuit(),
  'circuits:update': fc.record({ id: circuitIdLike, circuit: plausibleCircuit() }),
  'circuits:archive': fc.record({ id: field(circuitIdLike) }, { requiredKeys: [] }),
  'circuits:restore': fc.record({ id: field(circuitIdLike) }, { requiredKeys: [] }),
  'settings:get': fc.constant({}),
  'settings:update': fc.record(
    {
      idleSeconds: field(fc.integer({ min: 0, max: 4000 })),
      displayCircuitId: field(fc.oneof(fc.constant(null), circuitIdLike)),
      volume: field(fc.double({ min: -0.5, max: 1.5 })),
    },
    { requiredKeys: [] },
  ),
  'timers:get-run': fc.constant({}),
  'timers:save-run': fc.record({
    run: fc.oneof(
      fc.record({
        kind: fc.constant('countdown'),
        restSeconds: fc.oneof(fc.integer({ min: 0, max: 600 }), nearBoundary),
        exerciseId: fc.oneof(fc.constant(null), idLike),
        countdown: fc.record({
          durationMs: fc.integer({ min: 0, max: 600_000 }),
          endsAt: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 2e12, noNaN: true })),
          pausedRemainingMs: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 600_000 })),
        }),
      }),
      fc.record({
        kind: fc.constant('circuit'),
        circuitId: circuitIdLike,
        startedAt: fc.oneof(fc.integer({ min: 0, max: 2e12 }), nearBoundary),
        events: fc.array(
          fc.record({
            type: fc.constantFrom('pause', 'resume', 'skip', 'done'),
            at: fc.integer({ min: 0, max: 2e12 }),
          }),
          { maxLength: 4 },
        ),
      }),
    ),
  }),
  'timers:clear-run': fc.constant({}),
  'system:notices': fc.constant({}),
  'system:dismiss-store-recovery': fc.constant({}),
  ...SESSION_PAYLOADS,
  'trainer:status': fc.constant({}),
  'trainer:set-pin': fc.record({ pin: field(pinLike) }, { requiredKeys: [] }),
  'trainer:unlock': fc.record({ pin: field(pinLike) }, { requiredKeys: [] }),
  'trainer:lock': fc.constant({}),
  // Both keys always there (a missing one is tried by the other PIN methods): with either key optional,
  // too few payloads were sound for the property to mean something, and the count below was a coin toss.
  'trainer:change-pin': fc.record({ currentPin: field(pinLike), newPin: field(pinLike) }),
  'pairing:request': fc.constant({}),
  'pairing:claim': fc.record({ claim: field(fc.string({ maxLength: 110 })) }, { requiredKeys: [] }),
  'screens:list': fc.constant({}),
  'screens:pair': fc.record({
    code: field(fc.oneof(fromList(waitingCodes, '000000'), fc.stringMatching(/^[0-9 ]{5,8}$/))),
    name: field(fc.oneof(fc.constantFrom('Rack 3', ' Door ', ''), fc.string({ maxLength: 44 }))),
  }),
  'screens:revoke': fc.record(
    { id: field(fc.oneof(fromList(pairedIds, 'none'), idLike)) },
    { requiredKeys: [] },
  ),
  'kiosk:open-file': fc.record(
    { kind: field(fc.constantFrom('library-file', 'picture', 'video', 'program')) },
    { requiredKeys: [] },
  ),
  'kiosk:quit': fc.constant({}),
  'backups:list': fc.constant({}),
  'backups:create': fc.constant({}),
  'backups:restore': fc.record({ name: backupNameLike }),
  'backups:download': fc.record({ name: backupNameLike }),
  'media:empty-set-aside': fc.constant({}),
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

/** Member, plan and session methods whose successful call may add or remove rows. */
const SESSION_WRITES = new Set([
  'members:create',
  'members:update',
  'members:delete',
  'plans:create',
  'plans:update',
  'plans:delete',
  'plans:give-template',
  'sessions:hand-over',
  'sessions:start',
  'sessions:correct-set',
  'sessions:delete-set',
  'sessions:skip',
  'sessions:swap',
  'sessions:finish',
]);

const RUNS = 300;

/** Methods that check a PIN: a wrong one is counted (that is the point), so they may write the count. */
const PIN_CHECKS = new Set(['trainer:set-pin', 'trainer:unlock', 'trainer:change-pin']);
const PIN_TABLES = ['trainer_pin', 'pin_lockout'];
/** Methods whose successful call pairs or revokes a screen. */
const SCREEN_WRITES = new Set(['screens:pair', 'screens:revoke']);

/**
 * Rows inserted, changed or deleted on this connection so far, by any statement or trigger (even if later
 * rolled back): a refused call must leave it where it was.
 */
const writesSoFar = (db: Db): number => Number(db.prepare('SELECT total_changes()').pluck().get());

const without = (counts: Record<string, number>, tables: readonly string[]) =>
  Object.fromEntries(Object.entries(counts).filter(([table]) => !tables.includes(table)));

/** The screen the fuzz unlocks trainer mode on before each run. */
const TRAINER: Caller = { screenId: 'fuzz-trainer', connection: 'loopback' };

describe('api router under arbitrary input', () => {
  let store: TestStore;
  let dispatch: Dispatch;
  const internalErrors: unknown[] = [];
  const reachedService = new Map<string, number>();

  /** A known PIN, no lock-out, trainer mode open on TRAINER, one screen waiting to pair and one paired. */
  async function prepare(method: MethodName): Promise<void> {
    const { services } = store;
    if (waitingCodes.length === 0) {
      // Codes a trainer approved wait for their screen until they expire: let them.
      store.steady.advance(PAIRING_TTL_MS);
      waitingCodes.push(services.screens.request('fuzz-new-screen').code);
    }
    if (pairedIds.length === 0) {
      const { code } = services.screens.request('fuzz-paired-screen');
      pairedIds.push(services.screens.pair(code, 'Fuzz rack').id);
    }
    if (method.startsWith('trainer:') || !services.trainer.isUnlocked(TRAINER.screenId)) {
      resetTrainerPin(store.db);
      await unlockTrainer(services, TRAINER.screenId);
    }
  }

  beforeAll(() => {
    store = createTestStore();
    addMember(store.db);
    fixture.planId = store.services.plans.create(MEMBER.id, PLAN_DRAFT).id;
    dispatch = createApiRouter(store.services, {
      onInternalError: (_m, error) => internalErrors.push(error),
    });
  });
  afterAll(() => store.close());

  /** Hands the fuzz member's plan to the screen the calls come from, and notes its open session. */
  function refreshFixture(): void {
    const open = store.services.sessions.handOver(TRAINER.screenId, fixture.planId).openSession;
    if (!open) return;
    fixture.sessionId = open.id;
    fixture.items = open.items.map(({ id, exerciseId }) => ({ id, exerciseId }));
    const setIds = open.items.flatMap((item) => item.logged.map((set) => set.id));
    fixture.setIds = setIds.length > 0 ? setIds : ['none'];
  }

  for (const method of METHOD_NAMES) {
    it(`${method}: always answers a Result, and writes only for a valid set`, async () => {
      refreshFixture();
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, plausiblePayload[method]), async (payload) => {
          await prepare(method);
          const before = rowCounts(store.db);
          const written = writesSoFar(store.db);
          const valid = parseInput(method, payload).ok;
          const result = await dispatch(method, payload, TRAINER);
          if (method === 'screens:pair' && result.ok) waitingCodes.length = 0;

          expect(isResult(result)).toBe(true);
          if (valid) reachedService.set(method, (reachedService.get(method) ?? 0) + 1);
          if (!valid) {
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
            expect(writesSoFar(store.db)).toBe(written);
          }
          const after = rowCounts(store.db);
          if (method === 'sessions:log-set' && result.ok) {
            const added = (after.logged_set ?? 0) - (before.logged_set ?? 0);
            expect(added === 0 || added === 1).toBe(true);
            expect({ ...after, logged_set: before.logged_set }).toEqual(before);
          } else if (PIN_CHECKS.has(method)) {
            expect(without(after, PIN_TABLES)).toEqual(without(before, PIN_TABLES));
          } else if (SESSION_WRITES.has(method)) {
            if (!result.ok) expect(after).toEqual(before);
          } else if (LIBRARY_WRITES.has(method) || TIMER_WRITES.has(method) || SCREEN_WRITES.has(method)) {
            if (!result.ok) expect(writesSoFar(store.db)).toBe(written);
          } else {
            expect(after).toEqual(before);
          }
          expect(store.db.inTransaction).toBe(false);
        }),
        { numRuns: RUNS },
      );
      expect(internalErrors).toEqual([]);
      // The payloads must have reached the service often enough for the property to mean something.
      // (One in fifteen: for the method reached least often about one payload in eight is sound, so a run of
      // 300 falls below this bar only by many standard deviations, not by chance.)
      expect(reachedService.get(method) ?? 0).toBeGreaterThan(RUNS / 15);
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
    const fake = fakeServices(() => recorded);
    // Trainer mode is open and a member signed in everywhere here: the property is about validation.
    const admitted = (): undefined => undefined;
    const services = {
      ...fake,
      trainer: { ...fake.trainer, isUnlocked: () => true, requireUnlocked: admitted, flush: admitted },
      sessions: { ...fake.sessions, signedInMember: () => 'member' },
    };
    const guarded = createApiRouter(services, { backups: fakeBackups(() => recorded) });
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

describe('api router refusing callers without the right to a method', () => {
  let store: TestStore;
  let dispatch: Dispatch;
  const methodsWith = (...levels: string[]): MethodName[] =>
    METHOD_NAMES.filter((method) => levels.includes(contract[method].access));

  beforeAll(async () => {
    store = createTestStore();
    addMember(store.db);
    dispatch = createApiRouter(store.services);
    // Trainer mode is open on another screen: it must not open it on these.
    await unlockTrainer(store.services, 'front-desk');
  });
  afterAll(() => store.close());

  /** Any payload, valid or not, to any of `methods`: refused as `expected`, with nothing written. */
  async function expectRefused(
    methods: readonly MethodName[],
    caller: Caller,
    expected: { code: string; reason: string },
  ): Promise<void> {
    expect(methods.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...methods)
          .chain((method) => fc.tuple(fc.constant(method), fc.oneof(anyValue, plausiblePayload[method]))),
        async ([method, payload]) => {
          const written = writesSoFar(store.db);
          const result = await dispatch(method, payload, caller);
          expect(result, method).toMatchObject({ ok: false, error: expected });
          expect(writesSoFar(store.db), method).toBe(written);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }

  it('refuses every trainer method on a screen where trainer mode is locked, writing nothing', async () => {
    await expectRefused(
      methodsWith('trainer'),
      { screenId: 'rack-3', connection: 'loopback' },
      { code: 'forbidden', reason: 'trainer-locked' },
    );
  });

  it('refuses every trainer method from the kiosk window too while it is locked', async () => {
    await expectRefused(
      methodsWith('trainer'),
      { screenId: 'kiosk', connection: 'kiosk' },
      { code: 'forbidden', reason: 'trainer-locked' },
    );
  });

  it('refuses a member method where nobody is signed in and no trainer is unlocked', async () => {
    await expectRefused(
      methodsWith('member'),
      { screenId: 'rack-3', connection: 'loopback' },
      { code: 'forbidden', reason: 'not-signed-in' },
    );
  });

  it('refuses an unpaired network screen everything but the pairing calls, writing nothing', async () => {
    await expectRefused(
      methodsWith('screen', 'member', 'trainer'),
      { screenId: 'front-desk', connection: 'unpaired' },
      { code: 'unauthorized', reason: 'pairing-needed' },
    );
  });

  it('refuses every trainer method, saying how to set a PIN, while none is set', async () => {
    resetTrainerPin(store.db);
    await expectRefused(
      methodsWith('trainer'),
      { screenId: 'front-desk', connection: 'loopback' },
      { code: 'forbidden', reason: 'pin-not-set' },
    );
  });
});
