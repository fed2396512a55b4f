/**
 * Where the renderer loads an exercise's media file from. In web mode the server answers `/media/<id>` on
 * the page's own origin; in the Electron shell the page is a file:// page, so the shell serves media through
 * its own `gymdeck-media:` protocol instead.
 */
export function mediaUrl(id: string, target: Pick<Window, 'gymdeck'> = window): string {
  const path = `media/${encodeURIComponent(id)}`;
  return target.gymdeck ? `gymdeck-media://${path}` : `/${path}`;
}
