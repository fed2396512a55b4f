import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../../src/services/api-router';
import type { CircuitDraft } from '@shared/domain';
import { seedLibrary } from '../../../src/store/seed/seed';
import { T0, createTestStore, type TestStore, unlockTrainer } from '../../support/store';

const DRAFT: CircuitDraft = {
  name: 'Back finisher',
  description: 'Two moves, twice.',
  getReadySeconds: 5,
  restSeconds: 15,
  rounds: 2,
  roundBreakSeconds: 45,
  sound: true,
  flash: false,
  halfwayCue: true,
  steps: [
    { exerciseId: 'face-pull', workSeconds: 30, repTarget: null, side: 'both', restSeconds: null },
    { exerciseId: 'pull-up', workSeconds: null, repTarget: 8, side: 'both', restSeconds: 30 },
  ],
};

describe('circuit editing', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('creates a circuit with its steps in order and lists it', () => {
    const created = store.services.circuits.create(DRAFT);
    expect(created).toMatchObject({ ...DRAFT, id: 'id-1', stepCount: 2, archived: false });
    expect(store.services.circuits.list().map((c) => c.name)).toEqual(['Back finisher', 'Posture circuit']);
  });

  it('replaces the settings and the whole list of steps on update', () => {
    const { id } = store.services.circuits.create(DRAFT);
    const reordered = { ...DRAFT, name: 'Renamed', rounds: 0, steps: [...DRAFT.steps].reverse() };
    const updated = store.services.circuits.update(id, reordered);
    expect(updated.name).toBe('Renamed');
    expect(updated.rounds).toBe(0);
    expect(updated.steps.map((s) => s.exerciseId)).toEqual(['pull-up', 'face-pull']);
    expect(store.services.circuits.get(id).stepCount).toBe(2);
  });

  it("keeps a trainer's edit of the posture circuit when the seed runs again", () => {
    store.services.circuits.update('posture-circuit', { ...DRAFT, name: 'Our posture circuit' });
    seedLibrary(store.db, T0 + 1000);
    expect(store.services.circuits.list().map((c) => c.name)).toEqual(['Our posture circuit']);
  });

  it('refuses a step that names no exercise of the library, and writes nothing', async () => {
    await unlockTrainer(store.services);
    const dispatch = createApiRouter(store.services);
    const bad = { ...DRAFT, steps: [{ ...DRAFT.steps[0], exerciseId: 'nope' }] };
    expect(await dispatch('circuits:create', bad)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('steps.0.exerciseId') },
    });
    expect(store.services.circuits.list()).toHaveLength(1);
  });

  it('refuses a step with both or neither of work seconds and a rep target, naming the field', async () => {
    await unlockTrainer(store.services);
    const dispatch = createApiRouter(store.services);
    for (const step of [
      { ...DRAFT.steps[0], repTarget: 10 },
      { ...DRAFT.steps[0], workSeconds: null },
    ]) {
      const result = await dispatch('circuits:create', { ...DRAFT, steps: [step] });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining('steps.0.workSeconds') },
      });
    }
    expect(await dispatch('circuits:create', { ...DRAFT, steps: [] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('steps') },
    });
  });

  it('archives and restores; an unknown circuit is not-found', async () => {
    await unlockTrainer(store.services);
    const { id } = store.services.circuits.create(DRAFT);
    expect(store.services.circuits.archive(id)).toMatchObject({ id, archived: true });
    expect(store.services.circuits.list().map((c) => c.id)).toEqual(['posture-circuit']);
    expect(store.services.circuits.restore(id).archived).toBe(false);
    expect(store.services.circuits.list().map((c) => c.id)).toContain(id);
    const dispatch = createApiRouter(store.services);
    expect(await dispatch('circuits:update', { id: 'nope', circuit: DRAFT })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    for (const method of ['circuits:archive', 'circuits:restore'] as const) {
      expect(await dispatch(method, { id: 'nope' })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
  });
});
