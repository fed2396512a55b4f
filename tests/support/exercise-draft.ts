import type { ExerciseDraft } from '@shared/domain';

/** A complete exercise as a trainer would write it, using the built-in muscle and equipment vocabulary. */
export const VALID_DRAFT: ExerciseDraft = {
  name: 'Band pull-apart',
  aliases: ['Pull-apart'],
  summary: 'Light band work for the upper back between the shoulder blades.',
  level: 'beginner',
  tags: ['posture', 'low-impact'],
  equipment: ['resistance-band'],
  primaryMuscles: ['rear-delts', 'rhomboids'],
  secondaryMuscles: ['middle-traps'],
  steps: [
    'Hold the band at shoulder height, arms straight.',
    'Pull the band apart to your chest.',
    'Return slowly.',
  ],
  cues: ['Shoulders down', 'Squeeze at the end'],
  prescription: { sets: 3, reps: 15, seconds: null, restSeconds: 45 },
  oneSided: false,
  source: null,
  figureChoice: 'show',
};

export function draft(overrides: Partial<ExerciseDraft> = {}): ExerciseDraft {
  return { ...structuredClone(VALID_DRAFT), ...overrides };
}
