import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type { Plan, PlanDraft, PlanSummary } from '@shared/domain';
import { useApi } from '../api';

/** Plans and templates as trainer mode builds them: a member's plans, the templates, each change made. */
export const usePlansStore = defineStore('plans', () => {
  const api = useApi();
  /** Whose plans `plans` holds: a member's id, or null for the templates. */
  const listedFor = ref<string | null | undefined>(undefined);
  const plans = shallowRef<PlanSummary[]>([]);
  const templates = shallowRef<PlanSummary[]>([]);
  const error = shallowRef<ApiError | null>(null);

  function clear(): void {
    listedFor.value = undefined;
    plans.value = [];
    templates.value = [];
    error.value = null;
  }

  /** A member's plans (into `plans`), or the templates (into `templates`) when `memberId` is null. */
  async function load(memberId: string | null): Promise<Result<PlanSummary[]>> {
    const result = await api['plans:list']({ memberId });
    error.value = result.ok ? null : result.error;
    if (!result.ok) return result;
    if (memberId === null) templates.value = result.value;
    else {
      listedFor.value = memberId;
      plans.value = result.value;
    }
    return result;
  }

  function get(id: string): Promise<Result<Plan>> {
    return api['plans:get']({ id });
  }

  function summaryOf(plan: Plan): PlanSummary {
    return {
      id: plan.id,
      memberId: plan.memberId,
      name: plan.name,
      itemCount: plan.items.length,
      updatedAt: plan.updatedAt,
    };
  }

  function remember(plan: Plan): void {
    const into = plan.memberId === null ? templates : listedFor.value === plan.memberId ? plans : null;
    if (!into) return;
    into.value = [summaryOf(plan), ...into.value.filter((known) => known.id !== plan.id)];
  }

  async function create(memberId: string | null, draft: PlanDraft): Promise<Result<Plan>> {
    const result = await api['plans:create']({ memberId, plan: draft });
    if (result.ok) remember(result.value);
    return result;
  }

  async function update(id: string, draft: PlanDraft): Promise<Result<Plan>> {
    const result = await api['plans:update']({ id, plan: draft });
    if (result.ok) remember(result.value);
    return result;
  }

  async function remove(id: string): Promise<Result<{ deleted: boolean }>> {
    const result = await api['plans:delete']({ id });
    if (result.ok) {
      plans.value = plans.value.filter((plan) => plan.id !== id);
      templates.value = templates.value.filter((plan) => plan.id !== id);
    }
    return result;
  }

  async function giveTemplate(templateId: string, memberId: string): Promise<Result<Plan>> {
    const result = await api['plans:give-template']({ templateId, memberId });
    if (result.ok) remember(result.value);
    return result;
  }

  return { plans, templates, error, clear, load, get, create, update, remove, giveTemplate };
});
