import type { Event, Input } from 'electron';

export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

type Purpose =
  'reload' | 'devtools' | 'zoom' | 'close or quit' | 'history' | 'print' | 'new window' | 'full screen';

/** `mac` entries apply on macOS only, `pc` entries on Windows and Linux, the rest everywhere. */
type KeyPlatform = 'all' | 'mac' | 'pc';

interface BlockedKey {
  /** Modifiers (Ctrl, Alt, Shift, Cmd) then a key, joined by `+`; `Plus` and `Minus` name those keys. */
  combo: string;
  purpose: Purpose;
  platform: KeyPlatform;
}

const key = (combo: string, purpose: Purpose, platform: KeyPlatform = 'all'): BlockedKey => ({
  combo,
  purpose,
  platform,
});

/**
 * The browser and window shortcuts that would take a kiosk away from the app. Ctrl, Alt and Cmd must match
 * exactly; Shift must be held when named and is ignored otherwise (Ctrl+R and Ctrl+Shift+R both reload),
 * so Ctrl+C stays copy while Ctrl+Shift+C is blocked. Escape is absent on purpose: the app uses it.
 * Alt+Arrow is word-wise cursor movement on macOS, so history keys differ per platform.
 */
export const BLOCKED_KIOSK_KEYS: readonly BlockedKey[] = [
  key('F5', 'reload'),
  key('Ctrl+F5', 'reload', 'pc'),
  key('Ctrl+R', 'reload', 'pc'),
  key('Cmd+R', 'reload', 'mac'),
  key('BrowserRefresh', 'reload'),
  key('F12', 'devtools'),
  key('Ctrl+Shift+I', 'devtools', 'pc'),
  key('Ctrl+Shift+J', 'devtools', 'pc'),
  key('Ctrl+Shift+C', 'devtools', 'pc'),
  key('Cmd+Alt+I', 'devtools', 'mac'),
  key('Cmd+Alt+J', 'devtools', 'mac'),
  key('Cmd+Alt+C', 'devtools', 'mac'),
  key('Cmd+Shift+C', 'devtools', 'mac'),
  key('Ctrl+Plus', 'zoom', 'pc'),
  key('Ctrl+=', 'zoom', 'pc'),
  key('Ctrl+Minus', 'zoom', 'pc'),
  key('Ctrl+0', 'zoom', 'pc'),
  key('Cmd+Plus', 'zoom', 'mac'),
  key('Cmd+=', 'zoom', 'mac'),
  key('Cmd+Minus', 'zoom', 'mac'),
  key('Cmd+0', 'zoom', 'mac'),
  key('Ctrl+W', 'close or quit', 'pc'),
  key('Ctrl+F4', 'close or quit', 'pc'),
  key('Ctrl+Q', 'close or quit', 'pc'),
  key('Alt+F4', 'close or quit', 'pc'),
  key('Cmd+W', 'close or quit', 'mac'),
  key('Cmd+Q', 'close or quit', 'mac'),
  key('Cmd+H', 'close or quit', 'mac'),
  key('Cmd+M', 'close or quit', 'mac'),
  key('Alt+ArrowLeft', 'history', 'pc'),
  key('Alt+ArrowRight', 'history', 'pc'),
  key('Alt+Home', 'history', 'pc'),
  key('Cmd+[', 'history', 'mac'),
  key('Cmd+]', 'history', 'mac'),
  key('BrowserBack', 'history'),
  key('BrowserForward', 'history'),
  key('BrowserHome', 'history'),
  key('Ctrl+P', 'print', 'pc'),
  key('Cmd+P', 'print', 'mac'),
  key('Ctrl+N', 'new window', 'pc'),
  key('Ctrl+T', 'new window', 'pc'),
  key('Cmd+N', 'new window', 'mac'),
  key('Cmd+T', 'new window', 'mac'),
  key('F11', 'full screen'),
  key('Ctrl+Cmd+F', 'full screen', 'mac'),
];

interface Chord {
  key: string;
  control: boolean;
  alt: boolean;
  meta: boolean;
  /** null: either way. */
  shift: boolean | null;
}

const MODIFIERS = { Ctrl: 'control', Alt: 'alt', Cmd: 'meta', Shift: 'shift' } as const;

function parseCombo(combo: string): Chord {
  const parts = combo.split('+');
  const keyName = parts.pop();
  if (!keyName) throw new Error(`"${combo}" names no key.`);
  const chord: Chord = { key: keyName, control: false, alt: false, meta: false, shift: null };
  for (const part of parts) {
    if (!Object.hasOwn(MODIFIERS, part)) throw new Error(`"${combo}": unknown modifier "${part}".`);
    chord[MODIFIERS[part as keyof typeof MODIFIERS]] = true;
  }
  return chord;
}

const CHORDS = BLOCKED_KIOSK_KEYS.map((entry) => ({ ...entry, chord: parseCombo(entry.combo) }));

const NAMED_KEY = /^[A-Z][A-Za-z0-9]+$/;
const PRINTABLE_ASCII = /^[\x21-\x7e]$/;
const LETTER_OR_DIGIT_CODE = /^(?:Key([A-Z])|Digit([0-9]))$/;

/**
 * The key as the table names it. A printable ASCII character counts as itself (so Ctrl+A on an AZERTY
 * keyboard is select-all, not Ctrl+Q); any other character (a Cyrillic layout, a macOS Option dead key)
 * falls back to the physical key, where the browser's own shortcuts would fire.
 */
function keyName(input: Pick<KeyInput, 'key' | 'code'>): string {
  if (input.key === '+') return 'Plus';
  if (input.key === '-') return 'Minus';
  if (PRINTABLE_ASCII.test(input.key)) return input.key.toUpperCase();
  if (NAMED_KEY.test(input.key) && input.key !== 'Dead' && input.key !== 'Unidentified') return input.key;
  const physical = LETTER_OR_DIGIT_CODE.exec(input.code);
  return physical?.[1] ?? physical?.[2] ?? input.key;
}

function appliesOn(platform: KeyPlatform, current: NodeJS.Platform): boolean {
  if (platform === 'all') return true;
  return (platform === 'mac') === (current === 'darwin');
}

/** Whether a key press must not reach the page in kiosk mode. Only key-down counts; key-up does nothing. */
export function isBlockedKioskKey(input: KeyInput, platform: NodeJS.Platform): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const name = keyName(input);
  return CHORDS.some(
    ({ chord, platform: keyPlatform }) =>
      appliesOn(keyPlatform, platform) &&
      chord.key === name &&
      chord.control === input.control &&
      chord.alt === input.alt &&
      chord.meta === input.meta &&
      (chord.shift === null || chord.shift === input.shift),
  );
}

/** The part of a WebContents the kiosk lock uses. */
export interface KioskContents {
  on(event: 'before-input-event', listener: (event: Event, input: Input) => void): unknown;
  on(event: 'did-finish-load' | 'zoom-changed', listener: () => void): unknown;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
  setZoomLevel(level: number): void;
}

/** Swallows the escape keys and keeps the page at its own size (no pinch or Ctrl+wheel zoom). */
export function lockKioskInput(webContents: KioskContents, platform: NodeJS.Platform): void {
  webContents.on('before-input-event', (event, input) => {
    if (isBlockedKioskKey(input, platform)) event.preventDefault();
  });
  // Zoom limits belong to the loaded page, so they are set again after every load (and every reload).
  webContents.on('did-finish-load', () => {
    webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  });
  webContents.on('zoom-changed', () => webContents.setZoomLevel(0));
}
