import { writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildWebServer } from '../../src/server/web-server';
import { METHOD_NAMES, contract } from '@shared/contract';
import { base64, solidPng } from '../support/media-files';
import { callApi } from '../support/http';
import { serveBackend, type ServedBackend } from '../support/served-backend';
import { makeTempDir, type TempDir } from '../support/temp-dir';
import { VALID_PAYLOADS } from '../support/valid-payloads';

/** A screen on the gym's network, as fastify's inject can pretend to be one (no traffic leaves loopback). */
const RACK_ADDRESS = '192.168.1.23';
const DOOR_ADDRESS = '192.168.1.24';

const COUNTDOWN = {
  kind: 'countdown',
  restSeconds: 60,
  exerciseId: null,
  countdown: { durationMs: 60_000, endsAt: 1_760_000_060_000, pausedRemainingMs: null },
};

describe('screens on the gym network', () => {
  let served: ServedBackend;
  let app: FastifyInstance;
  let renderer: TempDir;
  let pictureId: string;

  beforeAll(async () => {
    served = await serveBackend();
    renderer = makeTempDir('gymdeck-renderer-');
    writeFileSync(renderer.file('index.html'), '<!doctype html><title>Gymdeck</title>');
    app = await buildWebServer({
      dispatch: served.backend.dispatch,
      rendererDir: renderer.path,
      host: '0.0.0.0',
      port: 5180,
      extraHostNames: ['gymdeck.local'],
      resolveMedia: (id) => served.backend.services.libraryEditing.resolveMediaFile(id),
      authenticate: (token) => served.backend.services.screens.authenticate(token)?.id ?? null,
      fileBodyLimitBytes: 4096,
    });
    const attached = await callApi(
      served.port,
      'library:attach-media',
      { exerciseId: 'face-pull', role: 'still', data: base64(solidPng()) },
      served.trainer,
    );
    pictureId = (attached.json() as { value: { media: { id: string }[] } }).value.media[0]?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await served.close();
    renderer.remove();
  });

  const writes = (): number => Number(served.backend.db.prepare('SELECT total_changes()').pluck().get());

  function call(method: string, payload: unknown, from: string, headers: Record<string, string> = {}) {
    const options: InjectOptions = {
      method: 'POST',
      url: `/api/${method}`,
      remoteAddress: from,
      headers: { host: 'gymdeck.local:5180', 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(payload),
    };
    return app.inject(options);
  }

  /** The whole pairing of a screen at `address`, as its page and a trainer at the desk do it. */
  async function pair(address: string, name: string): Promise<{ token: string; id: string }> {
    const asked = await call('pairing:request', {}, address);
    expect(asked.statusCode).toBe(200);
    const { code, claim } = (asked.json() as { value: { code: string; claim: string } }).value;
    expect((await call('pairing:claim', { claim }, address)).json()).toMatchObject({
      value: { status: 'waiting' },
    });
    const approved = await callApi(
      served.port,
      'screens:pair',
      { code: `${code.slice(0, 3)} ${code.slice(3)}`, name },
      served.trainer,
    );
    expect(approved.status, approved.text).toBe(200);
    const collected = (await call('pairing:claim', { claim }, address)).json() as {
      value: { status: string; token: string; screen: { id: string; name: string } };
    };
    expect(collected.value).toMatchObject({ status: 'paired', screen: { name } });
    return { token: collected.value.token, id: collected.value.screen.id };
  }

  it('answers an unpaired screen 401 on every method but the pairing calls, and touches nothing', async () => {
    const before = writes();
    for (const method of METHOD_NAMES) {
      const response = await call(method, VALID_PAYLOADS[method], RACK_ADDRESS);
      if (contract[method].access === 'anyone') continue;
      expect(response.statusCode, method).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.json(), method).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', reason: 'pairing-needed' },
      });
    }
    // Not its media either, and a wrong or made-up token is no better than none.
    const media = await app.inject({
      url: `/media/${pictureId}`,
      remoteAddress: RACK_ADDRESS,
      headers: { host: 'gymdeck.local:5180' },
    });
    expect(media.statusCode).toBe(401);
    expect(
      (await call('library:list', {}, RACK_ADDRESS, { authorization: 'Bearer made-up-token' })).statusCode,
    ).toBe(401);
    expect((await call('library:list', {}, RACK_ADDRESS, { 'x-gymdeck-screen': 'kiosk' })).statusCode).toBe(
      401,
    );
    expect(writes()).toBe(before);
  });

  it('refuses an unpaired upload before reading its body (else it would be too large)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/library:attach-media',
      remoteAddress: RACK_ADDRESS,
      headers: { host: 'gymdeck.local:5180', 'content-type': 'application/json' },
      payload: JSON.stringify({ exerciseId: 'face-pull', role: 'loop', data: 'A'.repeat(8192) }),
    });
    expect(response.statusCode).toBe(401);
  });

  it('serves the page itself to an unpaired screen, so it can show its code', async () => {
    const page = await app.inject({
      url: '/',
      remoteAddress: RACK_ADDRESS,
      headers: { host: 'gymdeck.local:5180' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gymdeck');
  });

  it('pairs a screen by its code; its token then opens the API, its media by cookie, and its own timer', async () => {
    const rack = await pair(RACK_ADDRESS, 'Rack 3');
    const auth = { authorization: `Bearer ${rack.token}` };
    expect((await call('library:list', {}, RACK_ADDRESS, auth)).statusCode).toBe(200);
    // The same token works from wherever the screen moves on the network.
    expect((await call('library:list', {}, DOOR_ADDRESS, auth)).statusCode).toBe(200);
    const media = await app.inject({
      url: `/media/${pictureId}`,
      remoteAddress: RACK_ADDRESS,
      headers: { host: 'gymdeck.local:5180', cookie: `other=1; gymdeck-token=${rack.token}` },
    });
    expect(media.statusCode).toBe(200);
    // Trainer powers still need the PIN on that screen.
    expect((await call('library:archive', { id: 'face-pull' }, RACK_ADDRESS, auth)).json()).toMatchObject({
      error: { code: 'forbidden', reason: 'trainer-locked' },
    });
    const listed = (await callApi(served.port, 'screens:list', {}, served.trainer)).json() as {
      value: { id: string; name: string; lastSeenAt: number | null }[];
    };
    expect(listed.value).toContainEqual(
      expect.objectContaining({ id: rack.id, name: 'Rack 3', lastSeenAt: expect.any(Number) }),
    );
  });

  it('gives two paired screens their own timers, whatever screen id they claim', async () => {
    const rack = await pair(RACK_ADDRESS, 'Rack 4');
    const door = await pair(DOOR_ADDRESS, 'Door');
    const asRack = { authorization: `Bearer ${rack.token}`, 'x-gymdeck-screen': door.id };
    const asDoor = { authorization: `Bearer ${door.token}` };
    expect((await call('timers:save-run', { run: COUNTDOWN }, RACK_ADDRESS, asRack)).statusCode).toBe(200);
    expect((await call('timers:get-run', {}, RACK_ADDRESS, asRack)).json()).toEqual({
      ok: true,
      value: { run: COUNTDOWN },
    });
    expect((await call('timers:get-run', {}, DOOR_ADDRESS, asDoor)).json()).toEqual({
      ok: true,
      value: { run: null },
    });
    expect(served.backend.services.timers.getRun(rack.id)).toEqual(COUNTDOWN);
    expect(served.backend.services.timers.getRun(door.id)).toBeNull();
  });

  it('stops a revoked token at once', async () => {
    const door = await pair(DOOR_ADDRESS, 'Door 2');
    const auth = { authorization: `Bearer ${door.token}` };
    expect((await call('library:list', {}, DOOR_ADDRESS, auth)).statusCode).toBe(200);
    expect((await callApi(served.port, 'screens:revoke', { id: door.id }, served.trainer)).status).toBe(200);
    expect((await call('library:list', {}, DOOR_ADDRESS, auth)).statusCode).toBe(401);
  });

  it('never pairs by a code no screen is showing', async () => {
    const response = await callApi(
      served.port,
      'screens:pair',
      { code: '000000', name: 'Ghost' },
      served.trainer,
    );
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ error: { field: 'code', reason: 'pairing-unknown' } });
  });
});

describe('a hub behind a reverse proxy', () => {
  let served: ServedBackend;
  beforeAll(async () => {
    served = await serveBackend({ trustProxy: ['127.0.0.1'] });
  });
  afterAll(() => served.close());

  it('takes the client from X-Forwarded-For of the trusted proxy: a forwarded screen must pair', async () => {
    const forwarded = await callApi(served.port, 'library:list', {}, { 'x-forwarded-for': RACK_ADDRESS });
    expect(forwarded.status).toBe(401);
    expect(
      (await callApi(served.port, 'pairing:request', {}, { 'x-forwarded-for': RACK_ADDRESS })).status,
    ).toBe(200);
    // The proxy's own machine (no forwarding) is loopback.
    expect((await callApi(served.port, 'library:list', {})).status).toBe(200);
  });

  it('ignores X-Forwarded-For from anyone it does not trust', async () => {
    const other = await serveBackend();
    try {
      expect(
        (await callApi(other.port, 'library:list', {}, { 'x-forwarded-for': RACK_ADDRESS })).status,
      ).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('uploads at once', () => {
  let served: ServedBackend;
  beforeAll(async () => {
    served = await serveBackend();
  });
  afterAll(() => served.close());

  /** An upload whose body is only begun: the server is reading it until `finish`. */
  function beginUpload(): { request: ClientRequest; answer: Promise<number>; finish(): void } {
    const body = JSON.stringify({ exerciseId: 'face-pull', role: 'still', data: base64(solidPng()) });
    const request = httpRequest({
      host: '127.0.0.1',
      port: served.port,
      method: 'POST',
      path: '/api/library:attach-media',
      headers: {
        host: `127.0.0.1:${served.port}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...served.trainer,
      },
    });
    const answer = new Promise<number>((resolve, reject) => {
      request.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    request.flushHeaders();
    return { request, answer, finish: () => request.end(body.slice(10)) };
  }

  /** An upload for no exercise: refused as not-found if it is read, so asking changes nothing. */
  const probe = () =>
    callApi(
      served.port,
      'library:attach-media',
      { exerciseId: 'no-such-exercise', role: 'end', data: base64(solidPng()) },
      served.trainer,
    );

  it('reads at most two at a time and refuses a third until one is done', async () => {
    const first = beginUpload();
    const second = beginUpload();
    // Once the server reads both, a third is refused before its body is read.
    await vi.waitFor(async () => expect((await probe()).status).toBe(429));
    const third = await probe();
    expect(third.json()).toMatchObject({ error: { code: 'rate-limited', reason: 'busy' } });
    first.finish();
    second.finish();
    expect(await first.answer).toBe(200);
    expect(await second.answer).toBe(200);
    const fourth = await callApi(
      served.port,
      'library:attach-media',
      { exerciseId: 'face-pull', role: 'end', data: base64(solidPng()) },
      served.trainer,
    );
    expect(fourth.status).toBe(200);
  });

  it('frees the place of an upload whose screen went away', async () => {
    for (let n = 0; n < 3; n++) {
      const gone = beginUpload();
      gone.answer.catch(() => undefined);
      gone.request.destroy();
    }
    await vi.waitFor(async () => expect((await probe()).status).toBe(404));
    const after = await callApi(
      served.port,
      'library:attach-media',
      { exerciseId: 'face-pull', role: 'start', data: base64(solidPng()) },
      served.trainer,
    );
    expect(after.status).toBe(200);
  });
});
