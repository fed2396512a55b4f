import { describe, expect, it } from 'vitest';
import { MEDIA_SCHEME, mediaResponse, type ResolveMedia } from '../../../src/main/media-protocol';

const STORED = { path: '/data/media/3f2a.png', mimeType: 'image/png' };
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

function serve(url: string, method = 'GET', resolveMedia?: ResolveMedia) {
  const asked: string[] = [];
  const resolve: ResolveMedia =
    resolveMedia ??
    ((id) => {
      asked.push(id);
      return id === 'media-1' ? STORED : null;
    });
  const read = (path: string): Promise<Uint8Array> =>
    path === STORED.path ? Promise.resolve(PNG_BYTES) : Promise.reject(new Error('ENOENT'));
  return { asked, response: mediaResponse({ url, method }, resolve, read) };
}

describe('the media scheme', () => {
  it('answers a stored file by id with its type, its bytes and no sniffing', async () => {
    const { response, asked } = serve(`${MEDIA_SCHEME}://media/media-1`);
    const answer = await response;
    expect(asked).toEqual(['media-1']);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await answer.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serve(`${MEDIA_SCHEME}://media/media-1`, 'HEAD').response;
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serve(`${MEDIA_SCHEME}://media/media-1`, 'POST').response).status).toBe(405);
  });

  it.each([
    `${MEDIA_SCHEME}://media/unknown`,
    `${MEDIA_SCHEME}://media/`,
    `${MEDIA_SCHEME}://media/media-1/extra`,
    `${MEDIA_SCHEME}://media/media-1?path=/etc/passwd`,
    `${MEDIA_SCHEME}://other/media-1`,
    `${MEDIA_SCHEME}://media/..%2F..%2Fgymdeck.db`,
    `${MEDIA_SCHEME}://media/%E0%A4%A`,
    'file:///etc/passwd',
    'https://example.com/media/media-1',
    'not a url',
  ])('answers 404 to %s, never reading a path from it', async (url) => {
    const { response, asked } = serve(url);
    expect((await response).status).toBe(404);
    for (const id of asked) expect(id).not.toContain('/');
  });

  it('answers 404 when the file went away between lookup and read', async () => {
    const gone: ResolveMedia = () => ({ path: '/data/media/gone.png', mimeType: 'image/png' });
    expect((await serve(`${MEDIA_SCHEME}://media/media-1`, 'GET', gone).response).status).toBe(404);
  });
});
