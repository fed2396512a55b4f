import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ApiError, MethodInput } from '../../../shared/contract';
import type { Exercise, ExerciseSummary, LibraryVocabulary } from '../../../shared/domain';
import { useApi } from '../api';

export type LibraryFilters = MethodInput<'library:list'>;

/** The exercise library as the screens see it: the current list, the vocabulary, opened exercises. */
export const useLibraryStore = defineStore('library', () => {
  const api = useApi();
  const exercises = shallowRef<ExerciseSummary[]>([]);
  const vocabulary = shallowRef<LibraryVocabulary | null>(null);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const opened = new Map<string, Exercise>();
  let latestRequest = 0;

  const muscleNames = computed(() => new Map(vocabulary.value?.muscles.map((m) => [m.id, m.name]) ?? []));
  const equipmentNames = computed(
    () => new Map(vocabulary.value?.equipment.map((e) => [e.id, e.name]) ?? []),
  );

  async function loadVocabulary(): Promise<void> {
    if (vocabulary.value) return;
    const result = await api['library:vocabulary']({});
    if (result.ok) vocabulary.value = result.value;
  }

  /** Loads the list for `filters`; an answer to an older request never replaces a newer one. */
  async function load(filters: LibraryFilters = {}): Promise<void> {
    const request = ++latestRequest;
    loading.value = true;
    const [result] = await Promise.all([api['library:list'](filters), loadVocabulary()]);
    if (request !== latestRequest) return;
    loading.value = false;
    if (result.ok) {
      exercises.value = result.value;
      error.value = null;
    } else {
      error.value = result.error;
    }
  }

  /** One full exercise, from memory when it was opened before in this visit. */
  async function open(id: string): Promise<{ exercise: Exercise } | { error: ApiError }> {
    const known = opened.get(id);
    if (known) return { exercise: known };
    const [result] = await Promise.all([api['library:get']({ id }), loadVocabulary()]);
    if (!result.ok) return { error: result.error };
    opened.set(id, result.value);
    return { exercise: result.value };
  }

  const muscleName = (id: string): string => muscleNames.value.get(id) ?? id;
  const equipmentName = (id: string): string => equipmentNames.value.get(id) ?? id;

  return { exercises, vocabulary, loading, error, load, open, muscleName, equipmentName };
});
