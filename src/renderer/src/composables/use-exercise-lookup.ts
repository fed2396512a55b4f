import { shallowRef, watch } from 'vue';
import type { Exercise } from '@shared/domain';
import { useLibraryStore } from '@renderer/stores/library';

/**
 * The exercises a screen names (a session's, a plan's, a member's history), each read once from the library
 * however large it is; while one loads, or when it cannot be read, its id stands for its name.
 */
export function useExerciseLookup(ids: () => readonly string[]) {
  const library = useLibraryStore();
  const exercises = shallowRef<ReadonlyMap<string, Exercise>>(new Map());

  async function fetchMissing(wanted: readonly string[]): Promise<void> {
    const missing = [...new Set(wanted)].filter((id) => id && !exercises.value.has(id));
    if (missing.length === 0) return;
    const outcomes = await Promise.all(missing.map((id) => library.open(id)));
    const found = new Map(exercises.value);
    for (const outcome of outcomes) if (outcome.ok) found.set(outcome.value.id, outcome.value);
    exercises.value = found;
  }
  watch(ids, (wanted) => void fetchMissing(wanted), { immediate: true });

  /** Remembers an exercise the screen already has (one just picked), so its name shows at once. */
  function know(exercise: Exercise): void {
    exercises.value = new Map(exercises.value).set(exercise.id, exercise);
  }

  const nameOf = (id: string): string => exercises.value.get(id)?.name ?? id;
  return { exercises, nameOf, know };
}
