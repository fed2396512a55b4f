import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { HistoryPage, HistorySession, ProgressSeries } from '@shared/domain';
import { useApi } from '../api';

/** Whose history: a member's for trainer mode, or the member signed in on this screen (`own`). */
export type ProgressScope = { memberId: string } | 'own';

const sameScope = (a: ProgressScope | null, b: ProgressScope): boolean =>
  a !== null && (a === 'own' || b === 'own' ? a === b : a.memberId === b.memberId);

/** A member's past sessions with their sets and, per exercise, their progress over time. */
export const useMemberProgressStore = defineStore('member-progress', () => {
  const api = useApi();
  const scope = shallowRef<ProgressScope | null>(null);
  const sessions = shallowRef<HistorySession[]>([]);
  const nextBefore = ref<number | null>(null);
  const series = shallowRef<ProgressSeries | null>(null);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  /**
   * Goes up with every `clear`: an answer to a call made before then belongs to whoever was shown then
   * (another member signed in on this screen may be asking for "own" now), so it is dropped.
   */
  let generation = 0;
  const stillFor = (wanted: ProgressScope, asked: number): boolean =>
    asked === generation && sameScope(scope.value, wanted);

  function clear(): void {
    generation += 1;
    scope.value = null;
    sessions.value = [];
    nextBefore.value = null;
    series.value = null;
    loading.value = false;
    error.value = null;
  }

  function historyPage(wanted: ProgressScope, before?: number): Promise<Result<HistoryPage>> {
    const page = before === undefined ? {} : { before };
    return wanted === 'own'
      ? api['sessions:history'](page)
      : api['members:history']({ memberId: wanted.memberId, ...page });
  }

  /** The newest sessions of `wanted` (whatever was shown for someone else is dropped first). */
  async function load(wanted: ProgressScope): Promise<Result<HistoryPage>> {
    if (!sameScope(scope.value, wanted)) clear();
    scope.value = wanted;
    const asked = generation;
    loading.value = true;
    const result = await historyPage(wanted);
    if (!stillFor(wanted, asked)) return result;
    loading.value = false;
    error.value = result.ok ? null : result.error;
    if (result.ok) {
      sessions.value = result.value.sessions;
      nextBefore.value = result.value.nextBefore;
    }
    return result;
  }

  /** The next older page, added below. */
  async function loadOlder(): Promise<Result<HistoryPage> | null> {
    const wanted = scope.value;
    if (wanted === null || nextBefore.value === null) return null;
    const asked = generation;
    const result = await historyPage(wanted, nextBefore.value);
    if (result.ok && stillFor(wanted, asked)) {
      sessions.value = [...sessions.value, ...result.value.sessions];
      nextBefore.value = result.value.nextBefore;
    }
    return result;
  }

  async function loadSeries(exerciseId: string): Promise<Result<ProgressSeries>> {
    const wanted = scope.value;
    if (wanted === null) return api['sessions:progress']({ exerciseId });
    const asked = generation;
    const result =
      wanted === 'own'
        ? await api['sessions:progress']({ exerciseId })
        : await api['members:progress']({ memberId: wanted.memberId, exerciseId });
    if (stillFor(wanted, asked)) {
      series.value = result.ok ? result.value : null;
      error.value = result.ok ? null : result.error;
    }
    return result;
  }

  return { scope, sessions, nextBefore, series, loading, error, clear, load, loadOlder, loadSeries };
});
