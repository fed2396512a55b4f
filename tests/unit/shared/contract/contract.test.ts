import { describe, expect, it } from 'vitest';
import {
  ACCESS_LEVELS,
  ERROR_CODES,
  METHOD_NAMES,
  contract,
  describeIssues,
  fail,
  isMethodName,
  ok,
  parseInput,
  type Result,
} from '@shared/contract';
import { VALID_DRAFT } from '../../../support/exercise-draft';

const LOG_SET = {
  sessionId: 'session-1',
  itemId: 'item-1',
  exerciseId: 'deadlift',
  warmUp: false,
  setNumber: 1,
  reps: 5,
  seconds: null,
  loadKg: 100,
  clientKey: 'key-0001',
};

function errorOf(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected a failure');
  expect(result.error.code).toBe('invalid-input');
  return result.error.message;
}

describe('method names', () => {
  it('match the schemas one to one, each named domain:verb', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('are recognised exactly, and nothing else is', () => {
    for (const name of METHOD_NAMES) expect(isMethodName(name)).toBe(true);
    for (const other of [
      'library:List',
      'library:list ',
      'library',
      '',
      'toString',
      '__proto__',
      1,
      null,
      {},
    ]) {
      expect(isMethodName(other), String(other)).toBe(false);
    }
  });
});

describe('results', () => {
  it('are plain values', () => {
    expect(ok([1])).toEqual({ ok: true, value: [1] });
    expect(fail('not-found', 'No such thing.')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such thing.' },
    });
    expect(ERROR_CODES).toContain('invalid-input');
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});

describe('parseInput', () => {
  it('accepts a valid payload and returns the parsed value', () => {
    expect(parseInput('library:list', { query: 'row', goal: 'posture' })).toEqual(
      ok({ query: 'row', goal: 'posture' }),
    );
    expect(parseInput('sessions:log-set', LOG_SET)).toEqual(ok(LOG_SET));
  });

  it('treats a missing payload as an empty object', () => {
    expect(parseInput('library:list', undefined)).toEqual(ok({}));
    expect(parseInput('library:vocabulary', null)).toEqual(ok({}));
    expect(errorOf(parseInput('library:get', undefined))).toMatch(/^id: /);
  });

  it('trims ids and client keys, and refuses blank ones', () => {
    expect(parseInput('library:get', { id: '  deadlift ' })).toEqual(ok({ id: 'deadlift' }));
    expect(errorOf(parseInput('library:get', { id: '   ' }))).toBe('id: must not be empty');
    expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, clientKey: '  short   ' }))).toMatch(
      /^clientKey: /,
    );
  });

  it('names the field that is wrong', () => {
    expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, setNumber: 0 }))).toMatch(/^setNumber: /);
    expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, setNumber: 1.5 }))).toMatch(/^setNumber: /);
    expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, setNumber: '1' }))).toMatch(/^setNumber: /);
    expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, loadKg: -1 }))).toMatch(/^loadKg: /);
    expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, loadKg: Number.NaN }))).toMatch(/^loadKg: /);
    expect(errorOf(parseInput('library:list', { muscles: ['lats', ''] }))).toMatch(/^muscles\.1: /);
    expect(errorOf(parseInput('library:list', { goal: 'cardio' }))).toMatch(/^goal: /);
    expect(errorOf(parseInput('library:list', { limit: 201 }))).toBe('limit: must be at most 200');
    expect(errorOf(parseInput('library:list', { limit: 0 }))).toMatch(/^limit: /);
    expect(errorOf(parseInput('library:list', { offset: -1 }))).toMatch(/^offset: /);
    expect(errorOf(parseInput('library:list', { status: 'deleted' }))).toMatch(/^status: /);
    expect(errorOf(parseInput('library:list', { query: 'x'.repeat(101) }))).toBe(
      'query: must be at most 100 characters',
    );
  });

  it('says which field is wrong and why, in terms a screen can word itself', () => {
    const detail = (method: Parameters<typeof parseInput>[0], payload: unknown) => {
      const result = parseInput(method, payload);
      if (result.ok) throw new Error('expected a failure');
      const { field, reason, params } = result.error;
      return { field, reason, params };
    };
    const { clientKey: _key, ...withoutKey } = LOG_SET;
    expect(detail('sessions:log-set', withoutKey)).toEqual({ field: 'clientKey', reason: 'required' });
    expect(detail('library:get', { id: '  ' })).toEqual({ field: 'id', reason: 'required' });
    expect(detail('sessions:log-set', { ...LOG_SET, setNumber: 0 })).toEqual({
      field: 'setNumber',
      reason: 'too-small',
      params: { min: 1 },
    });
    expect(detail('sessions:log-set', { ...LOG_SET, reps: 5000 })).toEqual({
      field: 'reps',
      reason: 'too-large',
      params: { max: 1000 },
    });
    expect(detail('sessions:log-set', { ...LOG_SET, setNumber: 1.5 })).toMatchObject({ reason: 'not-whole' });
    expect(detail('sessions:log-set', { ...LOG_SET, setNumber: '1' })).toMatchObject({ reason: 'malformed' });
    expect(detail('library:list', { query: 'x'.repeat(101) })).toEqual({
      field: 'query',
      reason: 'too-long',
      params: { max: 100 },
    });
    expect(detail('library:list', { muscles: Array(51).fill('lats') })).toMatchObject({
      field: 'muscles',
      reason: 'too-many',
    });
    expect(detail('library:list', { goal: 'cardio' })).toEqual({ field: 'goal', reason: 'not-allowed' });
    expect(detail('library:get', { id: 'x', sql: '1' })).toEqual({ field: 'sql', reason: 'unknown-field' });
    expect(detail('library:create', { ...VALID_DRAFT, primaryMuscles: [] })).toEqual({
      field: 'primaryMuscles',
      reason: 'too-few',
      params: { min: 1 },
    });
    expect(
      detail('library:create', {
        ...VALID_DRAFT,
        prescription: { ...VALID_DRAFT.prescription, seconds: 30 },
      }),
    ).toEqual({ field: 'prescription.reps', reason: 'one-measure' });
    expect(
      detail('library:create', { ...VALID_DRAFT, secondaryMuscles: [VALID_DRAFT.primaryMuscles[0]] }),
    ).toEqual({ field: 'secondaryMuscles', reason: 'muscle-twice' });
    expect(
      detail('library:create', {
        ...VALID_DRAFT,
        source: { name: 'A', url: 'ftp://x', reference: null, licence: null },
      }),
    ).toEqual({ field: 'source.url', reason: 'web-address' });
  });

  it('refuses unknown fields rather than passing them on', () => {
    expect(errorOf(parseInput('library:get', { id: 'deadlift', sql: 'DROP TABLE exercise' }))).toMatch(/sql/);
    expect(errorOf(parseInput('library:vocabulary', { extra: true }))).toMatch(/extra/);
  });

  it('refuses a payload that is not an object', () => {
    for (const payload of ['x', 42, true, [], [LOG_SET]]) {
      expect(errorOf(parseInput('sessions:log-set', payload))).toMatch(/^input: /);
    }
  });

  it('needs either reps or seconds for a set', () => {
    const { reps: _reps, ...noReps } = LOG_SET;
    expect(parseInput('sessions:log-set', noReps)).toMatchObject({
      ok: false,
      error: { field: 'reps', reason: 'required' },
    });
    for (const measure of [
      { reps: null, seconds: null },
      { reps: 5, seconds: 30 },
    ]) {
      expect(errorOf(parseInput('sessions:log-set', { ...LOG_SET, ...measure }))).toBe(
        'reps: give either reps or seconds, not both',
      );
    }
    expect(parseInput('sessions:log-set', { ...LOG_SET, reps: null, seconds: 30 }).ok).toBe(true);
  });

  it('keeps the message short however many fields are wrong', () => {
    const message = errorOf(
      parseInput('sessions:log-set', {
        sessionId: 1,
        itemId: 2,
        exerciseId: 3,
        warmUp: 'no',
        setNumber: 'a',
        reps: 'b',
        seconds: 'c',
        loadKg: 'd',
        clientKey: 4,
      }),
    );
    expect(message.split('; ')).toHaveLength(5);
  });
});

describe('describeIssues', () => {
  it('joins path and message, calling a root issue "input"', () => {
    expect(
      describeIssues([
        { code: 'custom', path: ['a', 0, 'b'], message: 'bad', input: undefined },
        { code: 'custom', path: [], message: 'worse', input: undefined },
      ]),
    ).toBe('a.0.b: bad; input: worse');
  });
});

describe('access levels', () => {
  const READS = new Set(['list', 'get', 'vocabulary']);
  const domainOf = (method: string): string => method.split(':')[0] ?? '';
  const verbOf = (method: string): string => method.split(':')[1] ?? '';

  it('ask a trainer for every change to the library, circuits, settings, members, plans and screens', () => {
    const changed = ['library', 'circuits', 'settings', 'members', 'plans', 'screens', 'backups'];
    for (const method of METHOD_NAMES) {
      if (changed.includes(domainOf(method)) && !READS.has(verbOf(method)))
        expect(contract[method].access, method).toBe('trainer');
    }
    expect(contract['library:export'].access).toBe('trainer');
    expect(contract['library:import'].access).toBe('trainer');
    expect(contract['library:attach-media'].access).toBe('trainer');
  });

  it("show members, plans and paired screens, and the kiosk's health, to a trainer only", () => {
    for (const method of METHOD_NAMES) {
      if (['members', 'plans', 'screens'].includes(domainOf(method)))
        expect(contract[method].access, method).toBe('trainer');
    }
    expect(contract['system:notices'].access).toBe('trainer');
    expect(contract['system:dismiss-store-recovery'].access).toBe('trainer');
  });

  it("let only a trainer change the PIN, open the kiosk's file dialog or leave the kiosk", () => {
    for (const method of ['trainer:change-pin', 'kiosk:open-file', 'kiosk:quit'] as const)
      expect(contract[method].access, method).toBe('trainer');
  });

  it('leave a screen what members need: browsing, cards, circuits, its own timer and the PIN pad', () => {
    for (const method of [
      'library:list',
      'library:get',
      'library:vocabulary',
      'circuits:list',
      'circuits:get',
      'settings:get',
      'timers:get-run',
      'timers:save-run',
      'timers:clear-run',
      'trainer:status',
      'trainer:set-pin',
      'trainer:unlock',
      'trainer:lock',
    ] as const)
      expect(contract[method].access, method).toBe('screen');
  });

  it('open nothing to an unpaired screen but asking for pairing and collecting its token', () => {
    expect(METHOD_NAMES.filter((method) => contract[method].access === 'anyone').sort()).toEqual([
      'pairing:claim',
      'pairing:request',
    ]);
    for (const method of METHOD_NAMES) expect(ACCESS_LEVELS, method).toContain(contract[method].access);
  });
});
