import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  PAIRING_CODE_LENGTH,
  type PairedScreen,
  type PairingClaim,
  type PairingRequest,
} from '@shared/domain';
import {
  findScreenByTokenHash,
  getPairedScreen,
  insertPairedScreen,
  listPairedScreens,
  revokePairedScreen,
  touchPairedScreen,
} from '../store/repositories/paired-screens';
import type { ServiceContext } from './context';
import { DomainError, notFound } from './errors';

/** How long a new screen's code stays valid. */
export const PAIRING_TTL_MS = 10 * 60_000;
/** Codes waiting at once, from all unpaired screens together; each address has at most one. */
export const MAX_WAITING_PAIRINGS = 20;
/** A paired screen's "last seen" is written at most this often. */
const LAST_SEEN_EVERY_MS = 60_000;
const TOKEN_MAX_LENGTH = 200;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const secret = (): string => randomBytes(32).toString('base64url');

interface WaitingScreen {
  code: string;
  claimHash: string;
  requester: string;
  expiresAt: number;
  /** Set once a trainer approved: the token waits here until the screen collects it, once. */
  approved: { token: string; screen: PairedScreen } | null;
}

const unknownCode = (): DomainError =>
  new DomainError(
    'not-found',
    'code: no new screen is waiting with this code; check the code on that screen.',
    {
      field: 'code',
      reason: 'pairing-unknown',
    },
  );

/**
 * Screens on the gym's network. A new screen asks for a code and shows it; a trainer enters the code on an
 * unlocked screen and names the new one; the new screen then collects its token, once. Only a SHA-256 of
 * each token is stored (a token is 32 random bytes, so a plain hash is enough), and a revoked token stops
 * working at the next request. Waiting codes live in memory only: a restart forgets them.
 */
export function createScreenService(
  { db, now, steadyNow, newId }: ServiceContext,
  onRevoke: (screenId: string) => void,
) {
  const waiting = new Map<string, WaitingScreen>();

  function forgetExpired(): void {
    const at = steadyNow();
    for (const [code, entry] of waiting) if (entry.expiresAt <= at) waiting.delete(code);
  }

  function newCode(): string {
    for (;;) {
      const code = randomInt(0, 10 ** PAIRING_CODE_LENGTH)
        .toString()
        .padStart(PAIRING_CODE_LENGTH, '0');
      if (!waiting.has(code)) return code;
    }
  }

  const secondsLeft = (entry: WaitingScreen): number =>
    Math.max(0, Math.ceil((entry.expiresAt - steadyNow()) / 1000));

  return {
    /** A code for the screen `requester` (an unpaired screen's address); its earlier code is dropped. */
    request(requester: string): PairingRequest {
      forgetExpired();
      for (const [code, entry] of waiting)
        if (entry.requester === requester && !entry.approved) waiting.delete(code);
      if (waiting.size >= MAX_WAITING_PAIRINGS) {
        throw new DomainError('rate-limited', 'Too many screens are waiting to be paired; try again later.', {
          reason: 'busy',
        });
      }
      const claim = secret();
      const entry: WaitingScreen = {
        code: newCode(),
        claimHash: sha256(claim),
        requester,
        expiresAt: steadyNow() + PAIRING_TTL_MS,
        approved: null,
      };
      waiting.set(entry.code, entry);
      return { code: entry.code, claim, expiresInSeconds: secondsLeft(entry) };
    },

    /** What the waiting screen gets: "still waiting", or its token the one time after approval. */
    claim(claim: string): PairingClaim {
      forgetExpired();
      const claimHash = sha256(claim);
      const entry = [...waiting.values()].find((candidate) => candidate.claimHash === claimHash);
      if (!entry) {
        throw new DomainError('not-found', 'This pairing code has expired; ask for a new one.', {
          reason: 'pairing-unknown',
        });
      }
      if (!entry.approved) return { status: 'waiting', expiresInSeconds: secondsLeft(entry) };
      waiting.delete(entry.code);
      return { status: 'paired', token: entry.approved.token, screen: entry.approved.screen };
    },

    /** A trainer approves the screen showing `code` and names it. */
    pair(code: string, name: string): PairedScreen {
      forgetExpired();
      const entry = waiting.get(code);
      if (!entry || entry.approved) throw unknownCode();
      const token = secret();
      const id = newId();
      db.transaction(() => insertPairedScreen(db, { id, name, tokenHash: sha256(token) }, now()))();
      const screen = getPairedScreen(db, id);
      if (!screen) throw notFound('screen', id);
      entry.approved = { token, screen };
      return screen;
    },

    list(): PairedScreen[] {
      return listPairedScreens(db);
    },

    /** Its token stops working at once, and trainer mode on it ends. */
    revoke(id: string): PairedScreen {
      if (!getPairedScreen(db, id)) throw notFound('screen', id, 'id');
      db.transaction(() => revokePairedScreen(db, id, now()))();
      onRevoke(id);
      const screen = getPairedScreen(db, id);
      if (!screen) throw notFound('screen', id, 'id');
      return screen;
    },

    /** The paired screen a token belongs to (null when it is unknown or revoked); notes it was seen. */
    authenticate(token: string): PairedScreen | null {
      if (token.length === 0 || token.length > TOKEN_MAX_LENGTH) return null;
      const screen = findScreenByTokenHash(db, sha256(token));
      if (!screen) return null;
      const at = now();
      if (screen.lastSeenAt === null || Math.abs(at - screen.lastSeenAt) >= LAST_SEEN_EVERY_MS) {
        touchPairedScreen(db, screen.id, at);
      }
      return screen;
    },
  };
}

export type ScreenService = ReturnType<typeof createScreenService>;
