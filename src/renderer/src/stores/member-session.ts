import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { MethodInput } from '@shared/contract';
import { ok, type Result } from '@shared/contract/result';
import type {
  MemberHome,
  PlanSummary,
  SessionSummary,
  SessionView,
  SetChange,
  SignedInMember,
  SwapCandidate,
} from '@shared/domain';
import { useApi } from '../api';
import { useMemberProgressStore } from './member-progress';

/** A session with a change to its log applied: the replaced set gone, the new one in its place. */
export function withChange(session: SessionView, change: SetChange): SessionView {
  return {
    ...session,
    next: change.next,
    items: session.items.map((item) => {
      const touched = item.logged.some((set) => set.id === change.replaces) || change.set?.itemId === item.id;
      if (!touched) return item;
      const kept = item.logged.filter((set) => set.id !== change.replaces);
      const logged = change.set ? [...kept, change.set] : kept;
      logged.sort((a, b) => Number(b.warmUp) - Number(a.warmUp) || a.setNumber - b.setNumber);
      return { ...item, logged, skipped: change.set ? false : item.skipped };
    }),
  };
}

/**
 * The member signed in on this screen and the session they follow. It holds only what that member may
 * see (their label, never their full name); `clear` drops all of it, their history included, when they
 * sign out or the screen is left alone, so that the next member sees nothing of theirs.
 */
export const useMemberSessionStore = defineStore('member-session', () => {
  const api = useApi();
  const member = shallowRef<SignedInMember | null>(null);
  const plans = shallowRef<PlanSummary[]>([]);
  const session = shallowRef<SessionView | null>(null);
  const summary = shallowRef<SessionSummary | null>(null);

  function clear(): void {
    member.value = null;
    plans.value = [];
    session.value = null;
    summary.value = null;
    useMemberProgressStore().clear();
  }

  function showHome(home: MemberHome): void {
    if (member.value?.id !== home.member.id) useMemberProgressStore().clear();
    member.value = home.member;
    plans.value = home.plans;
    session.value = home.openSession;
    summary.value = null;
  }

  /** Who is signed in on this screen, after a reload. */
  async function restore(): Promise<Result<{ member: SignedInMember | null }>> {
    if (member.value) return ok({ member: member.value });
    const result = await api['sessions:current']({});
    if (result.ok && result.value.member === null) clear();
    else if (result.ok) member.value = result.value.member;
    return result;
  }

  async function signIn(memberNumber: string): Promise<Result<MemberHome>> {
    const result = await api['sessions:sign-in']({ memberNumber });
    if (result.ok) showHome(result.value);
    return result;
  }

  /** "Start for Sam K.": the trainer gives this screen to the plan's member, with the plan started. */
  async function handOver(planId: string): Promise<Result<MemberHome>> {
    const result = await api['sessions:hand-over']({ planId });
    if (result.ok) showHome(result.value);
    return result;
  }

  async function loadHome(): Promise<Result<MemberHome>> {
    const result = await api['sessions:home']({});
    if (result.ok) showHome(result.value);
    return result;
  }

  async function start(planId: string): Promise<Result<SessionView>> {
    const result = await api['sessions:start']({ planId });
    if (result.ok) session.value = result.value;
    return result;
  }

  async function open(sessionId: string): Promise<Result<SessionView>> {
    const result = await api['sessions:view']({ sessionId });
    if (result.ok) session.value = result.value;
    return result;
  }

  function applied(result: Result<SetChange>): Result<SetChange> {
    if (result.ok && session.value) session.value = withChange(session.value, result.value);
    return result;
  }

  /** "Done": the set counts as logged only once the store has committed it and answered. */
  async function logSet(input: MethodInput<'sessions:log-set'>): Promise<Result<SetChange>> {
    return applied(await api['sessions:log-set'](input));
  }

  async function correctSet(input: MethodInput<'sessions:correct-set'>): Promise<Result<SetChange>> {
    return applied(await api['sessions:correct-set'](input));
  }

  async function deleteSet(input: MethodInput<'sessions:delete-set'>): Promise<Result<SetChange>> {
    return applied(await api['sessions:delete-set'](input));
  }

  async function skip(sessionId: string, itemId: string, skipped: boolean): Promise<Result<SessionView>> {
    const result = await api['sessions:skip']({ sessionId, itemId, skipped });
    if (result.ok) session.value = result.value;
    return result;
  }

  function swapCandidates(sessionId: string, itemId: string): Promise<Result<SwapCandidate[]>> {
    return api['sessions:swap-candidates']({ sessionId, itemId });
  }

  async function swap(sessionId: string, itemId: string, exerciseId: string): Promise<Result<SessionView>> {
    const result = await api['sessions:swap']({ sessionId, itemId, exerciseId });
    if (result.ok) session.value = result.value;
    return result;
  }

  async function finish(sessionId: string): Promise<Result<SessionSummary>> {
    const result = await api['sessions:finish']({ sessionId });
    if (result.ok) {
      summary.value = result.value;
      session.value = null;
    }
    return result;
  }

  async function loadSummary(sessionId: string): Promise<Result<SessionSummary>> {
    if (summary.value?.sessionId === sessionId) return ok(summary.value);
    const result = await api['sessions:summary']({ sessionId });
    if (result.ok) summary.value = result.value;
    return result;
  }

  /** Signs the member out of this screen (their session stays open) and forgets everything of theirs. */
  async function signOut(): Promise<Result<{ signedOut: boolean }>> {
    clear();
    return api['sessions:sign-out']({});
  }

  return {
    member,
    plans,
    session,
    summary,
    clear,
    restore,
    signIn,
    handOver,
    loadHome,
    start,
    open,
    logSet,
    correctSet,
    deleteSet,
    skip,
    swapCandidates,
    swap,
    finish,
    loadSummary,
    signOut,
  };
});
