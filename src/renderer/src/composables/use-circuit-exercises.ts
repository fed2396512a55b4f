import { shallowRef, watch, type Ref } from 'vue';
import type { Circuit, Exercise } from '@shared/domain';
import { useLibraryStore } from '../stores/library';

/**
 * The exercises a circuit's steps name, loaded once each. A step whose exercise failed to load shows its id;
 * one still loading shows no name yet, rather than an id a member would read as the name for a moment.
 */
export function useCircuitExercises(circuit: Ref<Circuit | null>) {
  const library = useLibraryStore();
  /** Each step's exercise once its answer came: the exercise, or null when it could not be loaded. */
  const exercises = shallowRef(new Map<string, Exercise | null>());

  watch(
    circuit,
    async (current) => {
      if (!current) return;
      const ids = [...new Set(current.steps.map((step) => step.exerciseId))];
      const loaded = await Promise.all(
        ids.map(async (id) => {
          const outcome = await library.open(id);
          return [id, outcome.ok ? outcome.value : null] as const;
        }),
      );
      exercises.value = new Map(loaded);
    },
    { immediate: true },
  );

  function exerciseAt(stepIndex: number): Exercise | null {
    const id = circuit.value?.steps[stepIndex]?.exerciseId;
    return id ? (exercises.value.get(id) ?? null) : null;
  }

  function nameAt(stepIndex: number): string {
    const id = circuit.value?.steps[stepIndex]?.exerciseId ?? '';
    if (!exercises.value.has(id)) return '';
    return exercises.value.get(id)?.name ?? id;
  }

  return { exerciseAt, nameAt };
}

/** Seconds of the rest after a step, or of a round break, as the circuit sets them. */
export function restSecondsOf(
  circuit: Circuit | null,
  phase: 'rest' | 'round-break',
  stepIndex: number,
): number {
  if (!circuit) return 0;
  if (phase === 'round-break') return circuit.roundBreakSeconds;
  return circuit.steps[stepIndex]?.restSeconds ?? circuit.restSeconds;
}
