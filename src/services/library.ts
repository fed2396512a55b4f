import {
  LIBRARY_PAGE_SIZE,
  TAGS,
  type Exercise,
  type ExercisePage,
  type ExerciseSummary,
  type LibraryVocabulary,
} from '@shared/domain';
import {
  countExercises,
  exercisesChangedSince,
  getExercise,
  getExerciseSummaries,
  libraryRevision,
  listExerciseIds,
  listInUse,
  positionInList,
  type ExerciseFilter,
} from '../store/repositories/exercises';
import { listEquipment, listMuscles } from '../store/repositories/vocabulary';
import type { ServiceContext } from './context';
import { notFound } from './errors';

/** What `list` is asked for: the filters, which archive state, and which page. */
export interface LibraryListRequest extends ExerciseFilter {
  offset?: number | undefined;
  limit?: number | undefined;
  /** Asks for the page holding this exercise instead (pages counted in `limit`s from the start). */
  around?: string | undefined;
}

export function createLibraryService({ db }: ServiceContext) {
  /**
   * The summaries handed out so far, by id, and the library revision they are true at. The store records
   * the revision at which each exercise last changed (whichever connection changed it), so after an edit
   * only that exercise is forgotten and read again when next asked for; other writes (a logged set) cost
   * nothing. The store answers each search (which ids, in which order); this spares loading a page of
   * summaries' muscles and equipment per keystroke.
   */
  const known = new Map<string, ExerciseSummary>();
  let knownAt: number | null = null;
  let inUse: LibraryVocabulary['inUse'] | null = null;

  function catchUp(): void {
    const revision = libraryRevision(db);
    if (revision === knownAt) return;
    if (knownAt === null || revision < knownAt) known.clear();
    else for (const id of exercisesChangedSince(db, knownAt)) known.delete(id);
    inUse = null;
    knownAt = revision;
  }

  function summariesOf(ids: readonly string[]): ExerciseSummary[] {
    const missing = ids.filter((id) => !known.has(id));
    // Frozen, because every answer hands out the same objects.
    for (const summary of getExerciseSummaries(db, missing)) known.set(summary.id, deepFreeze(summary));
    return ids.flatMap((id) => known.get(id) ?? []);
  }

  // Each answer reads in one transaction, so the revision, the changes recorded up to it and the rows agree.
  const page = db.transaction((request: LibraryListRequest): ExercisePage => {
    const { offset: asked = 0, limit = LIBRARY_PAGE_SIZE, around, ...filter } = request;
    catchUp();
    const position = around === undefined ? null : positionInList(db, filter, around);
    const offset = position === null ? asked : position - (position % limit);
    const counts = countExercises(db, filter);
    const status = filter.status ?? 'active';
    return {
      exercises: summariesOf(listExerciseIds(db, filter, { offset, limit })),
      offset,
      total: status === 'all' ? counts.active + counts.archived : counts[status],
      counts,
    };
  });
  const currentInUse = db.transaction((): LibraryVocabulary['inUse'] => {
    catchUp();
    inUse ??= listInUse(db);
    return inUse;
  });

  return {
    /** One page of the exercises matching the filters, by name, with the size of the whole list. */
    list: (request: LibraryListRequest): ExercisePage => page(request),
    get(id: string): Exercise {
      const exercise = getExercise(db, id);
      if (!exercise) throw notFound('exercise', id);
      return exercise;
    },
    vocabulary(): LibraryVocabulary {
      return { muscles: listMuscles(db), equipment: listEquipment(db), tags: TAGS, inUse: currentInUse() };
    },
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value))
    if (typeof field === 'object' && field !== null) Object.freeze(field);
  return Object.freeze(value);
}

export type LibraryService = ReturnType<typeof createLibraryService>;
