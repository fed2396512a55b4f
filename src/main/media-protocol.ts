import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';

/**
 * The kiosk's page is a file:// page, so pictures and videos of exercises come through a scheme of our
 * own (`gymdeck-media://media/<id>`), answered from the media folder by id; a path never comes from a URL.
 */
export const MEDIA_SCHEME = 'gymdeck-media';

/** Registered before the app is ready: a standard, secure scheme that can stream (for video). */
export const MEDIA_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, stream: true },
};

export type ResolveMedia = (id: string) => { path: string; mimeType: string } | null;

export type MediaRequestHandler = (request: { url: string; method: string }) => Promise<Response>;

export interface MediaProtocol {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: MediaRequestHandler): void;
}

const notFound = (): Response => new Response('Not found', { status: 404 });

/** The response to one request for `url` on the media scheme. */
export async function mediaResponse(
  request: { url: string; method: string },
  resolveMedia: ResolveMedia,
  read: (path: string) => Promise<Uint8Array> = readFile,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  const match = /^\/([A-Za-z0-9_-]{1,100})$/.exec(url.pathname);
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.hostname !== 'media' || url.search || !match?.[1]) {
    return notFound();
  }
  const file = resolveMedia(match[1]);
  if (!file) return notFound();
  try {
    const body = await read(file.path);
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: {
        'content-type': file.mimeType,
        'content-length': String(body.byteLength),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  } catch {
    // Removed between the lookup and the read (the exercise was just deleted).
    return notFound();
  }
}

/** Answers the media scheme from `resolveMedia`; call once the app is ready. */
export function serveMedia(protocol: MediaProtocol, resolveMedia: ResolveMedia): void {
  protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(request, resolveMedia));
}
