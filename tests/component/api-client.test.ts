import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@renderer/api/client';
import { createHttpTransport } from '@renderer/api/http-transport';
import { METHOD_NAMES } from '@shared/contract/methods';
import { ok } from '@shared/contract/result';

const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('API client', () => {
  it('has exactly one function per contract method', () => {
    const client = createApiClient(() => Promise.resolve(ok(null)));
    expect(Object.keys(client).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('turns a transport that throws into an "unavailable" result', async () => {
    const client = createApiClient(() => Promise.reject(new Error('socket hang up')));
    const result = await client['library:list']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('posts the input as JSON to /api/<method> and returns the Result it gets', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(ok([{ id: 'a' }]))));
    const client = createApiClient(createHttpTransport(fetchImpl));
    const result = await client['library:list']({ query: 'row' });
    expect(result).toEqual(ok([{ id: 'a' }]));
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/api/library:list');
    expect(init).toMatchObject({ method: 'POST', body: JSON.stringify({ query: 'row' }) });
  });

  it('keeps an error Result from the server as it is', async () => {
    const error = { ok: false, error: { code: 'invalid-input', message: 'query: too long' } };
    const client = createApiClient(createHttpTransport(() => Promise.resolve(jsonResponse(error, 400))));
    expect(await client['library:list']({})).toEqual(error);
  });

  it('reports an answer that is not a Result (a proxy page, say) as unavailable', async () => {
    const html = new Response('<html>gateway</html>', { status: 502 });
    const client = createApiClient(createHttpTransport(() => Promise.resolve(html)));
    expect(await client['library:list']({})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
