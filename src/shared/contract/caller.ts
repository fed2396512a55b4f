/**
 * Who is asking: the screen a call comes from. Each screen has its own running timer (and, in time, its
 * own signed-in member and trainer unlock); the transports say which screen it is, never the payload.
 */
export interface Caller {
  /** `kiosk` for the Electron window; a web-mode browser's own id otherwise. */
  screenId: string;
}

/** The Electron window: one screen per kiosk. */
export const KIOSK_SCREEN_ID = 'kiosk';
/** A loopback browser that does not say which screen it is. */
export const LOCAL_SCREEN_ID = 'local';

/** What a screen id may look like (a browser makes a UUID); anything else is not a screen id. */
export const SCREEN_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** The header a web-mode screen names itself in. */
export const SCREEN_HEADER = 'x-gymdeck-screen';

/**
 * Who may call a method: `screen` is any screen that reaches the API (browse, cards, timers, circuits);
 * `member` is the member signed in on that screen, for their own session; `trainer` needs a trainer who
 * unlocked that screen (every change to the library, circuits, settings, members and plans, imports,
 * exports and uploads, and what only a trainer should read).
 */
export const ACCESS_LEVELS = ['screen', 'member', 'trainer'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];
