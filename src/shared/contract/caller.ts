/**
 * How a call reached Gymdeck: from the kiosk's own window, from a browser on the same machine, from a
 * screen on the network that was paired (and sent its token), or from one that was not. Only the
 * transports set it, from what they can check themselves, never from the payload.
 */
export const CONNECTIONS = ['kiosk', 'loopback', 'paired', 'unpaired'] as const;
export type Connection = (typeof CONNECTIONS)[number];

/**
 * Who is asking: the screen a call comes from. Each screen has its own running timer, trainer unlock and
 * signed-in member; the transports say which screen it is, never the payload.
 */
export interface Caller {
  /**
   * `kiosk` for the Electron window; a loopback browser's own id; a paired screen's record id. An unpaired
   * screen on the network is known only by its address, and may call nothing but the pairing methods.
   */
  screenId: string;
  connection: Connection;
}

/** The Electron window: one screen per kiosk. */
export const KIOSK_SCREEN_ID = 'kiosk';
/** A loopback browser that does not say which screen it is. */
export const LOCAL_SCREEN_ID = 'local';

/** What a screen id may look like (a browser makes a UUID); anything else is not a screen id. */
export const SCREEN_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** The header a web-mode screen names itself in (heeded on loopback only). */
export const SCREEN_HEADER = 'x-gymdeck-screen';

/**
 * Who may call a method: `anyone` includes a screen on the network that is not paired yet (only what it
 * needs to ask for pairing); `screen` is any screen that reaches the API (browse, cards, timers, circuits,
 * and asking for trainer mode); `member` is the member signed in on that screen, for their own session (or
 * a trainer there); `trainer` needs a trainer who unlocked that screen (every change to the library,
 * circuits, settings, members, plans and screens, imports, exports and uploads, and what only a trainer
 * should read).
 */
export const ACCESS_LEVELS = ['anyone', 'screen', 'member', 'trainer'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];
