import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@renderer/api/client';
import { createHttpTransport } from '@renderer/api/http-transport';
import { screenId } from '@renderer/api/screen-id';
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

  it('names its screen on every call, so that each screen has its own timer', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(ok(null))));
    const client = createApiClient(createHttpTransport(fetchImpl, '', 'screen-1'));
    await client['timers:get-run']({});
    expect(fetchImpl.mock.calls[0]?.[1]?.headers).toMatchObject({ 'x-gymdeck-screen': 'screen-1' });
  });

  it('keeps one screen id per browser, made on first use', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (key: string) => kept.get(key) ?? null, setItem: kept.set.bind(kept) };
    const first = screenId(storage);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(screenId(storage)).toBe(first);
    expect(screenId(null)).not.toBe(first);
    kept.set('gymdeck.screen-id', '../../etc');
    expect(screenId(storage)).not.toBe('../../etc');
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
