import type {
  Event,
  HandlerDetails,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WindowOpenHandlerResponse,
} from 'electron';

/**
 * True only for the app's own page: the same file:// path, no query, any hash (vue-router's hash history
 * keeps the route there). Every other scheme, host or file is someone else's.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parseUrl(url);
  const app = parseUrl(appUrl);
  if (candidate === null || app === null || app.protocol !== 'file:') return false;
  return (
    candidate.protocol === 'file:' &&
    candidate.host === app.host &&
    candidate.username === '' &&
    candidate.password === '' &&
    candidate.pathname === app.pathname &&
    candidate.search === ''
  );
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The part of a WebContents the guard uses. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>) => void): unknown;
  on(event: 'will-redirect', listener: (event: Event<WebContentsWillRedirectEventParams>) => void): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: Event<WebContentsWillFrameNavigateEventParams>) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Event) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/**
 * Keeps a web contents on the app: navigations and redirects elsewhere are cancelled, subframes may not
 * navigate at all, new windows and webviews are refused.
 */
export function guardNavigation(webContents: GuardedContents, appUrl: string): void {
  webContents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  webContents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  webContents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  webContents.on('will-attach-webview', (event) => event.preventDefault());
}
