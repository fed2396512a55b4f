import { computed, ref, shallowRef } from 'vue';
import type { GymdeckApi, MethodInput } from '@shared/contract';
import { ok, type ApiError, type Result } from '@shared/contract/result';
import { LIBRARY_PAGE_MAX, LIBRARY_PAGE_SIZE, type ExercisePage, type ExerciseSummary } from '@shared/domain';

/** What a list is of: everything `library:list` takes but the page. */
export type ExerciseQuery = Omit<MethodInput<'library:list'>, 'offset' | 'limit' | 'around'>;

/**
 * One list of exercise summaries as a store keeps it: a stretch of the whole list the service answers for
 * one query (usually from its start), read a page at a time, plus how long the whole list is. A store calls
 * `load` for a new query, `more` and `earlier` to widen the stretch; an answer for an older query never
 * lands in a newer one's list.
 */
export function pagedExercises(api: GymdeckApi, pageSize = LIBRARY_PAGE_SIZE) {
  const exercises = shallowRef<ExerciseSummary[]>([]);
  /** Where `exercises[0]` stands in the whole list. */
  const offset = ref(0);
  const total = ref(0);
  const counts = shallowRef<ExercisePage['counts']>({ active: 0, archived: 0 });
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  /** The query the list answers, or null before its first answer. */
  const query = shallowRef<ExerciseQuery | null>(null);
  const hasMore = computed(() => offset.value + exercises.value.length < total.value);
  const hasEarlier = computed(() => offset.value > 0);

  let generation = 0;
  let widening: Promise<Result<ExercisePage>> | null = null;

  async function ask(
    wanted: ExerciseQuery,
    page: Pick<MethodInput<'library:list'>, 'offset' | 'limit' | 'around'>,
    apply: (answer: ExercisePage) => void,
  ): Promise<Result<ExercisePage>> {
    const asked = generation;
    loading.value = true;
    const result = await api['library:list']({ ...wanted, ...page });
    if (asked !== generation) return result;
    loading.value = false;
    if (result.ok) {
      apply(result.value);
      total.value = result.value.total;
      counts.value = result.value.counts;
      query.value = wanted;
    }
    error.value = result.ok ? null : result.error;
    return result;
  }

  /** The first page for `wanted` (or the page holding the exercise `around`), replacing the list. */
  function load(wanted: ExerciseQuery, around?: string): Promise<Result<ExercisePage>> {
    generation += 1;
    widening = null;
    return ask(wanted, around ? { limit: pageSize, around } : { limit: pageSize }, (answer) => {
      exercises.value = answer.exercises;
      offset.value = answer.offset;
    });
  }

  /** The same query again from its start, as far as the list reached, after the library changed. */
  function reload(): Promise<Result<ExercisePage>> {
    const wanted = query.value ?? {};
    const reach = Math.min(Math.max(offset.value + exercises.value.length, pageSize), LIBRARY_PAGE_MAX);
    generation += 1;
    widening = null;
    return ask(wanted, { limit: reach }, (answer) => {
      exercises.value = answer.exercises;
      offset.value = answer.offset;
    });
  }

  /** One call at a time widens the list; a second caller waits for the same answer. */
  function widen(page: { offset: number; limit: number }, apply: (answer: ExercisePage) => void) {
    const wanted = query.value;
    if (widening) return widening;
    if (!wanted) return Promise.resolve(ok(current()));
    const started = ask(wanted, page, apply).finally(() => {
      if (widening === started) widening = null;
    });
    widening = started;
    return started;
  }

  /** The next page, after what is loaded. */
  function more(): Promise<Result<ExercisePage>> {
    if (!hasMore.value) return Promise.resolve(ok(current()));
    const from = offset.value + exercises.value.length;
    return widen({ offset: from, limit: pageSize }, (answer) => {
      exercises.value = [...exercises.value, ...answer.exercises];
    });
  }

  /** The page before what is loaded, when the list was opened in its middle. */
  function earlier(): Promise<Result<ExercisePage>> {
    if (!hasEarlier.value) return Promise.resolve(ok(current()));
    const from = Math.max(0, offset.value - pageSize);
    return widen({ offset: from, limit: offset.value - from }, (answer) => {
      exercises.value = [...answer.exercises, ...exercises.value];
      offset.value = from;
    });
  }

  /** Forgets the list, so that the next screen to show it asks again. */
  function clear(): void {
    generation += 1;
    widening = null;
    exercises.value = [];
    offset.value = 0;
    total.value = 0;
    query.value = null;
    loading.value = false;
  }

  /** What is loaded, as a page. */
  function current(): ExercisePage {
    return { exercises: exercises.value, offset: offset.value, total: total.value, counts: counts.value };
  }

  return {
    exercises,
    offset,
    total,
    counts,
    loading,
    error,
    query,
    hasMore,
    hasEarlier,
    load,
    reload,
    more,
    earlier,
    clear,
    current,
  };
}
