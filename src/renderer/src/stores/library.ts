import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { MethodInput } from '@shared/contract';
import { ok, type Result } from '@shared/contract/result';
import type { Exercise, ExercisePage, ExerciseSummary, LibraryVocabulary, Muscle } from '@shared/domain';
import { useApi } from '../api';
import { NO_FILTERS, sameFilters, toListInput, type LibraryFilterState } from './library-filters';
import { pagedExercises } from './paged-exercises';

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
  /** Zero-based position in the whole current list, or -1 when the exercise is not in what is loaded. */
  index: number;
  total: number;
}

/**
 * The exercise library as the screens see it: the chosen filters, the list the store answered for them
 * (the "current list" a card swipes through, read a page at a time), the vocabulary, and exercises
 * already opened.
 */
export const useLibraryStore = defineStore('library', () => {
  const api = useApi();
  const filters = shallowRef<LibraryFilterState>(NO_FILTERS);
  const list = pagedExercises(api);
  /** The filters the current list answers, or null before the first answer. */
  const listedFor = shallowRef<LibraryFilterState | null>(null);
  const vocabulary = shallowRef<LibraryVocabulary | null>(null);
  const opened = new Map<string, Exercise>();
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

  /**
   * Loads the first page of the list for the current filters (or the page holding the exercise `around`);
   * an answer to an older request never replaces a newer one.
   */
  async function load(around?: string): Promise<Result<ExercisePage>> {
    clearTimeout(pendingSearch);
    const wanted = filters.value;
    if (wanted.region !== null) await loadVocabulary();
    const [result] = await Promise.all([
      list.load(toListInput(wanted, vocabulary.value?.muscles ?? []), around),
      loadVocabulary(),
    ]);
    if (result.ok && wanted === filters.value) listedFor.value = wanted;
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

  /**
   * Makes `wanted` the current filters and loads its list, unless that list is already here: from its start,
   * or from the page holding the exercise `around` (a card opened from a link or a reload).
   */
  async function showList(wanted: LibraryFilterState, around?: string): Promise<Result<ExercisePage>> {
    const listed = listedFor.value;
    const here =
      sameFilters(wanted, filters.value) && listed && sameFilters(listed, wanted) && !list.error.value;
    if (here && (around === undefined || list.exercises.value.some((e) => e.id === around)))
      return ok(list.current());
    if (here && around === undefined && list.hasEarlier.value) return load();
    filters.value = wanted;
    return load(around);
  }

  /**
   * Makes sure the exercises either side of `id` are loaded, reading the next or the previous page when
   * `id` stands at an end of what is loaded.
   */
  async function reach(id: string): Promise<Result<ExercisePage>> {
    const loaded = list.exercises.value;
    const index = loaded.findIndex((exercise) => exercise.id === id);
    if (index === loaded.length - 1) return list.more();
    if (index === 0) return list.earlier();
    return ok(list.current());
  }

  /** One page of any list of exercises, leaving the current list as it is (a picker's search). */
  const find = (input: MethodInput<'library:list'>): Promise<Result<ExercisePage>> =>
    api['library:list'](input);

  /** One full exercise, from memory when it was opened before in this visit. */
  async function open(id: string): Promise<Result<Exercise>> {
    const known = opened.get(id);
    if (known) return ok(known);
    const [result] = await Promise.all([api['library:get']({ id }), loadVocabulary()]);
    if (result.ok) opened.set(id, result.value);
    return result;
  }

  /** The exercises before and after `id` in the current list, as far as it is loaded. */
  function neighbours(id: string): Neighbours {
    const loaded = list.exercises.value;
    const index = loaded.findIndex((exercise) => exercise.id === id);
    return {
      previous: index > 0 ? (loaded[index - 1] ?? null) : null,
      next: index >= 0 ? (loaded[index + 1] ?? null) : null,
      index: index >= 0 ? list.offset.value + index : -1,
      total: list.total.value,
    };
  }

  const muscleName = (id: string): string => muscleNames.value.get(id) ?? id;
  const equipmentName = (id: string): string => equipmentNames.value.get(id) ?? id;

  /**
   * Forgets every list and exercise loaded, and which muscles and equipment are in use, after a trainer
   * changed the library, so screens ask again.
   */
  function invalidate(): void {
    opened.clear();
    list.clear();
    listedFor.value = null;
    vocabulary.value = null;
  }

  return {
    filters,
    exercises: list.exercises,
    total: list.total,
    hasMore: list.hasMore,
    hasEarlier: list.hasEarlier,
    vocabulary,
    regions,
    loading: list.loading,
    error: list.error,
    load,
    more: list.more,
    setFilters,
    showList,
    reach,
    find,
    loadVocabulary,
    open,
    invalidate,
    neighbours,
    muscleName,
    equipmentName,
  };
});
