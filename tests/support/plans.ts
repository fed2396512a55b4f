import type { MemberDraft, PlanDraft, PlanItemDraft } from '@shared/domain';

/** A member as a trainer would type them. */
export const MEMBER_DRAFT: MemberDraft = {
  displayName: 'Sam Kowalski',
  memberNumber: '4711',
  notes: 'No overhead pressing.',
  unit: 'kg',
};

export function planItem(exerciseId: string, overrides: Partial<PlanItemDraft> = {}): PlanItemDraft {
  return {
    exerciseId,
    sets: 3,
    warmUpSets: 0,
    reps: 10,
    seconds: null,
    loadKg: 40,
    restSeconds: 90,
    note: '',
    ...overrides,
  };
}

/** Three mid-back exercises: a warm-up and three working sets of rows, then face pulls and reverse flies. */
export const PLAN_DRAFT: PlanDraft = {
  name: 'Back day',
  note: 'Slow on the way down.',
  items: [
    planItem('seated-cable-row', { warmUpSets: 1, loadKg: 40 }),
    planItem('face-pull', { reps: 15, loadKg: 15, restSeconds: 60 }),
    planItem('reverse-fly', { reps: 12, loadKg: 6, restSeconds: 60 }),
  ],
};
