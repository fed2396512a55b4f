/** A trainer PIN: six to twelve digits, typed on the screen's own PIN pad. */
export const PIN_LENGTH = { min: 6, max: 12 } as const;
export const PIN_PATTERN = /^[0-9]{6,12}$/;

/** Where trainer mode stands on one screen, as that screen may know it (never the PIN itself). */
export interface TrainerStatus {
  /** False until a trainer chose a PIN: until then trainer mode first asks for one. */
  pinSet: boolean;
  /** A trainer unlocked this screen and has not been idle for longer than the trainer idle time. */
  unlocked: boolean;
  /** Seconds before this screen may try a PIN again; 0 when it may try now. */
  lockedOutSeconds: number;
  /** Wrong PINs this screen may still enter before it has to wait. */
  triesLeft: number;
}

/** A screen on the gym's network that a trainer paired with this Gymdeck. */
export interface PairedScreen {
  /** The screen's id: its own timer, circuit player and trainer unlock go by it. */
  id: string;
  /** What the trainer called it ("Rack 3"). */
  name: string;
  pairedAt: number;
  /** When it last called (to the minute); null before its first call. */
  lastSeenAt: number | null;
  /** When a trainer revoked it; its token no longer works. */
  revokedAt: number | null;
}

export const SCREEN_NAME_MAX = 40;
/** Pairing codes are this many digits. */
export const PAIRING_CODE_LENGTH = 6;
export const PAIRING_CODE_PATTERN = /^[0-9]{6}$/;

/** What a new screen shows while it waits: the code a trainer enters, and its own secret to collect with. */
export interface PairingRequest {
  code: string;
  /** Known only to the screen that asked: it collects its token with it once a trainer approved. */
  claim: string;
  expiresInSeconds: number;
}

/** The answer to a waiting screen: still waiting, or its token (given once) and its name. */
export type PairingClaim =
  { status: 'waiting'; expiresInSeconds: number } | { status: 'paired'; token: string; screen: PairedScreen };
