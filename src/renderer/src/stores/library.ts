import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ok, type ApiError, type MethodInput, type Result } from '@shared/contract';
import type { Exercise, ExerciseSummary, LibraryVocabulary, Muscle } from '@shared/domain';
import { useApi } from '../api';
import { NO_FILTERS, sameFilters, toListInput, type LibraryFilterState } from './library-filters';

export type LibraryFilters = MethodInput<'library:list'>;

/** How long typing pauses before the list is asked for again: short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 90;

export interface BodyRegion {
  name: string;
  muscles: Muscle[];
}

export interface Neighbours {
  previous: ExerciseSummary | null;
  next: ExerciseSummary | null;
  /** Zero-based position in the current list, or -1 when the exercise is not in it. */
  index: number;
  total: number;
}

/**
 * The exercise library as the screens see it: the chosen filters, the list the store answered for them
 * (the "current list" a card swipes through), the vocabulary, and exercises already opened.
 */
export const useLibraryStore = defineStore('library', () => {
  const api = useApi();
  const filters = shallowRef<LibraryFilterState>(NO_FILTERS);
  const exercises = shallowRef<ExerciseSummary[]>([]);
  /** The filters the current `exercises` answer, or null before the first answer. */
  const listedFor = shallowRef<LibraryFilterState | null>(null);
  /** The whole library unfiltered: which chips are worth offering. */
  const catalogue = shallowRef<ExerciseSummary[]>([]);
  const vocabulary = shallowRef<LibraryVocabulary | null>(null);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const opened = new Map<string, Exercise>();
  let latestRequest = 0;
  let pendingSearch: ReturnType<typeof setTimeout> | undefined;

  const muscleNames = computed(
    () => new Map(vocabulary.value?.muscles.map((m) => [m.id, m.commonName || m.name]) ?? []),
  );
  const equipmentNames = computed(
    () => new Map(vocabulary.value?.equipment.map((e) => [e.id, e.name]) ?? []),
  );

  /** Body regions in the vocabulary's order, each with its muscles. */
  const regions = computed<BodyRegion[]>(() => {
    const byName = new Map<string, Muscle[]>();
    for (const muscle of vocabulary.value?.muscles ?? []) {
      const list = byName.get(muscle.region) ?? [];
      list.push(muscle);
      byName.set(muscle.region, list);
    }
    return [...byName].map(([name, muscles]) => ({ name, muscles }));
  });

  async function loadVocabulary(): Promise<Result<LibraryVocabulary>> {
    if (vocabulary.value) return ok(vocabulary.value);
    const result = await api['library:vocabulary']({});
    if (result.ok) vocabulary.value = result.value;
    return result;
  }

  /** Loads the list for the current filters; an answer to an older request never replaces a newer one. */
  async function load(): Promise<Result<ExerciseSummary[]>> {
    clearTimeout(pendingSearch);
    const request = ++latestRequest;
    const wanted = filters.value;
    loading.value = true;
    if (wanted.region !== null) await loadVocabulary();
    const [result] = await Promise.all([
      api['library:list'](toListInput(wanted, vocabulary.value?.muscles ?? [])),
      loadVocabulary(),
    ]);
    if (request !== latestRequest) return result;
    loading.value = false;
    if (result.ok) {
      exercises.value = result.value;
      listedFor.value = wanted;
    }
    error.value = result.ok ? null : result.error;
    return result;
  }

  /**
   * Changes the filters and asks for the matching list: at once, or after a short pause (while typing) so
   * that a burst of keystrokes sends one request rather than one per key.
   */
  function setFilters(change: Partial<LibraryFilterState>, options: { debounce?: boolean } = {}): void {
    const next = { ...filters.value, ...change };
    if (sameFilters(next, filters.value)) return;
    filters.value = next;
    clearTimeout(pendingSearch);
    if (options.debounce) pendingSearch = setTimeout(() => void load(), SEARCH_DEBOUNCE_MS);
    else void load();
  }

  /** Makes `wanted` the current filters and loads its list, unless that list is already here. */
  async function showList(wanted: LibraryFilterState): Promise<Result<ExerciseSummary[]>> {
    const listed = listedFor.value;
    if (sameFilters(wanted, filters.value) && listed && sameFilters(listed, wanted) && !error.value)
      return ok(exercises.value);
    filters.value = wanted;
    return load();
  }

  async function loadCatalogue(): Promise<Result<ExerciseSummary[]>> {
    const result = await api['library:list']({});
    if (result.ok) catalogue.value = result.value;
    return result;
  }

  /** One full exercise, from memory when it was opened before in this visit. */
  async function open(id: string): Promise<Result<Exercise>> {
    const known = opened.get(id);
    if (known) return ok(known);
    const [result] = await Promise.all([api['library:get']({ id }), loadVocabulary()]);
    if (result.ok) opened.set(id, result.value);
    return result;
  }

  /** The exercises before and after `id` in the current list. */
  function neighbours(id: string): Neighbours {
    const list = exercises.value;
    const index = list.findIndex((exercise) => exercise.id === id);
    return {
      previous: index > 0 ? (list[index - 1] ?? null) : null,
      next: index >= 0 ? (list[index + 1] ?? null) : null,
      index,
      total: list.length,
    };
  }

  const muscleName = (id: string): string => muscleNames.value.get(id) ?? id;
  const equipmentName = (id: string): string => equipmentNames.value.get(id) ?? id;

  /** Forgets every list and exercise loaded, after a trainer changed the library, so screens ask again. */
  function invalidate(): void {
    opened.clear();
    exercises.value = [];
    listedFor.value = null;
    catalogue.value = [];
  }

  return {
    filters,
    exercises,
    catalogue,
    vocabulary,
    regions,
    loading,
    error,
    load,
    setFilters,
    showList,
    loadCatalogue,
    loadVocabulary,
    open,
    invalidate,
    neighbours,
    muscleName,
    equipmentName,
  };
});
