import type { Plan, PlanDraft, PlanItem, PlanSummary } from '@shared/domain';
import { exerciseExists } from '../store/repositories/exercises';
import { getMember } from '../store/repositories/members';
import { deletePlan, getPlan, insertPlan, listPlans, updatePlan } from '../store/repositories/plans';
import type { ServiceContext } from './context';
import { invalidField, notFound } from './errors';

/** Plans a trainer builds for members, and templates (plans with no member) given to any of them. */
export function createPlanService({ db, now, newId }: ServiceContext) {
  function get(id: string): Plan {
    const plan = getPlan(db, id);
    if (!plan) throw notFound('plan', id);
    return plan;
  }

  /** Each item gets a new id; every exercise must be in the library (archived ones too). */
  function withIds(draft: PlanDraft): PlanDraft & { items: PlanItem[] } {
    return {
      ...draft,
      items: draft.items.map((item, index) => {
        if (!exerciseExists(db, item.exerciseId)) {
          throw invalidField(
            `items.${index}.exerciseId`,
            'unknown-reference',
            `there is no exercise "${item.exerciseId}" in the library`,
            { value: item.exerciseId },
          );
        }
        return { ...item, id: newId() };
      }),
    };
  }

  function checkMember(memberId: string | null): void {
    if (memberId !== null && !getMember(db, memberId)) throw notFound('member', memberId, 'memberId');
  }

  function create(memberId: string | null, draft: PlanDraft): Plan {
    const id = newId();
    db.transaction(() => {
      checkMember(memberId);
      insertPlan(db, { ...withIds(draft), id, memberId }, now());
    })();
    return get(id);
  }

  return {
    /** A member's plans, or the templates when `memberId` is null. */
    list(memberId: string | null): PlanSummary[] {
      checkMember(memberId);
      return listPlans(db, memberId);
    },
    get,
    create,
    update(id: string, draft: PlanDraft): Plan {
      db.transaction(() => {
        if (!updatePlan(db, id, withIds(draft), now())) throw notFound('plan', id);
      })();
      return get(id);
    },
    /** Sessions already started keep their own copy of the plan. */
    delete(id: string): { deleted: boolean } {
      if (!deletePlan(db, id)) throw notFound('plan', id);
      return { deleted: true };
    },
    /** Copies a template into a new plan of the member. */
    giveTemplate(templateId: string, memberId: string): Plan {
      const template = getPlan(db, templateId);
      if (!template) throw notFound('plan', templateId, 'templateId');
      if (template.memberId !== null) {
        throw invalidField('templateId', 'not-a-template', 'this is a member’s plan, not a template');
      }
      const { name, note, items } = template;
      return create(memberId, {
        name,
        note,
        items: items.map(({ id: _id, ...item }) => item),
      });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
