import type { MemberDraft, PlanDraft, PlanItemDraft, SessionView } from '@shared/domain';
import type { Services } from '../../src/services';

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

/** What `fn` threw (failing the test when it threw nothing), to match its code, field and reason. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure, but the call succeeded');
}

/** What `sessions:log-set` takes, for one set of a started session. */
export interface SetPayload {
  sessionId: string;
  itemId: string;
  exerciseId: string;
  warmUp: boolean;
  setNumber: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  clientKey: string;
}

/**
 * Gives the member a plan (PLAN_DRAFT unless another is given), has a trainer hand it to `screenId` and
 * answers the session with a maker of sets for the item at `itemIndex` that `sessions:log-set` accepts.
 */
export function startSession(
  services: Services,
  memberId: string,
  screenId: string,
  options: { draft?: PlanDraft; itemIndex?: number } = {},
): { view: SessionView; set: (overrides?: Partial<SetPayload>) => SetPayload } {
  const plan = services.plans.create(memberId, options.draft ?? PLAN_DRAFT);
  const view = services.sessions.handOver(screenId, plan.id).openSession;
  const item = view?.items[options.itemIndex ?? 1] ?? view?.items[0];
  if (!view || !item) throw new Error('The plan did not start.');
  return {
    view,
    set: (overrides = {}) => ({
      sessionId: view.id,
      itemId: item.id,
      exerciseId: item.exerciseId,
      warmUp: false,
      setNumber: 1,
      reps: item.reps,
      seconds: item.seconds,
      loadKg: item.loadKg,
      clientKey: 'set-key-0001',
      ...overrides,
    }),
  };
}
