import { describe, expect, it } from 'vitest';
import {
  BLOCKED_KIOSK_KEYS,
  isBlockedKioskKey,
  lockKioskInput,
  type KeyInput,
} from '../../../src/main/kiosk-keys';
import { FakeWebContents } from './fake-electron';

type Platform = 'linux' | 'win32' | 'darwin';
const PC: readonly Platform[] = ['linux', 'win32'];
const ALL: readonly Platform[] = ['linux', 'win32', 'darwin'];

const NAMED_CHARACTERS: Record<string, string> = { Plus: '+', Minus: '-' };

/** The key-down a keyboard with a US layout sends for a combination such as `Ctrl+Shift+I`. */
function press(combo: string, overrides: Partial<KeyInput> = {}): KeyInput {
  const parts = combo.split('+');
  const name = parts.pop() ?? '';
  const held = new Set(parts);
  const shift = held.has('Shift');
  const character = NAMED_CHARACTERS[name] ?? name;
  const key = /^[A-Z]$/.test(character) && !shift ? character.toLowerCase() : character;
  const code = /^[A-Z]$/.test(name) ? `Key${name}` : /^[0-9]$/.test(name) ? `Digit${name}` : name;
  return {
    type: 'keyDown',
    key,
    code,
    control: held.has('Ctrl'),
    alt: held.has('Alt'),
    meta: held.has('Cmd'),
    shift,
    ...overrides,
  };
}

const on = (platforms: readonly Platform[], combo: string): [Platform, string][] =>
  platforms.map((platform) => [platform, combo]);

/** Written out by hand rather than read from the table, so a key dropped from the table is noticed. */
const MUST_BE_BLOCKED: [Platform, string][] = [
  // reload
  ...on(ALL, 'F5'),
  ...on(ALL, 'Shift+F5'),
  ...on(ALL, 'BrowserRefresh'),
  ...on(PC, 'Ctrl+F5'),
  ...on(PC, 'Ctrl+R'),
  ...on(PC, 'Ctrl+Shift+R'),
  ['darwin', 'Cmd+R'],
  ['darwin', 'Cmd+Shift+R'],
  // devtools
  ...on(ALL, 'F12'),
  ...on(PC, 'Ctrl+Shift+I'),
  ...on(PC, 'Ctrl+Shift+J'),
  ...on(PC, 'Ctrl+Shift+C'),
  ['darwin', 'Cmd+Alt+I'],
  ['darwin', 'Cmd+Alt+J'],
  ['darwin', 'Cmd+Alt+C'],
  ['darwin', 'Cmd+Shift+C'],
  // zoom
  ...on(PC, 'Ctrl+Plus'),
  ...on(PC, 'Ctrl+Shift+Plus'),
  ...on(PC, 'Ctrl+='),
  ...on(PC, 'Ctrl+Minus'),
  ...on(PC, 'Ctrl+0'),
  ['darwin', 'Cmd+Plus'],
  ['darwin', 'Cmd+='],
  ['darwin', 'Cmd+Minus'],
  ['darwin', 'Cmd+0'],
  // close, quit
  ...on(PC, 'Ctrl+W'),
  ...on(PC, 'Ctrl+Shift+W'),
  ...on(PC, 'Ctrl+Q'),
  ...on(PC, 'Alt+F4'),
  ...on(PC, 'Ctrl+F4'),
  ['darwin', 'Cmd+W'],
  ['darwin', 'Cmd+Q'],
  ['darwin', 'Cmd+H'],
  ['darwin', 'Cmd+M'],
  // history
  ...on(PC, 'Alt+ArrowLeft'),
  ...on(PC, 'Alt+ArrowRight'),
  ['darwin', 'Cmd+['],
  ['darwin', 'Cmd+]'],
  ...on(ALL, 'BrowserBack'),
  ...on(ALL, 'BrowserForward'),
  // print, new windows, full screen
  ...on(PC, 'Ctrl+P'),
  ['darwin', 'Cmd+P'],
  ...on(PC, 'Ctrl+N'),
  ...on(PC, 'Ctrl+T'),
  ['darwin', 'Cmd+N'],
  ['darwin', 'Cmd+T'],
  ...on(ALL, 'F11'),
  ['darwin', 'Ctrl+Cmd+F'],
];

describe('isBlockedKioskKey', () => {
  it.each(MUST_BE_BLOCKED)('on %s blocks %s', (platform, combo) => {
    expect(isBlockedKioskKey(press(combo), platform)).toBe(true);
  });

  it('blocks every entry of its own table on the platforms it names', () => {
    for (const { combo, platform } of BLOCKED_KIOSK_KEYS) {
      const platforms = platform === 'all' ? ALL : platform === 'mac' ? ['darwin' as const] : PC;
      for (const current of platforms) {
        expect(isBlockedKioskKey(press(combo), current), `${combo} on ${current}`).toBe(true);
      }
    }
  });

  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const ORDINARY_KEYS = [
    ...LETTERS,
    ...LETTERS.map((letter) => `Shift+${letter}`),
    ...'0123456789'.split(''),
    'Enter',
    'Backspace',
    'Delete',
    'Escape',
    'Tab',
    'Shift+Tab',
    ' ',
    'ArrowLeft',
    'ArrowRight',
    'ArrowUp',
    'ArrowDown',
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'Minus',
    '=',
    '.',
    ',',
    'F1',
  ];

  it.each(ALL)('lets ordinary typing through on %s', (platform) => {
    for (const combo of ORDINARY_KEYS) {
      expect(isBlockedKioskKey(press(combo), platform), combo).toBe(false);
    }
  });

  it('lets text editing shortcuts through', () => {
    for (const letter of ['A', 'C', 'V', 'X', 'Z', 'Y']) {
      for (const platform of PC) expect(isBlockedKioskKey(press(`Ctrl+${letter}`), platform)).toBe(false);
      expect(isBlockedKioskKey(press(`Cmd+${letter}`), 'darwin')).toBe(false);
    }
    for (const platform of PC) {
      expect(isBlockedKioskKey(press('Ctrl+ArrowLeft'), platform)).toBe(false);
      expect(isBlockedKioskKey(press('Ctrl+Shift+ArrowRight'), platform)).toBe(false);
    }
    // On macOS Option+Arrow moves by word; it is not history there.
    expect(isBlockedKioskKey(press('Alt+ArrowLeft'), 'darwin')).toBe(false);
    expect(isBlockedKioskKey(press('Cmd+ArrowLeft'), 'darwin')).toBe(false);
  });

  it('never blocks Escape, whatever is held', () => {
    for (const combo of ['Escape', 'Shift+Escape', 'Ctrl+Escape', 'Alt+Escape', 'Cmd+Escape']) {
      for (const platform of ALL) expect(isBlockedKioskKey(press(combo), platform)).toBe(false);
    }
  });

  it('ignores key-up, even of a blocked key', () => {
    for (const { combo } of BLOCKED_KIOSK_KEYS) {
      for (const platform of ALL) {
        expect(isBlockedKioskKey(press(combo, { type: 'keyUp' }), platform), combo).toBe(false);
      }
    }
    expect(isBlockedKioskKey(press('F5', { type: 'char' }), 'linux')).toBe(false);
  });

  it('reads the character, not the key position, for Latin layouts', () => {
    // AZERTY: the key where QWERTY has Q types "a", so Ctrl+that key is select-all, not quit.
    expect(isBlockedKioskKey(press('Ctrl+A', { code: 'KeyQ' }), 'linux')).toBe(false);
    expect(isBlockedKioskKey(press('Ctrl+Q', { code: 'KeyA' }), 'linux')).toBe(true);
  });

  it('falls back to the key position when the character is not Latin or is a dead key', () => {
    expect(isBlockedKioskKey(press('Ctrl+R', { key: 'к' }), 'linux')).toBe(true);
    expect(isBlockedKioskKey(press('Cmd+Alt+I', { key: 'Dead' }), 'darwin')).toBe(true);
    expect(isBlockedKioskKey(press('Cmd+Alt+I', { key: 'ˆ' }), 'darwin')).toBe(true);
    expect(isBlockedKioskKey(press('Ctrl+A', { key: 'ф' }), 'linux')).toBe(false);
  });
});

describe('lockKioskInput', () => {
  function locked(platform: Platform = 'linux'): FakeWebContents {
    const contents = new FakeWebContents();
    lockKioskInput(contents, platform);
    return contents;
  }

  it('cancels blocked keys before the page sees them', () => {
    const contents = locked();
    expect(contents.firePreventable('before-input-event', {}, press('F5'))).toBe(true);
    expect(contents.firePreventable('before-input-event', {}, press('Ctrl+Shift+I'))).toBe(true);
    expect(contents.firePreventable('before-input-event', {}, press('Escape'))).toBe(false);
    expect(contents.firePreventable('before-input-event', {}, press('A'))).toBe(false);
  });

  it('uses the table of the platform it runs on', () => {
    expect(locked('darwin').firePreventable('before-input-event', {}, press('Cmd+Q'))).toBe(true);
    expect(locked('darwin').firePreventable('before-input-event', {}, press('Alt+ArrowLeft'))).toBe(false);
  });

  it('turns pinch zoom off on every load and undoes any other zoom', () => {
    const contents = locked();
    expect(contents.visualZoomLimits).toBeNull();
    contents.emit('did-finish-load');
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.zoomLevel = 3;
    contents.emit('zoom-changed', {}, 'in');
    expect(contents.zoomLevel).toBe(0);
  });
});
