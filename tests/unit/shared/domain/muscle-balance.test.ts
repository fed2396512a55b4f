import { describe, expect, it } from 'vitest';
import { muscleBalance, type PlanItemDraft } from '@shared/domain';

const EXERCISES = new Map([
  [
    'seated-cable-row',
    { primaryMuscles: ['rhomboids', 'middle-traps'], secondaryMuscles: ['lats', 'rear-delts'] },
  ],
  ['face-pull', { primaryMuscles: ['rear-delts'], secondaryMuscles: ['middle-traps', 'rotator-cuff'] }],
]);

const item = (exerciseId: string, sets: number, warmUpSets = 0): PlanItemDraft => ({
  exerciseId,
  sets,
  warmUpSets,
  reps: 10,
  seconds: null,
  loadKg: null,
  restSeconds: 60,
  note: '',
});

describe('muscle balance of a plan', () => {
  it('counts each working set once for a primary muscle and half for a secondary one', () => {
    expect(muscleBalance([item('seated-cable-row', 3)], EXERCISES)).toEqual({
      rhomboids: 3,
      'middle-traps': 3,
      lats: 1.5,
      'rear-delts': 1.5,
    });
  });

  it('adds up across exercises, primary and secondary alike', () => {
    expect(muscleBalance([item('seated-cable-row', 3), item('face-pull', 2)], EXERCISES)).toEqual({
      rhomboids: 3,
      'middle-traps': 4,
      lats: 1.5,
      'rear-delts': 3.5,
      'rotator-cuff': 1,
    });
  });

  it('leaves out warm-up sets, exercises it does not know, and muscles nothing hits', () => {
    const balance = muscleBalance([item('face-pull', 2, 3), item('archived-or-unknown', 5)], EXERCISES);
    expect(balance).toEqual({ 'rear-delts': 2, 'middle-traps': 1, 'rotator-cuff': 1 });
    expect(balance).not.toHaveProperty('rhomboids');
    expect(muscleBalance([], EXERCISES)).toEqual({});
  });
});
