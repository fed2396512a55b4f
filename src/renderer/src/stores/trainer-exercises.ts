import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { Exercise, ExerciseDraft, ExerciseSummary, LibraryVocabulary, MediaRole } from '@shared/domain';
import { useApi } from '../api';
import { useLibraryStore } from './library';

export type ArchiveFilter = 'active' | 'archived' | 'all';

/** The library as a trainer edits it: every exercise, archived ones included, and each change made. */
export const useTrainerExercisesStore = defineStore('trainer-exercises', () => {
  const api = useApi();
  const exercises = shallowRef<ExerciseSummary[]>([]);
  const vocabulary = shallowRef<LibraryVocabulary | null>(null);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const filter = ref<ArchiveFilter>('active');
  /** A message for the next screen to show, such as "Saved" after a new exercise's form becomes its edit form. */
  const notice = ref('');

  const shown = computed(() =>
    exercises.value.filter((exercise) =>
      filter.value === 'all' ? true : filter.value === 'archived' ? exercise.archived : !exercise.archived,
    ),
  );
  const counts = computed(() => {
    const archived = exercises.value.filter((exercise) => exercise.archived).length;
    return { active: exercises.value.length - archived, archived, all: exercises.value.length };
  });

  async function loadVocabulary(): Promise<void> {
    if (vocabulary.value) return;
    const result = await api['library:vocabulary']({});
    if (result.ok) vocabulary.value = result.value;
    else error.value = result.error;
  }

  async function load(): Promise<void> {
    loading.value = true;
    const [result] = await Promise.all([api['library:list']({ includeArchived: true }), loadVocabulary()]);
    loading.value = false;
    if (result.ok) {
      exercises.value = result.value;
      error.value = null;
    } else {
      error.value = result.error;
    }
  }

  /** Puts a changed exercise into the list in name order, so the list never needs a reload. */
  function remember(exercise: Exercise): void {
    const summary: ExerciseSummary = {
      id: exercise.id,
      name: exercise.name,
      aliases: exercise.aliases,
      level: exercise.level,
      tags: exercise.tags,
      primaryMuscles: exercise.primaryMuscles,
      secondaryMuscles: exercise.secondaryMuscles,
      equipment: exercise.equipment,
      figure: exercise.figure,
      archived: exercise.archived,
    };
    exercises.value = [...exercises.value.filter((e) => e.id !== exercise.id), summary].sort(
      (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id),
    );
  }

  const library = useLibraryStore();

  /** Keeps this list in step with a change, and makes the member's screens load the library afresh. */
  async function after(result: Promise<Result<Exercise>>): Promise<Result<Exercise>> {
    const settled = await result;
    if (settled.ok) {
      remember(settled.value);
      library.invalidate();
    }
    return settled;
  }

  return {
    exercises,
    vocabulary,
    loading,
    error,
    filter,
    notice,
    shown,
    counts,
    load,
    loadVocabulary,
    get: (id: string) => api['library:get']({ id }),
    create: (draft: ExerciseDraft) => after(api['library:create'](draft)),
    update: (id: string, draft: ExerciseDraft) => after(api['library:update']({ id, exercise: draft })),
    duplicate: (id: string) => after(api['library:duplicate']({ id })),
    archive: (id: string) => after(api['library:archive']({ id })),
    restore: (id: string) => after(api['library:restore']({ id })),
    /** `data` is the file's bytes in base64. */
    attachMedia: (exerciseId: string, role: MediaRole, data: string) =>
      after(api['library:attach-media']({ exerciseId, role, data })),
    detachMedia: (exerciseId: string, mediaId: string) =>
      after(api['library:detach-media']({ exerciseId, mediaId })),
  };
});
