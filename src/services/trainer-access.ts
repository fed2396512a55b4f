import type { TrainerStatus } from '@shared/domain';
import {
  deleteAllLockouts,
  deleteLockout,
  deletePin,
  listPausedLockouts,
  readLockout,
  readPin,
  writeLockout,
  writePin,
  type PinLockout,
  type StoredPin,
} from '../store/repositories/trainer-access';
import type { Db } from '../store/database';
import type { ServiceContext } from './context';
import { DomainError, invalidField } from './errors';
import { PIN_HASHING, hashPin, isWeakerThan, pinMatches, type PinHash } from './pin-hash';

/** Wrong PINs allowed before a pause: on one screen, and on all screens together. */
export const FREE_TRIES = { screen: 5, all: 10 } as const;
export const FIRST_PAUSE_MS = 30_000;
export const LONGEST_PAUSE_MS = 15 * 60_000;
/** PIN checks waiting for their turn at most; more at once are refused (each one costs a hash). */
const MAX_WAITING_CHECKS = 4;
/** A pause's elapsed part is written down at most this often while screens ask about it. */
const PERSIST_EVERY_MS = 1000;

const ALL_SCREENS = 'all';
const screenScope = (screenId: string): string => `screen:${screenId}`;

/** The pause earned by `failures` wrong PINs in a row: none for the free tries, then 30 s doubling to 15 min. */
export function pauseAfter(failures: number, freeTries: number): number {
  if (failures < freeTries) return 0;
  return Math.min(FIRST_PAUSE_MS * 2 ** Math.min(failures - freeTries, 20), LONGEST_PAUSE_MS);
}

/** Same digit throughout, or a straight run up or down (123456, 987654): the first PINs anyone tries. */
export function isTooSimplePin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0)));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 0);
}

const NO_PIN_MESSAGE =
  'No trainer PIN is set yet: open trainer mode on a Gymdeck screen (the Trainer button) and choose one.';

const toHash = (pin: StoredPin): PinHash => ({
  hash: pin.hash,
  salt: pin.salt,
  cost: pin.cost,
  blockSize: pin.blockSize,
  parallelism: pin.parallelism,
});

/** Forgets the PIN and every lock-out, for the offline reset; the next trainer at a screen chooses a PIN. */
export function resetTrainerPin(db: Db): boolean {
  return db.transaction(() => {
    deleteAllLockouts(db);
    return deletePin(db);
  })();
}

/**
 * Trainer mode on each screen. The PIN is kept only as a scrypt hash and checked here, never in a screen.
 * A correct PIN unlocks the screen it was typed on until `idleMs()` passes without a trainer call, or the
 * screen locks itself; nothing of that is stored, so a restart locks every screen. Wrong PINs are counted
 * per screen and for all screens together, in the store: after the free tries each scope pauses, 30 s and
 * doubling up to 15 min. How much of a pause has passed is measured on the steady clock while Gymdeck
 * runs and written down as it goes, so neither a restart nor a clock set back shortens it.
 */
export function createTrainerAccessService(
  { db, now, steadyNow, pinHashing = PIN_HASHING }: ServiceContext,
  idleMs: () => number,
) {
  /** Screens a trainer unlocked: when the last trainer call came, and under which PIN. */
  const unlocked = new Map<string, { lastCallAt: number; pinSetAt: number }>();
  /** For each pause being measured: the steady time up to which its elapsed part is stored. */
  const measuredUpTo = new Map<string, number>();
  for (const lockout of listPausedLockouts(db)) measuredUpTo.set(lockout.scope, steadyNow());

  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  /** PIN checks one at a time: each holds 32 MiB, and counting wrong PINs must not race. */
  function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    if (waiting >= MAX_WAITING_CHECKS) {
      throw new DomainError('rate-limited', 'Too many PIN tries at once; try again in a moment.', {
        reason: 'busy',
      });
    }
    waiting++;
    const run = queue.then(work).finally(() => waiting--);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The scope's count with the pause's elapsed part brought up to now (and stored, now and then). */
  function lockoutNow(scope: string): PinLockout {
    const stored = readLockout(db, scope) ?? { scope, failures: 0, pauseMs: 0, elapsedMs: 0 };
    if (stored.elapsedMs >= stored.pauseMs) {
      measuredUpTo.delete(scope);
      return stored;
    }
    const at = steadyNow();
    const since = measuredUpTo.get(scope);
    if (since === undefined) {
      measuredUpTo.set(scope, at);
      return stored;
    }
    // Whole milliseconds are stored; a fraction left out only makes the pause a hair longer.
    const ran = Math.max(0, Math.floor(at - since));
    const current = { ...stored, elapsedMs: Math.min(stored.pauseMs, stored.elapsedMs + ran) };
    if (ran >= PERSIST_EVERY_MS || current.elapsedMs >= current.pauseMs) {
      writeLockout(db, current, now());
      measuredUpTo.set(scope, at);
    }
    return current;
  }

  const remainingMs = (lockout: PinLockout): number => Math.max(0, lockout.pauseMs - lockout.elapsedMs);

  function pinSetAt(): number | null {
    return readPin(db)?.setAt ?? null;
  }

  function isUnlocked(screenId: string): boolean {
    const entry = unlocked.get(screenId);
    if (!entry) return false;
    if (steadyNow() - entry.lastCallAt >= idleMs() || entry.pinSetAt !== pinSetAt()) {
      unlocked.delete(screenId);
      return false;
    }
    return true;
  }

  function status(screenId: string): TrainerStatus {
    const screen = lockoutNow(screenScope(screenId));
    const all = lockoutNow(ALL_SCREENS);
    const waitMs = Math.max(remainingMs(screen), remainingMs(all));
    const freeLeft = Math.min(FREE_TRIES.screen - screen.failures, FREE_TRIES.all - all.failures);
    return {
      pinSet: pinSetAt() !== null,
      unlocked: isUnlocked(screenId),
      lockedOutSeconds: Math.ceil(waitMs / 1000),
      // Past the free tries, each pause earns one more try.
      triesLeft: waitMs > 0 ? 0 : Math.max(1, freeLeft),
    };
  }

  function refuseWhilePaused(screenId: string): void {
    const seconds = status(screenId).lockedOutSeconds;
    if (seconds > 0) {
      throw new DomainError('rate-limited', `Too many wrong PINs: try again in ${seconds} s.`, {
        reason: 'locked-out',
        params: { seconds },
      });
    }
  }

  function countFailure(screenId: string): void {
    db.transaction(() => {
      for (const [scope, free] of [
        [screenScope(screenId), FREE_TRIES.screen],
        [ALL_SCREENS, FREE_TRIES.all],
      ] as const) {
        const failures = lockoutNow(scope).failures + 1;
        writeLockout(db, { scope, failures, pauseMs: pauseAfter(failures, free), elapsedMs: 0 }, now());
        measuredUpTo.set(scope, steadyNow());
      }
    })();
  }

  function forgetFailures(screenId: string): void {
    db.transaction(() => {
      deleteLockout(db, screenScope(screenId));
      deleteLockout(db, ALL_SCREENS);
    })();
    measuredUpTo.delete(screenScope(screenId));
    measuredUpTo.delete(ALL_SCREENS);
  }

  function unlock(screenId: string): void {
    const setAt = pinSetAt();
    if (setAt !== null) unlocked.set(screenId, { lastCallAt: steadyNow(), pinSetAt: setAt });
  }

  function checkNewPin(pin: string, field: string): void {
    if (isTooSimplePin(pin)) {
      throw invalidField(
        field,
        'pin-too-simple',
        'a PIN of one digit repeated or a straight run is guessed first.',
      );
    }
  }

  /** Counts a wrong PIN against the screen and all screens, or forgets the count when it is right. */
  async function verify(screenId: string, pin: string): Promise<StoredPin> {
    const stored = readPin(db);
    if (!stored) throw new DomainError('forbidden', NO_PIN_MESSAGE, { reason: 'pin-not-set' });
    refuseWhilePaused(screenId);
    const matches = /^[0-9]+$/.test(pin) && (await pinMatches(pin, toHash(stored)));
    if (!matches) {
      countFailure(screenId);
      const after = status(screenId);
      throw new DomainError('forbidden', 'That PIN is not right.', {
        field: 'pin',
        reason: 'pin-wrong',
        params: { triesLeft: after.triesLeft, seconds: after.lockedOutSeconds },
      });
    }
    forgetFailures(screenId);
    return stored;
  }

  async function storePin(pin: string, options: { onlyIfNone: boolean }): Promise<boolean> {
    const made = await hashPin(pin, pinHashing);
    // A new PIN never shares a millisecond with the old one: screens unlocked under the old one lock.
    const setAt = Math.max(now(), (pinSetAt() ?? 0) + 1);
    return db.transaction(() => {
      const written = writePin(db, { ...made, setAt }, options);
      if (written) deleteAllLockouts(db);
      return written;
    })();
  }

  return {
    status,
    isUnlocked,

    /** For every trainer call: refuses unless a trainer unlocked this screen, and keeps it unlocked. */
    requireUnlocked(screenId: string): void {
      if (pinSetAt() === null) throw new DomainError('forbidden', NO_PIN_MESSAGE, { reason: 'pin-not-set' });
      if (!isUnlocked(screenId)) {
        throw new DomainError('forbidden', 'Trainer mode is locked on this screen: enter the trainer PIN.', {
          reason: 'trainer-locked',
        });
      }
      unlock(screenId);
    },

    /** The first PIN, chosen on a screen when none exists; that screen is then unlocked. */
    setFirstPin(screenId: string, pin: string): Promise<TrainerStatus> {
      if (pinSetAt() !== null) {
        throw new DomainError('conflict', 'A trainer PIN is already set; enter it to open trainer mode.', {
          field: 'pin',
          reason: 'pin-already-set',
        });
      }
      checkNewPin(pin, 'pin');
      return oneAtATime(async () => {
        if (!(await storePin(pin, { onlyIfNone: true }))) {
          throw new DomainError(
            'conflict',
            'A trainer PIN was set meanwhile; enter it to open trainer mode.',
            {
              field: 'pin',
              reason: 'pin-already-set',
            },
          );
        }
        unlock(screenId);
        return status(screenId);
      });
    },

    unlockWithPin(screenId: string, pin: string): Promise<TrainerStatus> {
      if (pinSetAt() === null) throw new DomainError('forbidden', NO_PIN_MESSAGE, { reason: 'pin-not-set' });
      refuseWhilePaused(screenId);
      return oneAtATime(async () => {
        const stored = await verify(screenId, pin);
        // A hash made at a lower cost than this version asks for is made again while the PIN is at hand.
        if (isWeakerThan(stored, pinHashing)) await storePin(pin, { onlyIfNone: false });
        unlock(screenId);
        return status(screenId);
      });
    },

    /** Ends trainer mode on this screen (its own lock button, idle return, the display loop). */
    lock(screenId: string): TrainerStatus {
      unlocked.delete(screenId);
      return status(screenId);
    },

    /** The old PIN is needed (and counted like any try); every other screen's trainer mode ends. */
    changePin(screenId: string, currentPin: string, newPin: string): Promise<TrainerStatus> {
      checkNewPin(newPin, 'newPin');
      refuseWhilePaused(screenId);
      return oneAtATime(async () => {
        try {
          await verify(screenId, currentPin);
        } catch (error) {
          if (error instanceof DomainError && error.detail.field === 'pin') {
            throw new DomainError(error.code, error.message, { ...error.detail, field: 'currentPin' });
          }
          throw error;
        }
        await storePin(newPin, { onlyIfNone: false });
        unlocked.clear();
        unlock(screenId);
        return status(screenId);
      });
    },

    /** The screens in trainer mode now (a store put in place while running takes them over). */
    unlockedScreens(): string[] {
      return [...unlocked.keys()].filter(isUnlocked);
    },

    /**
     * Keeps trainer mode on these screens after a restored store was put in place: the trainer who restored
     * it stays in trainer mode, unless that store has no PIN (then one is chosen first).
     */
    keepUnlocked(screenIds: readonly string[]): void {
      const setAt = pinSetAt();
      if (setAt === null) return;
      for (const screenId of screenIds) unlocked.set(screenId, { lastCallAt: steadyNow(), pinSetAt: setAt });
    },

    /** Writes down how much of each running pause has passed (at shutdown). */
    flush(): void {
      for (const scope of [...measuredUpTo.keys()]) {
        const since = measuredUpTo.get(scope);
        const stored = readLockout(db, scope);
        if (since === undefined || !stored) continue;
        const ran = Math.max(0, Math.floor(steadyNow() - since));
        const elapsedMs = Math.min(stored.pauseMs, stored.elapsedMs + ran);
        writeLockout(db, { ...stored, elapsedMs }, now());
        measuredUpTo.set(scope, steadyNow());
      }
    },
  };
}

export type TrainerAccessService = ReturnType<typeof createTrainerAccessService>;
