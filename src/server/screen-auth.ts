import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { LOCAL_SCREEN_ID, SCREEN_HEADER, SCREEN_ID_PATTERN, type Caller } from '@shared/contract';

/** The cookie a paired screen keeps its token in for `/media` (an <img> or <video> cannot send a header). */
export const MEDIA_TOKEN_COOKIE = 'gymdeck-token';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1';
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header ?? '');
  return match?.[1];
}

/** One cookie's value from a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

export interface ScreenRequest {
  /** The client's address (behind a trusted proxy, the one it forwarded). */
  address: string;
  /** The screen id a loopback browser names itself by. */
  namedScreen: string | string[] | undefined;
  /** The paired screen's token, from the Authorization header or (for media) its cookie. */
  token: string | undefined;
}

/**
 * Who a web-mode request comes from. Loopback needs no pairing, and its browser names its own screen; a
 * request from the network is a paired screen only with a token that `authenticate` knows (its record id
 * is then its screen id), else an unpaired screen known only by (a hash of) its address.
 */
export function callerOfRequest(
  request: ScreenRequest,
  authenticate: (token: string) => string | null,
): Caller {
  if (isLoopbackAddress(request.address)) {
    const named = request.namedScreen;
    return {
      screenId: typeof named === 'string' && SCREEN_ID_PATTERN.test(named) ? named : LOCAL_SCREEN_ID,
      connection: 'loopback',
    };
  }
  const screenId = request.token === undefined ? null : authenticate(request.token);
  if (screenId !== null) return { screenId, connection: 'paired' };
  const addressHash = createHash('sha256').update(request.address).digest('hex').slice(0, 24);
  return { screenId: `unpaired-${addressHash}`, connection: 'unpaired' };
}

export { SCREEN_HEADER };
