import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/services/errors';
import { openStore } from '../../../src/store/database';
import { TAGS } from '@shared/domain';
import { SEED_EXERCISES } from '../../../src/store/seed/library';
import { EQUIPMENT, MUSCLES } from '../../../src/store/seed/vocabulary';
import { createTestStore, type TestStore } from '../../support/store';

describe('library service', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('lists the seven seeded exercises as summaries', () => {
    const list = store.services.library.list({});
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
    });
  });

  it('applies every filter the contract offers', () => {
    const ids = (filter: Parameters<typeof store.services.library.list>[0]) =>
      store.services.library.list(filter).map((e) => e.id);
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
});

describe('library service answering searches from remembered summaries', () => {
  let store: TestStore;
  afterEach(() => store.close());

  it('answers with the current data after every kind of write through its own connection', () => {
    store = createTestStore();
    const { db } = store;
    const library = store.services.library;
    expect(library.list({ query: 'row' }).map((e) => e.id)).toEqual([
      'bent-over-row',
      'seated-cable-row',
      't-bar-row',
    ]);

    db.prepare("UPDATE exercise SET name = 'Barbell row' WHERE id = 'bent-over-row'").run();
    expect(library.list({ query: 'row' }).map((e) => e.name)).toEqual([
      'Barbell row',
      'Seated cable row',
      'T-bar row',
    ]);
    db.prepare(
      "INSERT INTO exercise_equipment (exercise_id, equipment_id) VALUES ('t-bar-row', 'barbell')",
    ).run();
    expect(library.list({ query: 'row' }).find((e) => e.id === 't-bar-row')?.equipment).toContain('barbell');
    db.prepare("DELETE FROM exercise_alias WHERE exercise_id = 'seated-cable-row'").run();
    expect(library.list({ query: 'seated' })[0]?.aliases).toEqual([]);
    db.prepare("UPDATE exercise SET archived_at = 1 WHERE id = 'deadlift'").run();
    expect(library.list({}).map((e) => e.id)).not.toContain('deadlift');
    expect(library.list({ includeArchived: true }).find((e) => e.id === 'deadlift')?.archived).toBe(true);
  });

  it('notices a write made through another connection to the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gymdeck-library-'));
    try {
      store = createTestStore({ file: join(dir, 'gymdeck.db') });
      expect(store.services.library.list({ query: 'face' })[0]?.name).toBe('Face pull');
      const other = openStore(join(dir, 'gymdeck.db'));
      other.prepare("UPDATE exercise SET name = 'Face pull (rope)' WHERE id = 'face-pull'").run();
      other.close();
      expect(store.services.library.list({ query: 'face' })[0]?.name).toBe('Face pull (rope)');
    } finally {
      store.close();
      store = createTestStore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands out summaries nobody can change for the next caller', () => {
    store = createTestStore();
    const [first] = store.services.library.list({});
    expect(() => first?.aliases.push('Changed')).toThrow(TypeError);
    expect(store.services.library.list({})[0]?.aliases).not.toContain('Changed');
  });
});
