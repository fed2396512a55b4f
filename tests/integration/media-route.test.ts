import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/services/backend';
import { MEDIA_MAX_BASE64_LENGTH } from '@shared/contract/exercise-schemas';
import type { Exercise } from '@shared/domain';
import { callApi, send } from '../support/http';
import { base64, SAMPLES, solidPng } from '../support/media-files';
import { serveBackend, type ServedBackend } from '../support/served-backend';

describe('media over web mode', () => {
  let served: ServedBackend;
  let backend: Backend;
  let port: number;
  /** Larger than the server's ordinary body limit, which this test sets low. */
  const picture = Buffer.concat([solidPng(8, 8), Buffer.alloc(20_000, 7)]);
  let pictureId: string;

  beforeAll(async () => {
    served = await serveBackend({ bodyLimitBytes: 4096 });
    ({ backend, port } = served);
  });

  afterAll(() => served.close());

  it('accepts an upload larger than the ordinary body limit, on that method only', async () => {
    const payload = { exerciseId: 'face-pull', role: 'start', data: base64(picture) };
    const uploaded = await callApi(port, 'library:attach-media', payload, served.trainer);
    expect(uploaded.status, uploaded.text).toBe(200);
    const exercise = (uploaded.json() as { value: Exercise }).value;
    expect(exercise.media).toEqual([
      {
        id: expect.any(String),
        kind: 'image',
        role: 'start',
        mimeType: 'image/png',
        byteSize: picture.length,
      },
    ]);
    pictureId = exercise.media[0]?.id ?? '';

    const elsewhere = await callApi(port, 'library:list', { query: 'x'.repeat(8000) });
    expect(elsewhere.status).toBe(413);
    expect(elsewhere.json()).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The request is too large.', reason: 'too-large' },
    });
  });

  it('takes the upload at the address the screen uses, with the method name as it is', async () => {
    const response = await send(port, {
      method: 'POST',
      path: '/api/library:attach-media',
      headers: { 'content-type': 'application/json', ...served.trainer },
      body: JSON.stringify({ exerciseId: 'pull-up', role: 'still', data: base64(picture) }),
    });
    expect(response.status, response.text).toBe(200);
  });

  it('refuses an upload beyond the largest video', async () => {
    const payload = {
      exerciseId: 'face-pull',
      role: 'loop',
      data: 'A'.repeat(MEDIA_MAX_BASE64_LENGTH + 8192),
    };
    const response = await callApi(port, 'library:attach-media', payload, served.trainer);
    expect(response.status).toBe(413);
    expect(backend.services.library.get('face-pull').media.map((m) => m.role)).toEqual(['start']);
  });

  it('refuses a file that is not a picture, whatever its claimed type, through the same route', async () => {
    const response = await callApi(
      port,
      'library:attach-media',
      {
        exerciseId: 'face-pull',
        role: 'still',
        data: base64(Buffer.from('<html><script>alert(1)</script></html>')),
      },
      served.trainer,
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('not a PNG, JPEG, WebP or GIF picture');
  });

  it('serves a stored file by id with its type, nosniff and caching', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/media/${pictureId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(picture);
  });

  it('answers range requests, as video players make them', async () => {
    const video = backend.services.libraryEditing.attachMedia({
      exerciseId: 'deadlift',
      role: 'loop',
      data: base64(SAMPLES.mp4),
    });
    const id = video.media[0]?.id ?? '';
    const response = await fetch(`http://127.0.0.1:${port}/media/${id}`, {
      headers: { Range: 'bytes=4-11' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('content-range')).toBe(`bytes 4-11/${SAMPLES.mp4.length}`);
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toBe('ftypisom');
  });

  it('never turns the request into a path: unknown ids and traversal attempts are 404', async () => {
    for (const path of [
      '/media/no-such-id',
      '/media/..%2Fgymdeck.db',
      '/media/%2e%2e%2fgymdeck.db',
      `/media/${pictureId}.png`,
      '/media/gymdeck.db',
      '/media/',
      '/media/../gymdeck.db',
    ]) {
      const response = await send(port, { path });
      expect(response.status, path).toBe(404);
      expect(response.text, path).not.toContain('SQLite format');
    }
  });

  it('stops serving a file once it is detached', async () => {
    backend.services.libraryEditing.detachMedia('face-pull', pictureId);
    expect((await send(port, { path: `/media/${pictureId}` })).status).toBe(404);
  });

  it('refuses media requests addressed to a foreign host', async () => {
    const response = await send(port, { path: `/media/${pictureId}`, headers: { host: 'evil.example' } });
    expect(response.status).toBe(403);
  });
});
