import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { Circuit, CircuitDraft, CircuitSummary } from '@shared/domain';
import { useApi } from '../api';

/** Circuits as the screens see them: the list, and whole circuits to play or edit. */
export const useCircuitsStore = defineStore('circuits', () => {
  const api = useApi();
  const circuits = shallowRef<CircuitSummary[]>([]);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function load(includeArchived = false): Promise<Result<CircuitSummary[]>> {
    loading.value = true;
    const result = await api['circuits:list']({ includeArchived });
    loading.value = false;
    if (result.ok) circuits.value = result.value;
    error.value = result.ok ? null : result.error;
    return result;
  }

  /** Keeps the list in step with a circuit that changed. */
  async function remember(change: Promise<Result<Circuit>>): Promise<Result<Circuit>> {
    const result = await change;
    if (result.ok) {
      const { id, name, description, stepCount, rounds, archived } = result.value;
      const summary: CircuitSummary = { id, name, description, stepCount, rounds, archived };
      circuits.value = circuits.value.map((c) => (c.id === summary.id ? summary : c));
    }
    return result;
  }

  return {
    circuits,
    loading,
    error,
    load,
    open: (id: string) => api['circuits:get']({ id }),
    /** Creates (no id) or replaces a circuit. */
    save: (draft: CircuitDraft, id?: string) =>
      remember(id ? api['circuits:update']({ id, circuit: draft }) : api['circuits:create'](draft)),
    archive: (id: string) => remember(api['circuits:archive']({ id })),
    restore: (id: string) => remember(api['circuits:restore']({ id })),
  };
});
