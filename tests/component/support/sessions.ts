import { expect, vi } from 'vitest';
import type { Router } from 'vue-router';
import type { GymdeckApi } from '@shared/contract/api';
import { fail, ok } from '@shared/contract/result';
import type {
  ActiveRun,
  Exercise,
  LoggedSet,
  SessionItem,
  SessionStep,
  SessionView,
  SignedInMember,
} from '@shared/domain';
import { VOCABULARY, createFakeApi, exercise } from './fake-api';

export const START = Date.UTC(2026, 0, 5, 9, 0, 0);

export const SAM: SignedInMember = { id: 'member-1', label: 'Sam K.', unit: 'kg' };

/** The library the session screens read names, muscles and equipment from. */
export const EXERCISES: readonly Exercise[] = [
  exercise({ id: 'bent-over-row', name: 'Bent-over row', equipment: ['barbell'] }),
  exercise({ id: 'seated-cable-row', name: 'Seated cable row', equipment: ['cable'] }),
  exercise({ id: 'face-pull', name: 'Face pull', equipment: ['cable'] }),
  exercise({ id: 't-bar-row', name: 'T-bar row', equipment: ['landmine'] }),
];

export function sessionItem(overrides: Partial<SessionItem> = {}): SessionItem {
  const exerciseId = overrides.exerciseId ?? 'bent-over-row';
  return {
    id: `item-${exerciseId}`,
    position: 0,
    plannedExerciseId: exerciseId,
    exerciseId,
    skipped: false,
    sets: 2,
    warmUpSets: 0,
    reps: 10,
    seconds: null,
    loadKg: 40,
    restSeconds: 90,
    note: '',
    logged: [],
    lastTime: [],
    ...overrides,
  };
}

export function loggedSet(overrides: Partial<LoggedSet> = {}): LoggedSet {
  return {
    id: `set-${overrides.setNumber ?? 1}`,
    sessionId: 'session-1',
    itemId: 'item-bent-over-row',
    exerciseId: 'bent-over-row',
    warmUp: false,
    setNumber: 1,
    reps: 10,
    seconds: null,
    loadKg: 40,
    loggedAt: START,
    ...overrides,
  };
}

/** An open session of `items`, the next set being the first working set of the first item not done. */
export function sessionView(items: SessionItem[], next?: SessionStep | null): SessionView {
  const first = items.find((item) => !item.skipped && item.logged.length < item.sets + item.warmUpSets);
  return {
    id: 'session-1',
    planId: 'plan-1',
    planName: 'Back basics',
    startedAt: START,
    finishedAt: null,
    items,
    next:
      next !== undefined
        ? next
        : first
          ? { itemId: first.id, warmUp: false, setNumber: first.logged.length + 1 }
          : null,
  };
}

/**
 * A fake API for a member's screens: `member` signed in on this screen, `session` open, the library of
 * EXERCISES, and a stored rest (`run`) if any; `methods` adds or replaces answers.
 */
export function memberApi(
  options: {
    member?: SignedInMember;
    session?: SessionView;
    run?: ActiveRun | null;
    methods?: Partial<GymdeckApi>;
  } = {},
) {
  const { member = SAM, session, run = null, methods = {} } = options;
  const savedRuns: ActiveRun[] = [];
  const api = createFakeApi({
    'sessions:current': () => Promise.resolve(ok({ member })),
    'sessions:view': ({ sessionId }) =>
      Promise.resolve(
        session && session.id === sessionId ? ok(session) : fail('not-found', 'No such session here'),
      ),
    'sessions:sign-out': () => Promise.resolve(ok({ signedOut: true })),
    'library:vocabulary': () => Promise.resolve(ok(VOCABULARY)),
    'library:get': ({ id }) => {
      const found = EXERCISES.find((candidate) => candidate.id === id);
      return Promise.resolve(found ? ok(found) : fail('not-found', `No exercise ${id}`));
    },
    'timers:get-run': () => Promise.resolve(ok({ run })),
    'timers:save-run': (input) => {
      savedRuns.push(input.run as ActiveRun);
      return Promise.resolve(ok(input.run as ActiveRun));
    },
    'timers:clear-run': () => Promise.resolve(ok({ cleared: true })),
    ...methods,
  });
  return { api, savedRuns };
}

/** A promise the test settles when it chooses: a call the store has not answered yet. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * Waits until the app's router has arrived at `where` (a route name, or a full path): screens other than the
 * first are chunks of their own, read and compiled on first use, which a busy machine takes its time over.
 */
export async function arrivedAt(router: Router, where: string): Promise<void> {
  const here = (): string =>
    where.startsWith('/') ? router.currentRoute.value.fullPath : String(router.currentRoute.value.name);
  await vi.waitFor(() => expect(here()).toBe(where), { timeout: 15_000 });
}
