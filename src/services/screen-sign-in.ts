/** A sign-in lapses after this long without a call from its member (a screen left without idle return). */
export const SIGN_IN_LAPSE_MS = 30 * 60 * 1000;

/** Wrong member numbers a screen may try before it must wait. */
export const FREE_NUMBER_TRIES = 5;
/** The first wait after the free tries; each further wrong number doubles it, up to the longest. */
export const FIRST_WAIT_MS = 30 * 1000;
export const LONGEST_WAIT_MS = 15 * 60 * 1000;
/** A screen's count of wrong numbers starts again after this long without one. */
export const TRIES_FORGOTTEN_AFTER_MS = 60 * 60 * 1000;

/** Past this many screens with wrong numbers, those whose count is forgotten are cleared out. */
const MAX_SCREENS_TRACKED = 1000;

interface SignIn {
  memberId: string;
  lastSeenAt: number;
}

interface Tries {
  wrong: number;
  lastWrongAt: number;
  waitUntil: number;
}

/**
 * Which member is signed in on which screen, and how many wrong member numbers each screen has typed.
 * Kept in memory: a restart signs everyone out (their sessions stay open in the store). A right number
 * does not forgive wrong ones, so knowing one's own number does not buy more guesses.
 */
export function createScreenSignIns(now: () => number) {
  const signIns = new Map<string, SignIn>();
  const tries = new Map<string, Tries>();

  function currentTries(screenId: string): Tries | null {
    const held = tries.get(screenId);
    if (held && now() - held.lastWrongAt >= TRIES_FORGOTTEN_AFTER_MS) {
      tries.delete(screenId);
      return null;
    }
    return held ?? null;
  }

  return {
    /** The member signed in on the screen, unless they signed out or their sign-in lapsed. */
    memberOn(screenId: string): string | null {
      const signIn = signIns.get(screenId);
      if (!signIn) return null;
      if (now() - signIn.lastSeenAt >= SIGN_IN_LAPSE_MS) {
        signIns.delete(screenId);
        return null;
      }
      return signIn.memberId;
    },
    /** Notes a call from the member signed in on the screen, which keeps the sign-in from lapsing. */
    touch(screenId: string): void {
      const signIn = signIns.get(screenId);
      if (signIn) signIn.lastSeenAt = now();
    },
    signIn(screenId: string, memberId: string): void {
      signIns.set(screenId, { memberId, lastSeenAt: now() });
    },
    signOut(screenId: string): boolean {
      return signIns.delete(screenId);
    },
    /** Signs the member out wherever they are signed in (when a trainer deletes them). */
    forget(memberId: string): void {
      for (const [screenId, signIn] of signIns) if (signIn.memberId === memberId) signIns.delete(screenId);
    },
    /** Milliseconds the screen must still wait before it may try another number; 0 when it may. */
    waitBeforeTry(screenId: string): number {
      return Math.max(0, (currentTries(screenId)?.waitUntil ?? 0) - now());
    },
    wrongNumber(screenId: string): void {
      const wrong = (currentTries(screenId)?.wrong ?? 0) + 1;
      const over = wrong - FREE_NUMBER_TRIES;
      const wait = over >= 0 ? Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** over) : 0;
      tries.set(screenId, { wrong, lastWrongAt: now(), waitUntil: now() + wait });
      if (tries.size > MAX_SCREENS_TRACKED) {
        for (const [id, held] of tries) {
          if (now() - held.lastWrongAt >= TRIES_FORGOTTEN_AFTER_MS) tries.delete(id);
        }
      }
    },
  };
}

export type ScreenSignIns = ReturnType<typeof createScreenSignIns>;
