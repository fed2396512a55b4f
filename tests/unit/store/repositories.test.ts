import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftOf } from '@shared/domain';
import type { Db } from '../../../src/store/database';
import { getCircuit, insertCircuit, listCircuitSummaries } from '../../../src/store/repositories/circuits';
import { toFtsQuery } from '../../../src/store/repositories/exercise-search';
import {
  exerciseExists,
  getExercise,
  insertExercise,
  listExerciseIds,
  listExerciseSummaries,
  libraryRevision,
  updateExercise,
  type ExerciseFilter,
  type ExerciseWrite,
} from '../../../src/store/repositories/exercises';
import { findMembers, getMember, insertMember } from '../../../src/store/repositories/members';
import { readSetting, writeSetting } from '../../../src/store/repositories/settings';
import { SEED_EXERCISES } from '../../../src/store/seed/library';
import { SEED_NAMES } from '../../support/seed-library';
import { MEMBER, T0, addMember, countRows, createTestStore, type TestStore } from '../../support/store';

const names = (db: Db, filter: ExerciseFilter): string[] =>
  listExerciseSummaries(db, filter).map((exercise) => exercise.name);

function trainerExercise(overrides: Partial<ExerciseWrite> = {}): ExerciseWrite {
  return {
    id: 'band-pull-apart',
    name: 'Band pull-apart',
    aliases: ['Pull apart'],
    summary: 'Quick and light.',
    level: 'beginner',
    tags: ['posture'],
    equipment: ['resistance-band'],
    primaryMuscles: ['rear-delts'],
    secondaryMuscles: [],
    steps: ['Hold the band at shoulder height.', 'Pull it apart.', 'Return slowly.'],
    cues: ['Straight arms'],
    prescription: { sets: 2, reps: 20, seconds: null, restSeconds: 30 },
    oneSided: false,
    source: null,
    figureChoice: 'show',
    seedKey: null,
    ...overrides,
  };
}

describe('exercises repository', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('lists the library by name, case-insensitively', () => {
    const db = store.db;
    db.transaction(() => insertExercise(db, trainerExercise({ id: 'a', name: 'arm circles' }), T0))();
    expect(names(db, {})).toEqual(['arm circles', ...SEED_NAMES]);
  });

  it('filters by any of the muscles, primary or secondary', () => {
    expect(names(store.db, { muscles: ['glutes'] })).toEqual(['Deadlift']);
    expect(names(store.db, { muscles: ['glutes', 'teres-major'] })).toEqual([
      'Deadlift',
      'Pull-up / chin-up',
    ]);
    expect(names(store.db, { muscles: ['rear-delts'] })).toEqual([
      'Bent-over row',
      'Face pull',
      'Reverse fly',
      'Seated cable row',
      'T-bar row',
    ]);
    expect(names(store.db, { muscles: ['calves'] })).toEqual([]);
    expect(names(store.db, { muscles: [] })).toHaveLength(7);
  });

  it('filters by any of the equipment', () => {
    expect(names(store.db, { equipment: ['cable-station'] })).toEqual(['Face pull', 'Seated cable row']);
    expect(names(store.db, { equipment: ['landmine', 'pull-up-bar'] })).toEqual([
      'Pull-up / chin-up',
      'T-bar row',
    ]);
    expect(names(store.db, { equipment: ['no-such-thing'] })).toEqual([]);
  });

  it('filters by goal', () => {
    expect(names(store.db, { goal: 'posture' })).toEqual([
      'Face pull',
      'Pull-up / chin-up',
      'Reverse fly',
      'Seated cable row',
    ]);
    expect(names(store.db, { goal: 'strength' })).toEqual([
      'Bent-over row',
      'Deadlift',
      'Pull-up / chin-up',
      'Seated cable row',
      'T-bar row',
    ]);
  });

  it('searches names and aliases for the typed text, ignoring case and surrounding spaces', () => {
    expect(names(store.db, { query: 'row' })).toEqual(['Bent-over row', 'Seated cable row', 'T-bar row']);
    expect(names(store.db, { query: '  BARBELL ' })).toEqual(['Bent-over row', 'Deadlift']);
    expect(names(store.db, { query: 'chin' })).toEqual(['Pull-up / chin-up']);
    expect(names(store.db, { query: 'landmine' })).toEqual(['T-bar row']);
    expect(names(store.db, { query: 'zumba' })).toEqual([]);
    expect(names(store.db, { query: '   ' })).toHaveLength(7);
  });

  it('reads search operators and punctuation as plain word breaks, and finds nothing for no words', () => {
    expect(names(store.db, { query: '%' })).toEqual([]);
    expect(names(store.db, { query: '\\' })).toEqual([]);
    expect(names(store.db, { query: '"*' })).toEqual([]);
    expect(names(store.db, { query: 'face_pull' })).toEqual(['Face pull']);
    expect(names(store.db, { query: 'row NOT bent' })).toEqual([]);
    expect(names(store.db, { query: 'NEAR(row' })).toEqual([]);
    expect(names(store.db, { query: "row'; DROP TABLE exercise; --" })).toEqual([]);
    expect(countRows(store.db, 'exercise')).toBe(7);
  });

  it('searches muscles and equipment too, by the start of any word', () => {
    expect(names(store.db, { query: 'rhomb' })).toContain('Reverse fly');
    expect(names(store.db, { query: 'cable' })).toEqual(['Face pull', 'Seated cable row']);
    expect(names(store.db, { query: 'lat pull' })).toContain('Pull-up / chin-up');
  });

  it('combines criteria with AND', () => {
    expect(names(store.db, { goal: 'posture', equipment: ['cable-station'], query: 'pull' })).toEqual([
      'Face pull',
    ]);
    expect(names(store.db, { goal: 'posture', muscles: ['glutes'] })).toEqual([]);
  });

  it('hides archived exercises unless asked', () => {
    store.db.prepare('UPDATE exercise SET archived_at = ? WHERE id = ?').run(T0, 'deadlift');
    expect(names(store.db, {})).not.toContain('Deadlift');
    const all = listExerciseSummaries(store.db, { status: 'all' });
    expect(all.find((e) => e.id === 'deadlift')?.archived).toBe(true);
    expect(all).toHaveLength(7);
  });

  it('returns an exercise with its steps and cues in order, and null for an unknown id', () => {
    for (const seed of SEED_EXERCISES) {
      const exercise = getExercise(store.db, seed.seedKey);
      expect(exercise?.steps, seed.seedKey).toEqual(seed.steps);
      expect(exercise?.cues, seed.seedKey).toEqual(seed.cues);
    }
    expect(getExercise(store.db, 'no-such-exercise')).toBeNull();
    expect(exerciseExists(store.db, 'deadlift')).toBe(true);
    expect(exerciseExists(store.db, 'no-such-exercise')).toBe(false);
  });

  it('lists summaries that agree with the full exercise and carry nothing more', () => {
    store.db.transaction(() => insertExercise(store.db, trainerExercise(), T0))();
    const summaries = listExerciseSummaries(store.db, {});
    expect(summaries).toHaveLength(8);
    for (const summary of summaries) {
      const full = getExercise(store.db, summary.id);
      expect(Object.keys(summary).sort(), summary.id).toEqual([
        'aliases',
        'archived',
        'equipment',
        'figure',
        'figureChoice',
        'id',
        'level',
        'name',
        'primaryMuscles',
        'secondaryMuscles',
        'tags',
      ]);
      const {
        summary: _text,
        steps: _s,
        cues: _c,
        prescription: _p,
        oneSided: _o,
        media: _m,
        source: _so,
        ...rest
      } = full ?? ({} as NonNullable<typeof full>);
      expect(summary, summary.id).toEqual(rest);
    }
  });

  it('lists the ids of the same exercises in the same order as the summaries', () => {
    const filters: ExerciseFilter[] = [
      {},
      { query: 'row' },
      { goal: 'posture', equipment: ['cable-station'] },
    ];
    for (const filter of filters) {
      expect(listExerciseIds(store.db, filter)).toEqual(
        listExerciseSummaries(store.db, filter).map((e) => e.id),
      );
    }
  });

  it('moves the library revision on every change a summary shows, and on nothing else', () => {
    let last = libraryRevision(store.db);
    const moves = (sql: string): boolean => {
      store.db.prepare(sql).run();
      const now = libraryRevision(store.db);
      const moved = now !== last;
      last = now;
      return moved;
    };
    listExerciseSummaries(store.db, { query: 'row' });
    expect(libraryRevision(store.db)).toBe(last);
    expect(moves("UPDATE exercise SET name = 'Row' WHERE id = 'bent-over-row'")).toBe(true);
    expect(moves("INSERT INTO exercise_alias (exercise_id, alias) VALUES ('deadlift', 'Pull')")).toBe(true);
    expect(moves("DELETE FROM exercise_tag WHERE exercise_id = 'deadlift' AND tag = 'compound'")).toBe(true);
    expect(moves("UPDATE exercise_muscle SET role = 'primary' WHERE exercise_id = 'deadlift'")).toBe(true);
    expect(moves("DELETE FROM exercise_equipment WHERE exercise_id = 'deadlift'")).toBe(true);
    expect(moves("INSERT INTO member (id, display_name, created_at) VALUES ('m', 'Kim', 1)")).toBe(false);
    expect(moves("INSERT INTO setting (key, value, updated_at) VALUES ('k', '1', 1)")).toBe(false);
  });

  it('keeps more than ten steps in order (positions compare as numbers)', () => {
    const steps = Array.from({ length: 12 }, (_, i) => `Step ${i + 1}`);
    store.db.transaction(() => insertExercise(store.db, trainerExercise({ steps }), T0))();
    expect(getExercise(store.db, 'band-pull-apart')?.steps).toEqual(steps);
  });

  it('writes an exercise and all its parts together or not at all', () => {
    const before = countRows(store.db, 'exercise');
    const broken = trainerExercise({ primaryMuscles: ['not-a-muscle'] });
    expect(() => store.db.transaction(() => insertExercise(store.db, broken, T0))()).toThrow(/FOREIGN KEY/);
    expect(countRows(store.db, 'exercise')).toBe(before);
    expect(countRows(store.db, 'exercise_step')).toBe(35);
  });

  it('round-trips a trainer exercise with a source', () => {
    const source = { name: 'Club handbook', url: null, reference: 'p. 12', licence: 'internal' };
    store.db.transaction(() =>
      insertExercise(
        store.db,
        trainerExercise({
          source,
          prescription: { sets: 2, reps: null, seconds: 45, restSeconds: 30 },
          oneSided: true,
        }),
        T0,
      ),
    )();
    expect(getExercise(store.db, 'band-pull-apart')).toEqual({
      id: 'band-pull-apart',
      name: 'Band pull-apart',
      aliases: ['Pull apart'],
      level: 'beginner',
      tags: ['posture'],
      primaryMuscles: ['rear-delts'],
      secondaryMuscles: [],
      equipment: ['resistance-band'],
      archived: false,
      figure: null,
      summary: 'Quick and light.',
      steps: ['Hold the band at shoulder height.', 'Pull it apart.', 'Return slowly.'],
      cues: ['Straight arms'],
      prescription: { sets: 2, reps: null, seconds: 45, restSeconds: 30 },
      oneSided: true,
      media: [],
      source,
      figureChoice: 'show',
    });
  });

  it('keeps what a trainer chose for a figure, written new or over an edit, in the exercise and its summary', () => {
    const pullUp = getExercise(store.db, 'pull-up');
    if (!pullUp) throw new Error('no pull-up');
    expect(pullUp).toMatchObject({ figure: 'pull-up', figureChoice: 'show' });
    store.db.transaction(() =>
      updateExercise(store.db, { ...draftOf(pullUp), id: 'pull-up', figureChoice: 'hide' }, T0),
    )();
    store.db.transaction(() => insertExercise(store.db, trainerExercise({ figureChoice: 'first' }), T0))();

    expect(getExercise(store.db, 'pull-up')).toEqual({ ...pullUp, figureChoice: 'hide' });
    expect(getExercise(store.db, 'band-pull-apart')?.figureChoice).toBe('first');
    const summaries = listExerciseSummaries(store.db, {});
    const choiceOf = (id: string) => summaries.find((summary) => summary.id === id)?.figureChoice;
    expect([choiceOf('pull-up'), choiceOf('band-pull-apart'), choiceOf('deadlift')]).toEqual([
      'hide',
      'first',
      'show',
    ]);
  });
});

describe('circuits repository', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('lists live circuits by name and returns one with its steps, or null', () => {
    store.db.transaction(() =>
      insertCircuit(
        store.db,
        {
          id: 'c-archived',
          name: 'Archived finisher',
          description: '',
          getReadySeconds: 5,
          restSeconds: 10,
          rounds: 2,
          roundBreakSeconds: 30,
          sound: false,
          flash: true,
          halfwayCue: true,
          seedKey: null,
          steps: [{ exerciseId: 'deadlift', workSeconds: null, repTarget: 5, side: 'both', restSeconds: 90 }],
        },
        T0,
      ),
    )();
    store.db.prepare('UPDATE circuit SET archived_at = ? WHERE id = ?').run(T0, 'c-archived');

    expect(listCircuitSummaries(store.db).map((c) => c.id)).toEqual(['posture-circuit']);
    expect(listCircuitSummaries(store.db, true).map((c) => c.id)).toEqual(['c-archived', 'posture-circuit']);
    expect(getCircuit(store.db, 'c-archived')).toMatchObject({
      archived: true,
      sound: false,
      flash: true,
      halfwayCue: true,
      stepCount: 1,
      steps: [{ exerciseId: 'deadlift', workSeconds: null, repTarget: 5, side: 'both', restSeconds: 90 }],
    });
    expect(getCircuit(store.db, 'nope')).toBeNull();
  });
});

describe('members and settings repositories', () => {
  let store: TestStore;
  beforeEach(() => {
    store = createTestStore();
    addMember(store.db);
  });
  afterEach(() => store.close());

  it('reads a member back with the default notes and unit, and null for an unknown one', () => {
    expect(getMember(store.db, MEMBER.id)).toEqual({ ...MEMBER, notes: '', unit: 'kg', createdAt: T0 });
    insertMember(store.db, { id: 'm2', displayName: 'Alex Li', memberNumber: null, unit: 'lb' }, T0 + 1);
    expect(getMember(store.db, 'm2')).toEqual({
      id: 'm2',
      displayName: 'Alex Li',
      memberNumber: null,
      notes: '',
      unit: 'lb',
      createdAt: T0 + 1,
    });
    expect(getMember(store.db, 'nobody')).toBeNull();
  });

  it('finds members by the start of any word of their name or by part of their number', () => {
    insertMember(store.db, { id: 'm2', displayName: 'Alex Samson', memberNumber: '9100' }, T0);
    insertMember(store.db, { id: 'm3', displayName: 'Kim 100% Lee', memberNumber: '5555' }, T0);
    const ids = (query: string): string[] => findMembers(store.db, query, 10).map((member) => member.id);
    expect(ids('sam')).toEqual([MEMBER.id, 'm2']);
    expect(ids('SAMS')).toEqual(['m2']);
    expect(ids('91')).toEqual(['m2']);
    expect(ids('100%')).toEqual(['m3']);
    expect(ids('%')).toEqual([]);
    expect(ids('_')).toEqual([]);
    expect(ids('')).toEqual(['m2', 'm3', MEMBER.id]);
    expect(findMembers(store.db, '', 1)).toHaveLength(1);
  });

  it('refuses a second member with the same number', () => {
    expect(() =>
      insertMember(store.db, { id: 'm2', displayName: 'Twin', memberNumber: MEMBER.memberNumber }, T0),
    ).toThrow(/UNIQUE/);
    expect(countRows(store.db, 'member')).toBe(1);
  });

  it('stores settings as JSON values and overwrites them', () => {
    expect(readSetting(store.db, 'idle')).toBeUndefined();
    writeSetting(store.db, 'idle', { seconds: 90 }, T0);
    writeSetting(store.db, 'idle', { seconds: 120, screens: ['a'] }, T0 + 1);
    expect(readSetting(store.db, 'idle')).toEqual({ seconds: 120, screens: ['a'] });
    expect(store.db.prepare('SELECT updated_at FROM setting').pluck().all()).toEqual([T0 + 1]);
  });
});

describe('toFtsQuery', () => {
  it('turns each typed word into a quoted prefix term', () => {
    expect(toFtsQuery('lat pull')).toBe('"lat"* "pull"*');
    expect(toFtsQuery('  Row ')).toBe('"Row"*');
  });

  it('keeps operators and punctuation out of the query', () => {
    expect(toFtsQuery('row OR "x" NEAR(y) -z*')).toBe('"row"* "OR"* "x"* "NEAR"* "y"* "z"*');
    expect(toFtsQuery('pull-up/chin-up')).toBe('"pull"* "up"* "chin"* "up"*');
  });

  it('returns null when nothing searchable was typed, and at most twelve words', () => {
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery(' -*"() ')).toBeNull();
    expect(toFtsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))?.split(' ')).toHaveLength(12);
  });

  it('keeps letters of any script and folds compatibility forms', () => {
    expect(toFtsQuery('Rückenübung')).toBe('"Rückenübung"*');
    expect(toFtsQuery('ｒｏｗ')).toBe('"row"*');
  });
});
