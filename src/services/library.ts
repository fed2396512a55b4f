import type { Exercise, ExerciseSummary, LibraryVocabulary } from '../shared/domain';
import { TAGS } from '../shared/domain';
import { getExercise, listExerciseSummaries, type ExerciseFilter } from '../store/repositories/exercises';
import { listEquipment, listMuscles } from '../store/repositories/vocabulary';
import type { ServiceContext } from './context';
import { notFound } from './errors';

export function createLibraryService({ db }: ServiceContext) {
  return {
    list(filter: ExerciseFilter): ExerciseSummary[] {
      return listExerciseSummaries(db, filter);
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

export type LibraryService = ReturnType<typeof createLibraryService>;
