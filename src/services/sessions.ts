import {
  memberLabel,
  type HistoryPage,
  type LoggedSet,
  type Member,
  type MemberHome,
  type Plan,
  type ProgressSeries,
  type SessionItem,
  type SessionStep,
  type SessionSummary,
  type SessionView,
  type SetChange,
  type SignedInMember,
  type SwapCandidate,
} from '@shared/domain';
import type { ParsedInput } from '@shared/contract';
import { exerciseExists } from '../store/repositories/exercises';
import { equipmentOf, exerciseTraits, exercisesWorking } from '../store/repositories/exercise-traits';
import { getMember, memberIdForNumber } from '../store/repositories/members';
import { getPlan, listPlans } from '../store/repositories/plans';
import {
  appendSet,
  finishSession,
  getSession,
  getSessionItem,
  getSet,
  insertSession,
  lastTimeSets,
  liveSetsOfItem,
  liveSetsOfSessions,
  liveSlotsOfSession,
  openSessionOf,
  sessionItems,
  sessionsOf,
  setByClientKey,
  setItemExercise,
  setItemSkippedAt,
  workingSetsOfExercise,
  type SessionItemRecord,
  type SessionRecord,
  type SetRecord,
} from '../store/repositories/sessions';
import type { ServiceContext } from './context';
import { DomainError, invalidField, notFound } from './errors';
import { exerciseRecords, progressPoints, sessionRecords, sessionTotals } from './records';
import { createScreenSignIns } from './screen-sign-in';
import { SWAP_CANDIDATES, rankSwapCandidates } from './swap-candidates';

const HISTORY_PAGE_SIZE = 20;

/** The first set still to do: warm-ups before working sets, items in order, skipped items passed over. */
export function nextStep(
  items: readonly Pick<SessionItemRecord, 'id' | 'skipped' | 'sets' | 'warmUpSets'>[],
  sets: readonly Pick<LoggedSet, 'itemId' | 'warmUp' | 'setNumber'>[],
): SessionStep | null {
  for (const item of items) {
    if (item.skipped) continue;
    const done = new Set(
      sets.filter((set) => set.itemId === item.id).map((set) => `${set.warmUp}:${set.setNumber}`),
    );
    for (let setNumber = 1; setNumber <= item.warmUpSets; setNumber += 1) {
      if (!done.has(`true:${setNumber}`)) return { itemId: item.id, warmUp: true, setNumber };
    }
    for (let setNumber = 1; setNumber <= item.sets; setNumber += 1) {
      if (!done.has(`false:${setNumber}`)) return { itemId: item.id, warmUp: false, setNumber };
    }
  }
  return null;
}

function plainSet(set: SetRecord): LoggedSet {
  return {
    id: set.id,
    sessionId: set.sessionId,
    itemId: set.itemId,
    exerciseId: set.exerciseId,
    warmUp: set.warmUp,
    setNumber: set.setNumber,
    reps: set.reps,
    seconds: set.seconds,
    loadKg: set.loadKg,
    loggedAt: set.loggedAt,
  };
}

/** Where a set sits in its session: what a correction or deletion of it keeps. */
function slotOf(
  set: SetRecord,
): Pick<SetRecord, 'memberId' | 'itemId' | 'exerciseId' | 'warmUp' | 'setNumber'> {
  return {
    memberId: set.memberId,
    itemId: set.itemId,
    exerciseId: set.exerciseId,
    warmUp: set.warmUp,
    setNumber: set.setNumber,
  };
}

/**
 * Members following their sessions on a screen: signing in (by number, or handed over by a trainer), the
 * session's steps, the log of sets (append-only: a correction or deletion is a new row), swaps and skips,
 * the summary with its records, history and progress. Every call after signing in acts for the member
 * signed in on the calling screen, and reaches only that member's sessions.
 */
export function createSessionService({ db, now, newId }: ServiceContext) {
  const screens = createScreenSignIns(now);

  /** The member signed in on the screen (the router asks this before any `member` call). */
  function signedInMember(screenId: string): string | null {
    const memberId = screens.memberOn(screenId);
    if (memberId === null) return null;
    if (getMember(db, memberId) === null) {
      screens.signOut(screenId);
      return null;
    }
    return memberId;
  }

  function requireMember(screenId: string): Member {
    const memberId = screens.memberOn(screenId);
    const member = memberId === null ? null : getMember(db, memberId);
    if (!member) {
      screens.signOut(screenId);
      throw new DomainError('forbidden', 'No member is signed in on this screen.', {
        reason: 'not-signed-in',
      });
    }
    screens.touch(screenId);
    return member;
  }

  function shownAs(member: Member): SignedInMember {
    return { id: member.id, label: memberLabel(member.displayName), unit: member.unit };
  }

  /** The member's own session; another member's is as unknown as one that does not exist. */
  function ownSession(member: Member, sessionId: string): SessionRecord {
    const session = getSession(db, sessionId);
    if (!session || session.memberId !== member.id) throw notFound('session', sessionId, 'sessionId');
    return session;
  }

  function ensureOpen(session: SessionRecord): void {
    if (session.finishedAt !== null) {
      throw new DomainError('conflict', 'This session is already finished.', {
        field: 'sessionId',
        reason: 'session-finished',
      });
    }
  }

  function itemOf(session: SessionRecord, itemId: string): SessionItemRecord {
    const item = getSessionItem(db, itemId);
    if (!item || item.sessionId !== session.id) {
      throw invalidField('itemId', 'not-in-session', `"${itemId}" is not an exercise of this session`, {
        value: itemId,
      });
    }
    return item;
  }

  function nextOf(session: SessionRecord): SessionStep | null {
    return nextStep(sessionItems(db, session.id), liveSlotsOfSession(db, session.id));
  }

  function view(session: SessionRecord): SessionView {
    const items = sessionItems(db, session.id);
    const sets = liveSetsOfSessions(db, [session.id]);
    const lastTimes = new Map<string, LoggedSet[]>();
    for (const { exerciseId } of items) {
      if (!lastTimes.has(exerciseId)) {
        lastTimes.set(
          exerciseId,
          lastTimeSets(db, session.memberId, exerciseId, session.id, session.startedAt),
        );
      }
    }
    return {
      id: session.id,
      planId: session.planId,
      planName: session.planName,
      startedAt: session.startedAt,
      finishedAt: session.finishedAt,
      items: items.map(({ sessionId: _sessionId, ...item }): SessionItem => ({
        ...item,
        logged: sets.filter((set) => set.itemId === item.id),
        lastTime: lastTimes.get(item.exerciseId) ?? [],
      })),
      next: nextStep(items, sets),
    };
  }

  function home(member: Member): MemberHome {
    const open = openSessionOf(db, member.id);
    return {
      member: shownAs(member),
      plans: listPlans(db, member.id),
      openSession: open ? view(open) : null,
    };
  }

  /** Starts the plan for its member, or answers the session of it they left open. */
  function startPlan(memberId: string, plan: Plan): SessionRecord {
    return db.transaction((): SessionRecord => {
      const open = openSessionOf(db, memberId);
      if (open) {
        if (open.planId === plan.id) return open;
        throw new DomainError('conflict', 'Another session of this member is not finished yet.', {
          field: 'planId',
          reason: 'session-open',
        });
      }
      const session = { id: newId(), memberId, planId: plan.id, planName: plan.name, startedAt: now() };
      insertSession(
        db,
        session,
        plan.items.map((item) => ({ ...item, id: newId(), planItemId: item.id })),
      );
      return { ...session, finishedAt: null };
    })();
  }

  /**
   * What the store holds under a client key that was used before: the same change retried is answered
   * as it was; a key reused for anything else is refused.
   */
  function replay(
    member: Member,
    clientKey: string,
    change: { supersedes: string | null; itemId?: string },
  ): SetChange | null {
    const held = setByClientKey(db, clientKey);
    if (!held) return null;
    const same =
      held.memberId === member.id &&
      held.supersedes === change.supersedes &&
      (change.itemId === undefined || held.itemId === change.itemId);
    if (!same) {
      throw new DomainError('conflict', 'clientKey: this key was already used for another change.', {
        field: 'clientKey',
        reason: 'already-used',
        params: { value: clientKey },
      });
    }
    const session = getSession(db, held.sessionId);
    return {
      set: held.deleted ? null : plainSet(held),
      replaces: held.supersedes,
      next: session ? nextOf(session) : null,
    };
  }

  /** A live set of this session that a correction or deletion may replace. */
  function replaceableSet(session: SessionRecord, setId: string): SetRecord {
    const set = getSet(db, setId);
    if (!set || set.deleted || set.sessionId !== session.id) throw notFound('set', setId, 'setId');
    if (!set.live) {
      throw new DomainError('conflict', 'setId: this set was changed in the meantime.', {
        field: 'setId',
        reason: 'set-replaced',
      });
    }
    return set;
  }

  function summaryOf(session: SessionRecord & { finishedAt: number }): SessionSummary {
    const sets = liveSetsOfSessions(db, [session.id]);
    const working = sets.filter((set) => !set.warmUp);
    const earlier = new Map<string, LoggedSet[]>();
    for (const exerciseId of new Set(working.map((set) => set.exerciseId))) {
      earlier.set(
        exerciseId,
        workingSetsOfExercise(db, session.memberId, exerciseId).filter(
          (set) => set.sessionId !== session.id && set.sessionStartedAt <= session.startedAt,
        ),
      );
    }
    return {
      sessionId: session.id,
      planName: session.planName,
      startedAt: session.startedAt,
      finishedAt: session.finishedAt,
      durationSeconds: Math.round((session.finishedAt - session.startedAt) / 1000),
      ...sessionTotals(sets),
      records: sessionRecords(working, earlier),
    };
  }

  function history(
    memberId: string,
    page: { limit?: number | undefined; before?: number | undefined },
  ): HistoryPage {
    const limit = page.limit ?? HISTORY_PAGE_SIZE;
    const found = sessionsOf(db, memberId, page.before ?? Number.MAX_SAFE_INTEGER, limit + 1);
    const sessions = found.slice(0, limit);
    const sets = liveSetsOfSessions(
      db,
      sessions.map((session) => session.id),
    );
    const last = sessions[sessions.length - 1];
    return {
      sessions: sessions.map((session) => ({
        id: session.id,
        planName: session.planName,
        startedAt: session.startedAt,
        finishedAt: session.finishedAt,
        sets: sets.filter((set) => set.sessionId === session.id),
      })),
      nextBefore: found.length > limit && last ? last.startedAt : null,
    };
  }

  function progress(memberId: string, exerciseId: string): ProgressSeries {
    if (!exerciseExists(db, exerciseId)) throw notFound('exercise', exerciseId, 'exerciseId');
    const sets = workingSetsOfExercise(db, memberId, exerciseId);
    return { exerciseId, points: progressPoints(sets), records: exerciseRecords(sets) };
  }

  return {
    signedInMember,
    /** Signs in the member with this number; wrong numbers make the screen wait, longer each time. */
    signIn(screenId: string, memberNumber: string): MemberHome {
      const wait = screens.waitBeforeTry(screenId);
      if (wait > 0) {
        throw new DomainError('forbidden', 'Too many wrong member numbers on this screen; wait a little.', {
          field: 'memberNumber',
          reason: 'too-many-attempts',
          params: { retryAfterSeconds: Math.ceil(wait / 1000) },
        });
      }
      const memberId = memberIdForNumber(db, memberNumber);
      const member = memberId === null ? null : getMember(db, memberId);
      if (!member) {
        screens.wrongNumber(screenId);
        throw new DomainError('not-found', 'memberNumber: no member has this number.', {
          field: 'memberNumber',
          reason: 'unknown-member-number',
        });
      }
      screens.signIn(screenId, member.id);
      return home(member);
    },
    current(screenId: string): { member: SignedInMember | null } {
      const memberId = signedInMember(screenId);
      const member = memberId === null ? null : getMember(db, memberId);
      return { member: member ? shownAs(member) : null };
    },
    signOut(screenId: string): { signedOut: boolean } {
      return { signedOut: screens.signOut(screenId) };
    },
    /**
     * A trainer hands a plan to the screen: its member is signed in there and the plan starts (or resumes).
     * When another session of theirs is still open, that one is offered instead (`openSession`).
     */
    handOver(screenId: string, planId: string): MemberHome {
      const plan = getPlan(db, planId);
      if (!plan) throw notFound('plan', planId, 'planId');
      const member = plan.memberId === null ? null : getMember(db, plan.memberId);
      if (!member)
        throw invalidField('planId', 'is-a-template', 'a template is given to a member before it starts');
      const open = openSessionOf(db, member.id);
      if (!open) startPlan(member.id, plan);
      screens.signIn(screenId, member.id);
      return home(member);
    },
    home(screenId: string): MemberHome {
      return home(requireMember(screenId));
    },
    start(screenId: string, planId: string): SessionView {
      const member = requireMember(screenId);
      const plan = getPlan(db, planId);
      if (!plan || plan.memberId !== member.id) throw notFound('plan', planId, 'planId');
      return view(startPlan(member.id, plan));
    },
    view(screenId: string, sessionId: string): SessionView {
      return view(ownSession(requireMember(screenId), sessionId));
    },
    /** "Done": the set is committed (synchronous=FULL) before this returns, or nothing is written. */
    logSet(screenId: string, input: ParsedInput<'sessions:log-set'>): SetChange {
      const member = requireMember(screenId);
      return db.transaction((): SetChange => {
        const session = ownSession(member, input.sessionId);
        const retried = replay(member, input.clientKey, { supersedes: null, itemId: input.itemId });
        if (retried) return retried;
        ensureOpen(session);
        const item = itemOf(session, input.itemId);
        if (input.exerciseId !== item.exerciseId) {
          throw invalidField(
            'exerciseId',
            'not-in-session',
            `"${input.exerciseId}" is not done in this item today`,
            {
              value: input.exerciseId,
            },
          );
        }
        const taken = liveSetsOfItem(db, item.id).some(
          (set) => set.warmUp === input.warmUp && set.setNumber === input.setNumber,
        );
        if (taken) {
          throw new DomainError('conflict', 'setNumber: this set is already logged.', {
            field: 'setNumber',
            reason: 'already-logged',
          });
        }
        if (item.skipped) setItemSkippedAt(db, item.id, null);
        const set = appendSet(db, {
          id: newId(),
          memberId: member.id,
          itemId: item.id,
          exerciseId: item.exerciseId,
          warmUp: input.warmUp,
          setNumber: input.setNumber,
          reps: input.reps,
          seconds: input.seconds,
          loadKg: input.loadKg,
          supersedes: null,
          deleted: false,
          clientKey: input.clientKey,
          loggedAt: now(),
        });
        return { set: plainSet(set), replaces: null, next: nextOf(session) };
      })();
    },
    /** Replaces a logged set's reps, seconds or load by a new row; the old one stays in the log. */
    correctSet(screenId: string, input: ParsedInput<'sessions:correct-set'>): SetChange {
      const member = requireMember(screenId);
      return db.transaction((): SetChange => {
        const session = ownSession(member, input.sessionId);
        const retried = replay(member, input.clientKey, { supersedes: input.setId });
        if (retried) return retried;
        ensureOpen(session);
        const old = replaceableSet(session, input.setId);
        const set = appendSet(db, {
          ...slotOf(old),
          id: newId(),
          reps: input.reps,
          seconds: input.seconds,
          loadKg: input.loadKg,
          supersedes: old.id,
          deleted: false,
          clientKey: input.clientKey,
          loggedAt: now(),
        });
        return { set: plainSet(set), replaces: old.id, next: nextOf(session) };
      })();
    },
    /** Takes a set out of the session by a row that marks it deleted. */
    deleteSet(screenId: string, input: ParsedInput<'sessions:delete-set'>): SetChange {
      const member = requireMember(screenId);
      return db.transaction((): SetChange => {
        const session = ownSession(member, input.sessionId);
        const retried = replay(member, input.clientKey, { supersedes: input.setId });
        if (retried) return retried;
        ensureOpen(session);
        const old = replaceableSet(session, input.setId);
        appendSet(db, {
          ...slotOf(old),
          id: newId(),
          reps: null,
          seconds: null,
          loadKg: null,
          supersedes: old.id,
          deleted: true,
          clientKey: input.clientKey,
          loggedAt: now(),
        });
        return { set: null, replaces: old.id, next: nextOf(session) };
      })();
    },
    skip(screenId: string, input: ParsedInput<'sessions:skip'>): SessionView {
      const member = requireMember(screenId);
      const session = ownSession(member, input.sessionId);
      ensureOpen(session);
      const item = itemOf(session, input.itemId);
      setItemSkippedAt(db, item.id, input.skipped ? now() : null);
      return view(session);
    },
    swapCandidates(screenId: string, input: ParsedInput<'sessions:swap-candidates'>): SwapCandidate[] {
      const member = requireMember(screenId);
      const session = ownSession(member, input.sessionId);
      ensureOpen(session);
      const item = itemOf(session, input.itemId);
      const busy = exerciseTraits(db, item.exerciseId);
      if (!busy) return [];
      const working = exercisesWorking(db, [...busy.muscles.keys()]);
      const ids = [...new Set(working.map((row) => row.exerciseId))];
      return rankSwapCandidates(busy, working, equipmentOf(db, ids), new Set([item.exerciseId])).slice(
        0,
        SWAP_CANDIDATES,
      );
    },
    /** Does another exercise for this item today; its sets are logged under it. The plan is unchanged. */
    swap(screenId: string, input: ParsedInput<'sessions:swap'>): SessionView {
      const member = requireMember(screenId);
      const session = ownSession(member, input.sessionId);
      ensureOpen(session);
      const item = itemOf(session, input.itemId);
      const exercise = exerciseTraits(db, input.exerciseId);
      if (!exercise || exercise.archived) {
        throw invalidField(
          'exerciseId',
          'unknown-reference',
          `there is no exercise "${input.exerciseId}" in use`,
          {
            value: input.exerciseId,
          },
        );
      }
      setItemExercise(db, item.id, exercise.id);
      return view(session);
    },
    /** Closes the session (a second call changes nothing) and sums it up. */
    finish(screenId: string, sessionId: string): SessionSummary {
      const member = requireMember(screenId);
      const session = ownSession(member, sessionId);
      const finishedAt = session.finishedAt ?? now();
      if (session.finishedAt === null) finishSession(db, session.id, finishedAt);
      return summaryOf({ ...session, finishedAt });
    },
    summary(screenId: string, sessionId: string): SessionSummary {
      const session = ownSession(requireMember(screenId), sessionId);
      if (session.finishedAt === null) {
        throw new DomainError('conflict', 'This session is not finished yet.', {
          field: 'sessionId',
          reason: 'session-open',
        });
      }
      return summaryOf({ ...session, finishedAt: session.finishedAt });
    },
    ownHistory(screenId: string, page: ParsedInput<'sessions:history'>): HistoryPage {
      return history(requireMember(screenId).id, page);
    },
    ownProgress(screenId: string, exerciseId: string): ProgressSeries {
      return progress(requireMember(screenId).id, exerciseId);
    },
    /** A member's history for trainer mode. */
    history(
      memberId: string,
      page: { limit?: number | undefined; before?: number | undefined },
    ): HistoryPage {
      if (!getMember(db, memberId)) throw notFound('member', memberId, 'memberId');
      return history(memberId, page);
    },
    progress(memberId: string, exerciseId: string): ProgressSeries {
      if (!getMember(db, memberId)) throw notFound('member', memberId, 'memberId');
      return progress(memberId, exerciseId);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
