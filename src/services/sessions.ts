import type { LoggedSet } from '@shared/domain';
import type { ParsedInput } from '@shared/contract';
import { exerciseExists } from '../store/repositories/exercises';
import { getMember } from '../store/repositories/members';
import { insertLoggedSet, planItemExists } from '../store/repositories/sessions';
import type { ServiceContext } from './context';
import { notFound } from './errors';

export function createSessionService({ db, now, newId }: ServiceContext) {
  return {
    /** Commits the set before returning, so the screen only ever shows a set the store holds. */
    logSet(input: ParsedInput<'sessions:log-set'>): LoggedSet {
      return db.transaction(() => {
        if (!getMember(db, input.memberId)) throw notFound('member', input.memberId);
        if (!exerciseExists(db, input.exerciseId)) throw notFound('exercise', input.exerciseId);
        if (input.planItemId != null && !planItemExists(db, input.planItemId)) {
          throw notFound('plan item', input.planItemId);
        }
        return insertLoggedSet(db, {
          id: newId(),
          memberId: input.memberId,
          exerciseId: input.exerciseId,
          planItemId: input.planItemId ?? null,
          setNumber: input.setNumber,
          reps: input.reps ?? null,
          seconds: input.seconds ?? null,
          loadKg: input.loadKg ?? null,
          loggedAt: now(),
          clientKey: input.clientKey,
        });
      })();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
