import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { ExportFile, Member, MemberDataCounts, MemberDraft, MemberExportFormat } from '@shared/domain';
import { useApi } from '../api';

/** How long typing pauses before the members are asked for again. */
export const MEMBER_SEARCH_DEBOUNCE_MS = 120;

/** Members as trainer mode sees them: found by name or number, created, changed, exported and deleted. */
export const useMembersStore = defineStore('members', () => {
  const api = useApi();
  const query = ref('');
  const members = shallowRef<Member[]>([]);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let latestRequest = 0;
  let pendingSearch: ReturnType<typeof setTimeout> | undefined;

  function clear(): void {
    clearTimeout(pendingSearch);
    latestRequest += 1;
    query.value = '';
    members.value = [];
    error.value = null;
  }

  /** The members matching the query; an older answer never replaces a newer one. */
  async function load(): Promise<Result<Member[]>> {
    clearTimeout(pendingSearch);
    const request = ++latestRequest;
    loading.value = true;
    const text = query.value.trim();
    const result = await api['members:list'](text ? { query: text } : {});
    if (request !== latestRequest) return result;
    loading.value = false;
    if (result.ok) members.value = result.value;
    error.value = result.ok ? null : result.error;
    return result;
  }

  /** Type-ahead: one request once typing pauses. */
  function search(text: string): void {
    query.value = text;
    clearTimeout(pendingSearch);
    pendingSearch = setTimeout(() => void load(), MEMBER_SEARCH_DEBOUNCE_MS);
  }

  function get(id: string): Promise<Result<Member>> {
    return api['members:get']({ id });
  }

  function remember(member: Member): void {
    const others = members.value.filter((known) => known.id !== member.id);
    members.value = [...others, member].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async function create(draft: MemberDraft): Promise<Result<Member>> {
    const result = await api['members:create'](draft);
    if (result.ok) remember(result.value);
    return result;
  }

  async function update(id: string, draft: MemberDraft): Promise<Result<Member>> {
    const result = await api['members:update']({ id, member: draft });
    if (result.ok) remember(result.value);
    return result;
  }

  function dataCounts(id: string): Promise<Result<MemberDataCounts>> {
    return api['members:data-counts']({ id });
  }

  async function remove(id: string): Promise<Result<MemberDataCounts>> {
    const result = await api['members:delete']({ id });
    if (result.ok) members.value = members.value.filter((member) => member.id !== id);
    return result;
  }

  function exportData(id: string, format: MemberExportFormat): Promise<Result<ExportFile>> {
    return api['members:export']({ id, format });
  }

  return {
    query,
    members,
    loading,
    error,
    clear,
    load,
    search,
    get,
    create,
    update,
    dataCounts,
    remove,
    exportData,
  };
});
