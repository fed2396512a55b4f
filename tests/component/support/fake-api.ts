import type { GymdeckApi } from '@shared/contract/api';
import { METHOD_NAMES } from '@shared/contract/methods';
import { fail } from '@shared/contract/result';
import type { Exercise, ExerciseSummary, LibraryVocabulary } from '@shared/domain';

/** A typed fake of the whole API: each method answers "internal" unless the test gives it a body. */
export function createFakeApi(methods: Partial<GymdeckApi> = {}): GymdeckApi {
  const unanswered = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, () => Promise.resolve(fail('internal', `${method} is not faked`))]),
  ) as unknown as GymdeckApi;
  return { ...unanswered, ...methods };
}

export const VOCABULARY: LibraryVocabulary = {
  muscles: [
    {
      id: 'rhomboids',
      name: 'Rhomboids',
      commonName: 'between the shoulder blades',
      region: 'upper back',
      view: 'back',
      coarseTerm: 'middle back',
    },
    {
      id: 'lats',
      name: 'Latissimus dorsi',
      commonName: 'lats',
      region: 'back',
      view: 'back',
      coarseTerm: 'lats',
    },
  ],
  equipment: [{ id: 'cable', name: 'Cable station' }],
  tags: ['strength', 'posture', 'compound', 'low-impact', 'bodyweight'],
};

export function summary(overrides: Partial<ExerciseSummary> = {}): ExerciseSummary {
  return {
    id: 'ex-1',
    name: 'Seated cable row',
    aliases: [],
    level: 'beginner',
    tags: ['posture'],
    primaryMuscles: ['rhomboids'],
    secondaryMuscles: ['lats'],
    equipment: ['cable'],
    archived: false,
    figure: null,
    ...overrides,
  };
}

export function exercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    ...summary(),
    summary: 'Rows for the middle back.',
    steps: ['Sit tall.', 'Pull the handle to your waist.', 'Return slowly.'],
    cues: ['Chest up'],
    prescription: { sets: 3, reps: 12, seconds: null, restSeconds: 60 },
    oneSided: false,
    media: [],
    source: null,
    ...overrides,
  };
}
