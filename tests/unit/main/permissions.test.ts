import { describe, expect, it } from 'vitest';
import {
  GRANTED_PERMISSIONS,
  denyPermissions,
  enforceContentSecurityPolicy,
} from '../../../src/main/permissions';
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy';
import { FakeSession, type CheckPermission, type RequestPermission } from './fake-electron';

/**
 * Every permission name Electron's types know. `satisfies Record<…>` makes the compiler reject this list
 * when an Electron upgrade adds a name, so a new permission cannot slip past the test.
 */
const ALL_REQUEST_PERMISSIONS = Object.keys({
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true,
} satisfies Record<RequestPermission, true>) as RequestPermission[];

const ALL_CHECK_PERMISSIONS: readonly CheckPermission[] = ALL_REQUEST_PERMISSIONS;

/** The names the security bar lists by hand, in case the typed list above ever shrinks. */
const NAMED_IN_THE_SECURITY_BAR: readonly RequestPermission[] = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
];

describe('denyPermissions', () => {
  function deniedSession(): FakeSession {
    const session = new FakeSession();
    denyPermissions(session);
    return session;
  }

  it('grants nothing on purpose', () => {
    expect([...GRANTED_PERMISSIONS]).toEqual([]);
  });

  it('covers every permission the security bar names', () => {
    expect(ALL_REQUEST_PERMISSIONS).toEqual(expect.arrayContaining([...NAMED_IN_THE_SECURITY_BAR]));
  });

  it.each(ALL_REQUEST_PERMISSIONS)('refuses a request for %s', async (permission) => {
    await expect(deniedSession().requestPermission(permission)).resolves.toBe(false);
  });

  it.each(ALL_CHECK_PERMISSIONS)('answers a check for %s with no', (permission) => {
    expect(deniedSession().checkPermission(permission)).toBe(false);
  });

  it('refuses every device (USB, serial, HID)', () => {
    const handler = deniedSession().deviceHandler;
    expect(handler).not.toBeNull();
    for (const deviceType of ['usb', 'serial', 'hid'] as const) {
      expect(
        handler?.({ deviceType, origin: 'file://', device: { deviceId: '1', name: 'Pad' } } as never),
      ).toBe(false);
    }
  });
});

describe('enforceContentSecurityPolicy', () => {
  function policedSession(): FakeSession {
    const session = new FakeSession();
    enforceContentSecurityPolicy(session);
    return session;
  }

  it('adds the app policy to a response without one', () => {
    const headers = policedSession().receiveHeaders({ 'Content-Type': ['text/html'] });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('replaces a policy the response brought, whatever its spelling', () => {
    const headers = policedSession().receiveHeaders({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY': ['default-src *'],
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('enforces a policy with no inline script and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
