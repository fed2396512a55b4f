import type { HeadersReceivedResponse, OnHeadersReceivedListenerDetails, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy';

/**
 * Permissions the app deliberately grants. None: the screens need no camera, microphone, location,
 * notifications or clipboard reading, Web Audio needs no permission, full screen and keeping the display
 * awake are done by the main process.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Answers every permission request, permission check and device request with the allow-list (so: no). */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
}

export interface HeaderSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: OnHeadersReceivedListenerDetails,
        callback: (response: HeadersReceivedResponse) => void,
      ) => void,
    ): void;
  };
}

/**
 * Adds the app's Content-Security-Policy to every response, replacing any policy a response brought
 * (the built page also carries it in a meta tag, for the cases no header reaches).
 */
export function enforceContentSecurityPolicy(session: HeaderSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
