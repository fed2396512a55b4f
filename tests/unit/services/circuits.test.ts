import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/services/errors';
import { T0, createTestStore, type TestStore } from '../../support/store';

describe('circuit service', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('lists the posture circuit', () => {
    expect(store.services.circuits.list()).toEqual([
      expect.objectContaining({
        id: 'posture-circuit',
        name: 'Posture circuit',
        stepCount: 4,
        archived: false,
      }),
    ]);
  });

  it('lists archived circuits only when asked', () => {
    store.db.prepare('UPDATE circuit SET archived_at = ?').run(T0);
    expect(store.services.circuits.list()).toEqual([]);
    expect(store.services.circuits.list(true).map((c) => c.archived)).toEqual([true]);
  });

  it('gets a circuit with its settings and steps', () => {
    const circuit = store.services.circuits.get('posture-circuit');
    expect(circuit).toMatchObject({ getReadySeconds: 10, restSeconds: 20, rounds: 3, roundBreakSeconds: 60 });
    expect(circuit.steps.map((s) => s.exerciseId)).toEqual([
      'face-pull',
      'reverse-fly',
      'seated-cable-row',
      'pull-up',
    ]);
  });

  it('reports an unknown circuit as not-found', () => {
    expect(() => store.services.circuits.get('nope')).toThrow(DomainError);
    expect(() => store.services.circuits.get('nope')).toThrow(/No circuit with id "nope"/);
  });
});
