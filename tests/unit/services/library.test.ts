import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/services/errors';
import { openStore } from '../../../src/store/database';
import { LIBRARY_PAGE_MAX, TAGS, draftOf } from '@shared/domain';
import type { LibraryListRequest, LibraryService } from '../../../src/services/library';
import { SEED_EXERCISES } from '../../../src/store/seed/library';
import { EQUIPMENT, MUSCLES } from '../../../src/store/seed/vocabulary';
import { createTestStore, type TestStore } from '../../support/store';

type Filter = LibraryListRequest;

/** Every exercise of the list (one page holds the whole seed library). */
const listed = (library: LibraryService, filter: Filter = {}) =>
  library.list({ limit: LIBRARY_PAGE_MAX, ...filter }).exercises;

describe('library service', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('lists the seven seeded exercises as summaries', () => {
    const list = listed(store.services.library);
    expect(list).toHaveLength(7);
    expect(list[0]).toEqual({
      id: 'bent-over-row',
      name: 'Bent-over row',
      aliases: ['Barbell row', 'Bent row', 'Dumbbell row'],
      level: 'intermediate',
      tags: ['compound', 'strength'],
      primaryMuscles: ['lats', 'rhomboids', 'middle-traps'],
      secondaryMuscles: ['rear-delts', 'erector-spinae', 'biceps'],
      equipment: ['barbell', 'dumbbells'],
      archived: false,
      figure: 'bent-over-row',
      figureChoice: 'show',
    });
  });

  it('applies every filter the contract offers', () => {
    const ids = (filter: Filter) => listed(store.services.library, filter).map((e) => e.id);
    expect(ids({ muscles: ['erector-spinae'], equipment: ['barbell'] })).toEqual([
      'bent-over-row',
      'deadlift',
    ]);
    expect(ids({ goal: 'posture', query: 'fly' })).toEqual(['reverse-fly']);
    // The rear delts are the reverse fly's target (and its alias) and a helper in every row and the face pull.
    expect(ids({ query: 'rear delt' })).toEqual([
      'bent-over-row',
      'face-pull',
      'reverse-fly',
      'seated-cable-row',
      't-bar-row',
    ]);
    expect(ids({ query: 'rear delt fly' })).toEqual(['reverse-fly']);
  });

  it('answers one page at a time with the size of the whole list', () => {
    const library = store.services.library;
    const all = listed(library).map((e) => e.name);
    const first = library.list({ limit: 3 });
    expect(first.exercises.map((e) => e.name)).toEqual(all.slice(0, 3));
    expect(first.total).toBe(7);
    expect(library.list({ limit: 3, offset: 3 }).exercises.map((e) => e.name)).toEqual(all.slice(3, 6));
    expect(library.list({ limit: 3, offset: 6 }).exercises.map((e) => e.name)).toEqual(all.slice(6));
    expect(library.list({ limit: 3, offset: 9 })).toMatchObject({ exercises: [], total: 7 });
    expect(library.list({ query: 'row', limit: 1 })).toMatchObject({
      total: 3,
      exercises: [{ id: 'bent-over-row' }],
    });
  });

  it('answers the page holding a given exercise, so a card reached deep in a list finds its neighbours', () => {
    const library = store.services.library;
    const all = listed(library).map((e) => e.id);
    expect(library.list({ limit: 3, around: 'face-pull' })).toMatchObject({
      offset: 0,
      exercises: all.slice(0, 3).map((id) => ({ id })),
    });
    expect(library.list({ limit: 3, around: 'reverse-fly' })).toMatchObject({
      offset: 3,
      exercises: all.slice(3, 6).map((id) => ({ id })),
    });
    expect(library.list({ limit: 2, around: 't-bar-row' }).offset).toBe(6);
    // Not in the list: the page asked for by offset.
    expect(library.list({ limit: 2, around: 'deadlift', goal: 'posture' }).offset).toBe(0);
    expect(library.list({ limit: 2, offset: 2, around: 'no-such-exercise' }).offset).toBe(2);
    // Case does not decide the order, as in the list itself.
    store.services.libraryEditing.update('deadlift', {
      ...draftOf(library.get('deadlift')),
      name: 'deadlift',
    });
    expect(listed(library).map((e) => e.id)).toEqual(all);
    expect(library.list({ limit: 1, around: 'deadlift' }).offset).toBe(all.indexOf('deadlift'));
  });

  it('lists active, archived or all exercises, counting both kinds that match the other filters', () => {
    const library = store.services.library;
    store.services.libraryEditing.archive('deadlift');
    store.services.libraryEditing.archive('t-bar-row');
    const ids = (filter: Filter) => listed(library, filter).map((e) => e.id);
    expect(ids({})).not.toContain('deadlift');
    expect(ids({ status: 'archived' })).toEqual(['deadlift', 't-bar-row']);
    expect(ids({ status: 'all' })).toHaveLength(7);
    expect(library.list({ limit: 1 }).counts).toEqual({ active: 5, archived: 2 });
    expect(library.list({ limit: 1, status: 'archived', query: 'row' })).toMatchObject({
      total: 1,
      counts: { active: 2, archived: 1 },
    });
  });

  it('gets an exercise with its steps in order', () => {
    const exercise = store.services.library.get('pull-up');
    expect(exercise.name).toBe('Pull-up / chin-up');
    expect(exercise.steps).toEqual(SEED_EXERCISES.find((s) => s.seedKey === 'pull-up')?.steps);
    expect(exercise.steps[0]).toMatch(/^Grip the bar/);
    expect(exercise.prescription).toEqual({ sets: 3, reps: 6, seconds: null, restSeconds: 90 });
  });

  it('reports an unknown exercise as not-found', () => {
    let thrown: unknown;
    try {
      store.services.library.get('no-such-exercise');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'not-found', message: expect.stringContaining('no-such-exercise') });
  });

  it('offers the muscle, equipment and tag vocabulary', () => {
    const vocabulary = store.services.library.vocabulary();
    expect(vocabulary.muscles.map((m) => m.id)).toEqual(MUSCLES.map((m) => m.id));
    expect(vocabulary.muscles[0]).toEqual({
      id: 'lats',
      name: 'Latissimus dorsi',
      commonName: 'Lats',
      region: 'mid and upper back',
      view: 'back',
      coarseTerm: 'lats',
    });
    expect(vocabulary.equipment.map((e) => e.name)).toEqual(EQUIPMENT.map((e) => e.name).sort());
    expect(vocabulary.tags).toEqual(TAGS);
  });

  it('names the muscles and equipment active exercises use, and follows the library as it changes', () => {
    const library = store.services.library;
    expect(library.vocabulary().inUse.equipment).toContain('landmine');
    expect(library.vocabulary().inUse.muscles).toContain('glutes');
    store.services.libraryEditing.archive('t-bar-row');
    store.services.libraryEditing.archive('deadlift');
    expect(library.vocabulary().inUse.equipment).not.toContain('landmine');
    expect(library.vocabulary().inUse.muscles).not.toContain('glutes');
    expect(library.vocabulary().inUse.muscles).toContain('rhomboids');
  });
});

describe('library service answering searches from remembered summaries', () => {
  let store: TestStore;
  afterEach(() => store.close());

  it('answers with the current data after every kind of write through its own connection', () => {
    store = createTestStore();
    const { db } = store;
    const library = store.services.library;
    expect(listed(library, { query: 'row' }).map((e) => e.id)).toEqual([
      'bent-over-row',
      'seated-cable-row',
      't-bar-row',
    ]);

    db.prepare("UPDATE exercise SET name = 'Barbell row' WHERE id = 'bent-over-row'").run();
    expect(listed(library, { query: 'row' }).map((e) => e.name)).toEqual([
      'Barbell row',
      'Seated cable row',
      'T-bar row',
    ]);
    db.prepare(
      "INSERT INTO exercise_equipment (exercise_id, equipment_id) VALUES ('t-bar-row', 'barbell')",
    ).run();
    expect(listed(library, { query: 'row' }).find((e) => e.id === 't-bar-row')?.equipment).toContain(
      'barbell',
    );
    db.prepare("DELETE FROM exercise_alias WHERE exercise_id = 'seated-cable-row'").run();
    expect(listed(library, { query: 'seated' })[0]?.aliases).toEqual([]);
    db.prepare("UPDATE exercise SET archived_at = 1 WHERE id = 'deadlift'").run();
    expect(listed(library, {}).map((e) => e.id)).not.toContain('deadlift');
    expect(listed(library, { status: 'all' }).find((e) => e.id === 'deadlift')?.archived).toBe(true);
  });

  it('notices a write made through another connection to the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gymdeck-library-'));
    try {
      store = createTestStore({ file: join(dir, 'gymdeck.db') });
      expect(listed(store.services.library, { query: 'face' })[0]?.name).toBe('Face pull');
      const other = openStore(join(dir, 'gymdeck.db'));
      other.prepare("UPDATE exercise SET name = 'Face pull (rope)' WHERE id = 'face-pull'").run();
      other.close();
      expect(listed(store.services.library, { query: 'face' })[0]?.name).toBe('Face pull (rope)');
    } finally {
      store.close();
      store = createTestStore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads again only the exercises that changed, and drops one that is gone', () => {
    store = createTestStore();
    const { db } = store;
    const library = store.services.library;
    const before = new Map(listed(library).map((e) => [e.id, e]));
    db.prepare("UPDATE exercise SET name = 'Reverse fly (cable)' WHERE id = 'reverse-fly'").run();
    db.prepare("DELETE FROM exercise WHERE id = 'deadlift'").run();
    const after = listed(library);
    expect(after.map((e) => e.id)).not.toContain('deadlift');
    for (const summary of after) {
      if (summary.id === 'reverse-fly') expect(summary.name).toBe('Reverse fly (cable)');
      else expect(summary).toBe(before.get(summary.id));
    }
  });

  it('hands out summaries nobody can change for the next caller', () => {
    store = createTestStore();
    const [first] = listed(store.services.library, {});
    expect(() => first?.aliases.push('Changed')).toThrow(TypeError);
    expect(listed(store.services.library, {})[0]?.aliases).not.toContain('Changed');
  });
});
