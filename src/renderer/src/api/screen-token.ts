const STORAGE_KEY = 'gymdeck.screen-token';
/** The cookie media requests carry the token in (an <img> cannot send an Authorization header). */
const MEDIA_COOKIE = 'gymdeck-token';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;
/** Ten years: a paired screen stays paired until a trainer revokes it. */
const COOKIE_MAX_AGE = 10 * 365 * 24 * 3600;

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function safeLocalStorage(): TokenStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The token a trainer's pairing gave this browser (web mode on the gym's network), kept in its local
 * storage and sent with every call; also put in a cookie that only `/media` requests carry.
 */
export function createScreenToken(
  storage: TokenStorage | null = safeLocalStorage(),
  cookies: { set(cookie: string): void } = { set: (cookie) => (document.cookie = cookie) },
) {
  let token: string | null = null;
  const kept = storage?.getItem(STORAGE_KEY);
  if (kept && TOKEN_PATTERN.test(kept)) token = kept;

  const setCookie = (value: string, maxAge: number): void =>
    cookies.set(`${MEDIA_COOKIE}=${value}; Path=/media; SameSite=Strict; Max-Age=${maxAge}`);
  if (token) setCookie(token, COOKIE_MAX_AGE);

  return {
    get: (): string | null => token,
    keep(value: string): void {
      if (!TOKEN_PATTERN.test(value)) return;
      token = value;
      try {
        storage?.setItem(STORAGE_KEY, value);
      } catch {
        // Without storage the pairing lasts as long as the page.
      }
      setCookie(value, COOKIE_MAX_AGE);
    },
    forget(): void {
      token = null;
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        // Nothing kept, nothing to forget.
      }
      setCookie('', 0);
    },
  };
}

export type ScreenToken = ReturnType<typeof createScreenToken>;
