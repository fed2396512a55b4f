import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWebServer, type WebServerOptions } from '../../src/server/web-server';
import { startBackend, type Backend } from '../../src/services/backend';
import { createApiRouter } from '../../src/services/api-router';
import { createServices } from '../../src/services';
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy';
import { openDatabase } from '../../src/store/database';
import { insertMember } from '../../src/store/repositories/members';
import { callApi, send, type HttpResponse } from '../support/http';
import { SEED_NAMES } from '../support/seed-library';
import type { ExercisePage } from '@shared/domain';
import { MEMBER, T0, countRows, sequentialIds } from '../support/store';
import { makeTempDir, type TempDir } from '../support/temp-dir';
import { startSession } from '../support/plans';
import { LOCAL_SCREEN_ID } from '@shared/contract';

const INDEX_HTML =
  '<!doctype html><html><head><title>Gymdeck</title></head><body><div id="app"></div></body></html>';

interface Running {
  app: FastifyInstance;
  port: number;
}

async function listen(options: WebServerOptions): Promise<Running> {
  const app = await buildWebServer(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, port: (app.server.address() as AddressInfo).port };
}

function expectFailure(
  response: HttpResponse,
  status: number,
  code: string,
  reason?: string,
): { message: string; field?: string } {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json() as { ok: boolean; error: { code: string; message: string; reason?: string } };
  expect(body.ok).toBe(false);
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  if (reason !== undefined) expect(body.error.reason).toBe(reason);
  return body.error;
}

describe('web server', () => {
  let dataDir: TempDir;
  let rendererDir: TempDir;
  let backend: Backend;
  let server: Running;
  let port: number;
  let session: ReturnType<typeof startSession>;

  beforeAll(async () => {
    dataDir = makeTempDir('gymdeck-web-data-');
    rendererDir = makeTempDir('gymdeck-web-renderer-');
    writeFileSync(rendererDir.file('index.html'), INDEX_HTML);
    writeFileSync(rendererDir.file('app.js'), 'console.log("gymdeck");');
    backend = startBackend({ dataDir: dataDir.path });
    insertMember(backend.db, MEMBER, T0);
    session = startSession(backend.services, MEMBER.id, LOCAL_SCREEN_ID);
    server = await listen({
      dispatch: backend.dispatch,
      rendererDir: rendererDir.path,
      host: '127.0.0.1',
      port: 0,
      extraHostNames: ['gym-screen.local'],
      bodyLimitBytes: 4096,
    });
    port = server.port;
  });

  afterAll(async () => {
    await server.app.close();
    backend.close();
    dataDir.remove();
    rendererDir.remove();
  });

  describe('API', () => {
    it('gives each screen, as its browser names itself, its own timer', async () => {
      const run = {
        kind: 'countdown',
        restSeconds: 60,
        exerciseId: null,
        countdown: { durationMs: 60_000, endsAt: 1_760_000_060_000, pausedRemainingMs: null },
      };
      const rack: Record<string, string> = { 'x-gymdeck-screen': 'rack-3' };
      expect((await callApi(port, 'timers:save-run', { run }, rack)).status).toBe(200);
      expect((await callApi(port, 'timers:get-run', {}, rack)).json()).toEqual({ ok: true, value: { run } });
      const others: Record<string, string>[] = [
        {},
        { 'x-gymdeck-screen': 'front-door' },
        { 'x-gymdeck-screen': '../rack-3' },
      ];
      for (const other of others) {
        expect((await callApi(port, 'timers:get-run', {}, other)).json()).toEqual({
          ok: true,
          value: { run: null },
        });
      }
    });

    it('answers POST /api/library:list with the seven exercises', async () => {
      const response = await callApi(port, 'library:list', {});
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const body = response.json() as { ok: true; value: ExercisePage };
      expect(body.ok).toBe(true);
      expect(body.value.exercises.map((e) => e.name)).toEqual(SEED_NAMES);
      expect(body.value.total).toBe(7);
    });

    it('passes filters through', async () => {
      const response = await callApi(port, 'library:list', { goal: 'posture', equipment: ['cable-station'] });
      const body = response.json() as { value: ExercisePage };
      expect(body.value.exercises.map((e) => e.id)).toEqual(['face-pull', 'seated-cable-row']);
    });

    it('accepts a POST without a body as an empty payload', async () => {
      const response = await send(port, { method: 'POST', path: '/api/circuits:list' });
      expect(response.status).toBe(200);
      expect(response.json()).toMatchObject({ ok: true, value: [{ id: 'posture-circuit' }] });
    });

    it('logs a set once however often the request is retried', async () => {
      const set = session.set({ clientKey: 'web-key-0001' });
      const answers = await Promise.all([1, 2, 3].map(() => callApi(port, 'sessions:log-set', set)));
      for (const answer of answers) expect(answer.status).toBe(200);
      const bodies = answers.map((answer) => answer.json());
      expect(bodies[1]).toEqual(bodies[0]);
      expect(bodies[2]).toEqual(bodies[0]);
      expect(
        backend.db.prepare("SELECT count(*) FROM logged_set WHERE client_key = 'web-key-0001'").pluck().get(),
      ).toBe(1);
    });

    it('refuses an invalid payload with 400, naming the field, and stores nothing', async () => {
      const before = countRows(backend.db, 'logged_set');
      const error = expectFailure(
        await callApi(port, 'sessions:log-set', session.set({ setNumber: 0, clientKey: 'web-key-0002' })),
        400,
        'invalid-input',
        'too-small',
      );
      expect(error.message).toMatch(/^setNumber: /);
      expect(error.field).toBe('setNumber');
      expect(countRows(backend.db, 'logged_set')).toBe(before);
    });

    it('answers an unknown id with not-found', async () => {
      expectFailure(await callApi(port, 'library:get', { id: 'nope' }), 404, 'not-found');
    });

    it('answers an unknown method with unknown-method', async () => {
      expectFailure(await callApi(port, 'library:drop', {}), 404, 'unknown-method');
      expectFailure(await callApi(port, '..%2F..%2Fetc%2Fpasswd', {}), 404, 'unknown-method');
    });

    it('answers anything but POST on the API with 405', async () => {
      expectFailure(await send(port, { path: '/api/library:list' }), 405, 'unknown-method');
      const put = {
        method: 'PUT',
        path: '/api/library:list',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      };
      expectFailure(await send(port, put), 405, 'unknown-method');
      expectFailure(await send(port, { method: 'DELETE', path: '/api/library:list' }), 405, 'unknown-method');
    });

    it('answers malformed JSON with invalid-input, and keeps serving', async () => {
      for (const body of ['{"query": ', 'not json', '{"a":1}}']) {
        expectFailure(
          await send(port, {
            method: 'POST',
            path: '/api/library:list',
            headers: { 'content-type': 'application/json' },
            body,
          }),
          400,
          'invalid-input',
        );
      }
      expect((await callApi(port, 'library:list', {})).status).toBe(200);
    });

    it('refuses prototype pollution in JSON', async () => {
      const body = '{"__proto__": {"polluted": true}}';
      expectFailure(
        await send(port, {
          method: 'POST',
          path: '/api/library:list',
          headers: { 'content-type': 'application/json' },
          body,
        }),
        400,
        'invalid-input',
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('refuses a body of another type', async () => {
      const response = await send(port, {
        method: 'POST',
        path: '/api/library:list',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=row',
      });
      expectFailure(response, 415, 'invalid-input');
    });

    it('refuses a body over the limit with 413 and a Result', async () => {
      const error = expectFailure(
        await callApi(port, 'library:list', { query: 'x'.repeat(8192) }),
        413,
        'invalid-input',
        'too-large',
      );
      expect(error.message).toMatch(/too large/);
      expect((await callApi(port, 'library:list', {})).status).toBe(200);
    });
  });

  describe('host and origin checks', () => {
    it.each([
      ['127.0.0.1', (p: number) => `127.0.0.1:${p}`],
      ['localhost', (p: number) => `localhost:${p}`],
      ['LOCALHOST (any case)', (p: number) => `LOCALHOST:${p}`],
      ['[::1]', (p: number) => `[::1]:${p}`],
      ['an explicitly allowed name', (p: number) => `gym-screen.local:${p}`],
    ])('answers Host %s', async (_name, host) => {
      expect((await callApi(port, 'library:list', {}, { host: host(port) })).status).toBe(200);
    });

    it.each([
      ['a foreign name (DNS rebinding)', (p: number) => `evil.example:${p}`],
      ['a foreign name on the default port', () => 'evil.example:5180'],
      ['our name on another port', (p: number) => `127.0.0.1:${p + 1}`],
      ['our name without a port', () => '127.0.0.1'],
      ['a LAN address not allowed', (p: number) => `192.168.1.20:${p}`],
      ['a name that only starts like ours', (p: number) => `localhost.evil.example:${p}`],
    ])('refuses Host %s with 403', async (_name, host) => {
      const before = countRows(backend.db, 'logged_set');
      const set = session.set({ setNumber: 2, clientKey: `host-${host(port)}` });
      expectFailure(await callApi(port, 'sessions:log-set', set, { host: host(port) }), 403, 'forbidden');
      expect(countRows(backend.db, 'logged_set')).toBe(before);
    });

    it('refuses the page itself to a foreign Host', async () => {
      const response = await send(port, { path: '/', headers: { host: 'evil.example:5180' } });
      expectFailure(response, 403, 'forbidden');
      expect(response.text).not.toContain('<div id="app">');
    });

    it('answers our own Origin', async () => {
      for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
        expect((await callApi(port, 'library:list', {}, { origin })).status).toBe(200);
      }
    });

    it.each([
      'http://evil.example:5180',
      'https://evil.example',
      'null',
      'http://127.0.0.1',
      'https://127.0.0.1:PORT',
      'http://127.0.0.1:PORT.evil.example',
    ])('refuses Origin %s with 403 and writes nothing', async (template) => {
      const origin = template.replace('PORT', String(port));
      const before = countRows(backend.db, 'logged_set');
      const set = session.set({ setNumber: 3, clientKey: `origin-${origin}` });
      expectFailure(await callApi(port, 'sessions:log-set', set, { origin }), 403, 'forbidden');
      expect(countRows(backend.db, 'logged_set')).toBe(before);
    });
  });

  describe('the page', () => {
    it('serves index.html with a strict Content-Security-Policy and security headers', async () => {
      const response = await send(port, { path: '/' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toBe(INDEX_HTML);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toBe(CONTENT_SECURITY_POLICY);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    });

    it('serves the renderer files, and nothing outside them', async () => {
      expect((await send(port, { path: '/app.js' })).status).toBe(200);
      expectFailure(await send(port, { path: '/missing.js' }), 404, 'not-found');
      expectFailure(await send(port, { path: '/../gymdeck.db' }), 404, 'not-found');
      expectFailure(await send(port, { path: '/%2e%2e/gymdeck.db' }), 404, 'not-found');
    });

    it.each(['/%', '/api/%zz', '/media/%E0%A4%A'])(
      'answers the malformed address %s only after the Host check, with the security headers',
      async (path) => {
        const foreign = await send(port, { path, headers: { host: 'evil.example:5180' } });
        expectFailure(foreign, 403, 'forbidden');
        const ours = await send(port, { path });
        expectFailure(ours, 400, 'invalid-input');
        for (const response of [foreign, ours]) {
          expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
          expect(response.headers['x-content-type-options']).toBe('nosniff');
          expect(response.headers['referrer-policy']).toBe('no-referrer');
        }
      },
    );

    it('sends the security headers on API answers too', async () => {
      const response = await callApi(port, 'library:list', {});
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  });
});

describe('web server with the default body limit', () => {
  let dataDir: TempDir;
  let backend: Backend;
  let server: Running;

  beforeEach(async () => {
    dataDir = makeTempDir('gymdeck-web-data-');
    backend = startBackend({ dataDir: dataDir.path });
    server = await listen({
      dispatch: backend.dispatch,
      rendererDir: dataDir.path,
      host: '127.0.0.1',
      port: 0,
    });
  });
  afterEach(async () => {
    await server.app.close();
    backend.close();
    dataDir.remove();
  });

  it('takes a normal request and refuses one over 256 KiB with 413', async () => {
    expect((await callApi(server.port, 'library:list', { query: 'row' })).status).toBe(200);
    expectFailure(
      await callApi(server.port, 'library:list', { query: 'x'.repeat(300 * 1024) }),
      413,
      'invalid-input',
      'too-large',
    );
  });
});

describe('web server on a store it cannot write', () => {
  let dataDir: TempDir;
  let server: Running;
  let close: () => void;
  let session: ReturnType<typeof startSession>;

  beforeEach(async () => {
    dataDir = makeTempDir('gymdeck-web-data-');
    const writable = startBackend({ dataDir: dataDir.path });
    insertMember(writable.db, MEMBER, T0);
    session = startSession(writable.services, MEMBER.id, LOCAL_SCREEN_ID);
    const file = writable.db.name;
    writable.close();
    const db = openDatabase(file, { readonly: true });
    close = () => db.close();
    const services = createServices({ db, now: () => T0, steadyNow: () => 0, newId: sequentialIds() });
    services.sessions.signIn(LOCAL_SCREEN_ID, MEMBER.memberNumber ?? '');
    const dispatch = createApiRouter(services);
    server = await listen({ dispatch, rendererDir: dataDir.path, host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await server.app.close();
    close();
    dataDir.remove();
  });

  it('answers a set with storage-read-only (503) and still serves the library', async () => {
    const set = session.set({ clientKey: 'read-only-01' });
    const error = expectFailure(
      await callApi(server.port, 'sessions:log-set', set),
      503,
      'storage-read-only',
    );
    expect(error.message).toMatch(/nothing was saved/);
    expect((await callApi(server.port, 'library:list', {})).status).toBe(200);
  });
});
