import type { Exercise, ExerciseSummary, LibraryVocabulary } from '@shared/domain';
import { TAGS } from '@shared/domain';
import {
  getExercise,
  listExerciseIds,
  listExerciseSummaries,
  libraryRevision,
  type ExerciseFilter,
} from '../store/repositories/exercises';
import { listEquipment, listMuscles } from '../store/repositories/vocabulary';
import type { ServiceContext } from './context';
import { notFound } from './errors';

export function createLibraryService({ db }: ServiceContext) {
  /**
   * Every summary by id, read again whenever the library changes (not on other writes, such as a logged
   * set). The store still answers each search (which ids, in which order); this only spares loading
   * hundreds of summaries' muscles and equipment per keystroke.
   */
  let summaries: { revision: number; byId: Map<string, ExerciseSummary> } | null = null;
  function summariesById(): Map<string, ExerciseSummary> {
    const revision = libraryRevision(db);
    if (summaries?.revision !== revision) {
      const all = listExerciseSummaries(db, { includeArchived: true });
      // Frozen, because every answer hands out the same objects.
      summaries = { revision, byId: new Map(all.map((summary) => [summary.id, deepFreeze(summary)])) };
    }
    return summaries.byId;
  }

  return {
    list(filter: ExerciseFilter): ExerciseSummary[] {
      const byId = summariesById();
      return listExerciseIds(db, filter).flatMap((id) => byId.get(id) ?? []);
    },
    get(id: string): Exercise {
      const exercise = getExercise(db, id);
      if (!exercise) throw notFound('exercise', id);
      return exercise;
    },
    vocabulary(): LibraryVocabulary {
      return { muscles: listMuscles(db), equipment: listEquipment(db), tags: TAGS };
    },
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value))
    if (typeof field === 'object' && field !== null) Object.freeze(field);
  return Object.freeze(value);
}

export type LibraryService = ReturnType<typeof createLibraryService>;
