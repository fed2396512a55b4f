import { describe, expect, it } from 'vitest';
import type { MuscleRole } from '@shared/domain';
import { rankSwapCandidates } from '../../../src/services/swap-candidates';

type Row = { exerciseId: string; name: string; muscleId: string; role: MuscleRole };

/** The rows the store gives for exercises working some of these muscles: one per exercise and muscle. */
function working(
  exercises: Record<string, { name: string; primary?: string[]; secondary?: string[] }>,
): Row[] {
  return Object.entries(exercises).flatMap(([exerciseId, { name, primary = [], secondary = [] }]) => [
    ...primary.map((muscleId) => ({ exerciseId, name, muscleId, role: 'primary' as const })),
    ...secondary.map((muscleId) => ({ exerciseId, name, muscleId, role: 'secondary' as const })),
  ]);
}

/** A seated cable row: rhomboids and middle traps first, lats and rear delts also, on the cable station. */
const BUSY = {
  muscles: new Map<string, MuscleRole>([
    ['rhomboids', 'primary'],
    ['middle-traps', 'primary'],
    ['lats', 'secondary'],
    ['rear-delts', 'secondary'],
  ]),
  equipment: ['cable'],
};

describe('stand-ins for a busy machine', () => {
  it('weighs each shared muscle by the smaller of its two roles and ranks the most overlap first', () => {
    const rows = working({
      'bent-over-row': { name: 'Bent-over row', primary: ['rhomboids', 'middle-traps', 'lats'] },
      'reverse-fly': { name: 'Reverse fly', primary: ['rear-delts'], secondary: ['rhomboids'] },
      'pull-up': { name: 'Pull-up', primary: ['lats'], secondary: ['biceps'] },
    });
    const equipment = new Map([
      ['bent-over-row', ['barbell']],
      ['reverse-fly', ['dumbbell']],
      ['pull-up', ['pull-up-bar']],
    ]);
    expect(rankSwapCandidates(BUSY, rows, equipment, new Set())).toEqual([
      // 1 + 1 + min(0.5, 1)
      {
        exerciseId: 'bent-over-row',
        overlap: 2.5,
        sharedMuscles: ['lats', 'middle-traps', 'rhomboids'],
        usesBusyEquipment: false,
      },
      // min(0.5, 1) + min(1, 0.5)
      {
        exerciseId: 'reverse-fly',
        overlap: 1,
        sharedMuscles: ['rear-delts', 'rhomboids'],
        usesBusyEquipment: false,
      },
      { exerciseId: 'pull-up', overlap: 0.5, sharedMuscles: ['lats'], usesBusyEquipment: false },
    ]);
  });

  it('puts every exercise that needs the busy equipment after those that do not, whatever their overlap', () => {
    const rows = working({
      'face-pull': { name: 'Face pull', primary: ['rhomboids', 'middle-traps', 'rear-delts'] },
      'pull-up': { name: 'Pull-up', primary: ['lats'] },
    });
    const equipment = new Map([
      ['face-pull', ['cable', 'rope']],
      ['pull-up', ['pull-up-bar']],
    ]);
    expect(
      rankSwapCandidates(BUSY, rows, equipment, new Set()).map((c) => [c.exerciseId, c.usesBusyEquipment]),
    ).toEqual([
      ['pull-up', false],
      ['face-pull', true],
    ]);
  });

  it('never counts body weight as busy equipment', () => {
    const busy = { ...BUSY, equipment: ['body-weight', 'cable'] };
    const rows = working({ 'inverted-row': { name: 'Inverted row', primary: ['rhomboids'] } });
    const [candidate] = rankSwapCandidates(
      busy,
      rows,
      new Map([['inverted-row', ['body-weight']]]),
      new Set(),
    );
    expect(candidate?.usesBusyEquipment).toBe(false);
  });

  it('breaks a tie by name, and leaves out the excluded exercises and those sharing no muscle', () => {
    const rows = [
      ...working({
        'b-row': { name: 'Chest-supported row', primary: ['rhomboids'] },
        'a-row': { name: 'Banded row', primary: ['rhomboids'] },
        'seated-cable-row': { name: 'Seated cable row', primary: ['rhomboids'] },
      }),
      // A row the store would not give (no shared muscle) still counts for nothing.
      { exerciseId: 'squat', name: 'Squat', muscleId: 'quadriceps', role: 'primary' as const },
    ];
    expect(
      rankSwapCandidates(BUSY, rows, new Map(), new Set(['seated-cable-row'])).map((c) => c.exerciseId),
    ).toEqual(['a-row', 'b-row']);
  });
});
