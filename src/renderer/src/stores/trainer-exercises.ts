import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ok, type Result } from '@shared/contract/result';
import type {
  Exercise,
  ExerciseDraft,
  ExercisePage,
  ExerciseStatus,
  LibraryVocabulary,
  MediaRole,
} from '@shared/domain';
import { useApi } from '../api';
import { useLibraryStore } from './library';
import { pagedExercises } from './paged-exercises';

export type ArchiveFilter = ExerciseStatus;

/** The library as a trainer edits it: active or archived exercises a page at a time, and each change made. */
export const useTrainerExercisesStore = defineStore('trainer-exercises', () => {
  const api = useApi();
  const list = pagedExercises(api);
  const vocabulary = shallowRef<LibraryVocabulary | null>(null);
  const filter = ref<ArchiveFilter>('active');
  /** A message for the next screen to show, such as "Saved" after a new exercise's form becomes its edit form. */
  const notice = ref('');

  const counts = computed(() => {
    const { active, archived } = list.counts.value;
    return { active, archived, all: active + archived };
  });

  async function loadVocabulary(): Promise<Result<LibraryVocabulary>> {
    if (vocabulary.value) return ok(vocabulary.value);
    const result = await api['library:vocabulary']({});
    if (result.ok) vocabulary.value = result.value;
    else list.error.value = result.error;
    return result;
  }

  /** The first page of the exercises the filter shows. */
  async function load(): Promise<Result<ExercisePage>> {
    const [result] = await Promise.all([list.load({ status: filter.value }), loadVocabulary()]);
    return result;
  }

  /** Shows active, archived or all exercises. */
  function show(which: ArchiveFilter): Promise<Result<ExercisePage>> {
    filter.value = which;
    return load();
  }

  const library = useLibraryStore();

  /** Reads this list again after a change, and makes the member's screens load the library afresh. */
  async function after(result: Promise<Result<Exercise>>): Promise<Result<Exercise>> {
    const settled = await result;
    if (settled.ok) {
      library.invalidate();
      if (list.query.value) await list.reload();
    }
    return settled;
  }

  return {
    exercises: list.exercises,
    total: list.total,
    hasMore: list.hasMore,
    vocabulary,
    loading: list.loading,
    error: list.error,
    filter,
    notice,
    counts,
    load,
    more: list.more,
    show,
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
