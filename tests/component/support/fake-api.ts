import type { GymdeckApi } from '@shared/contract/api';
import { METHOD_NAMES } from '@shared/contract/methods';
import { fail, ok } from '@shared/contract/result';
import type { MethodInput } from '@shared/contract/schemas';
import {
  LIBRARY_PAGE_SIZE,
  type Exercise,
  type ExercisePage,
  type ExerciseSummary,
  type LibraryVocabulary,
} from '@shared/domain';

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
  inUse: { muscles: ['rhomboids', 'lats'], equipment: ['cable'] },
};

/**
 * The page of `all` that `library:list` answers for `input`, paged and split by archive state as the
 * service does it (any other filter is the test's to apply to `all`).
 */
export function pageOf(
  all: readonly ExerciseSummary[],
  input: MethodInput<'library:list'> = {},
): ExercisePage {
  const { status = 'active', limit = LIBRARY_PAGE_SIZE, around } = input;
  const archived = all.filter((exercise) => exercise.archived).length;
  const listed = status === 'all' ? all : all.filter((e) => e.archived === (status === 'archived'));
  const position = around === undefined ? -1 : listed.findIndex((exercise) => exercise.id === around);
  const offset = position >= 0 ? position - (position % limit) : (input.offset ?? 0);
  return {
    exercises: listed.slice(offset, offset + limit),
    offset,
    total: listed.length,
    counts: { active: all.length - archived, archived },
  };
}

/** A fake `library:list` over a fixed list of exercises. */
export function listOf(all: readonly ExerciseSummary[]): GymdeckApi['library:list'] {
  return (input) => Promise.resolve(ok(pageOf(all, input)));
}

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
    figureChoice: 'show',
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
