import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError } from '@shared/contract';
import type { Circuit, CircuitDraft, CircuitSummary } from '@shared/domain';
import { useApi } from '../api';

export type CircuitOutcome = { circuit: Circuit } | { error: ApiError };

/** Circuits as the screens see them: the list, and whole circuits to play or edit. */
export const useCircuitsStore = defineStore('circuits', () => {
  const api = useApi();
  const circuits = shallowRef<CircuitSummary[]>([]);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function load(includeArchived = false): Promise<void> {
    loading.value = true;
    const result = await api['circuits:list']({ includeArchived });
    loading.value = false;
    if (result.ok) {
      circuits.value = result.value;
      error.value = null;
    } else {
      error.value = result.error;
    }
  }

  async function open(id: string): Promise<CircuitOutcome> {
    const result = await api['circuits:get']({ id });
    return result.ok ? { circuit: result.value } : { error: result.error };
  }

  /** Creates (no id) or replaces a circuit. */
  async function save(draft: CircuitDraft, id?: string): Promise<CircuitOutcome> {
    const result = id
      ? await api['circuits:update']({ id, circuit: draft })
      : await api['circuits:create'](draft);
    return result.ok ? { circuit: result.value } : { error: result.error };
  }

  async function setArchived(id: string, archived: boolean): Promise<ApiError | null> {
    const result = await api['circuits:archive']({ id, archived });
    if (!result.ok) return result.error;
    circuits.value = circuits.value.map((c) => (c.id === id ? result.value : c));
    return null;
  }

  return { circuits, loading, error, load, open, save, setArchived };
});
