import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTrustedSenderFrame, registerApiHandlers } from '../../src/main/ipc-adapter';
import { buildWebServer } from '../../src/server/web-server';
import { resetTrainerPinIn, startBackend, type Backend } from '../../src/services/backend';
import { METHOD_NAMES, contract, type MethodName, type Result } from '@shared/contract';
import { callApi } from '../support/http';
import { TEST_PIN, TEST_PIN_HASHING, fixedClock, type TestClock } from '../support/store';
import { makeTempDir, type TempDir } from '../support/temp-dir';
import { VALID_PAYLOADS } from '../support/valid-payloads';
import { FakeFrame, FakeIpcMain } from '../unit/main/fake-electron';

const TRAINER_METHODS: MethodName[] = METHOD_NAMES.filter((method) => contract[method].access === 'trainer');
const WRONG = '555000';
const writes = (backend: Backend): number =>
  Number(backend.db.prepare('SELECT total_changes()').pluck().get());

interface Hub {
  backend: Backend;
  app: FastifyInstance;
  port: number;
  close(): Promise<void>;
}

/** A real backend in `dataDir` behind web mode on loopback, on the clocks given. */
async function startHub(dataDir: string, clock: TestClock, steady: TestClock): Promise<Hub> {
  const backend = startBackend({
    dataDir,
    clock: { now: clock.now, steadyNow: steady.now },
    pinHashing: TEST_PIN_HASHING,
  });
  writeFileSync(`${dataDir}/index.html`, '<!doctype html><title>Gymdeck</title>');
  const app = await buildWebServer({
    dispatch: backend.dispatch,
    rendererDir: dataDir,
    host: '127.0.0.1',
    port: 0,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    backend,
    app,
    port: (app.server.address() as AddressInfo).port,
    close: async () => {
      await app.close();
      backend.close();
    },
  };
}

const screen = (id: string): Record<string, string> => ({ 'x-gymdeck-screen': id });

describe('trainer powers over both transports', () => {
  let dir: TempDir;
  let hub: Hub;
  beforeEach(async () => {
    dir = makeTempDir('gymdeck-trainer-');
    hub = await startHub(dir.path, fixedClock(), fixedClock(0));
  });
  afterEach(async () => {
    await hub.close();
    dir.remove();
  });

  /** The kiosk window's IPC, on the same backend. */
  function kioskIpc() {
    const appUrl = pathToFileURL('/opt/gymdeck/out/renderer/index.html').href;
    const ipcMain = new FakeIpcMain();
    const mainFrame = new FakeFrame(appUrl);
    registerApiHandlers(ipcMain, hub.backend.dispatch, (frame) =>
      isTrustedSenderFrame(frame, mainFrame, appUrl),
    );
    return (method: MethodName, payload: unknown) =>
      ipcMain.invoke(method, mainFrame, payload) as Promise<Result<unknown>>;
  }

  it('refuses every trainer method until a PIN exists, saying how to choose one, and writes nothing', async () => {
    const ipc = kioskIpc();
    const before = writes(hub.backend);
    for (const method of TRAINER_METHODS) {
      const http = await callApi(hub.port, method, VALID_PAYLOADS[method], screen('rack-3'));
      expect(http.status, method).toBe(403);
      expect(http.json(), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden', reason: 'pin-not-set' },
      });
      expect(await ipc(method, VALID_PAYLOADS[method]), method).toMatchObject({
        ok: false,
        error: { code: 'forbidden', reason: 'pin-not-set', message: expect.stringMatching(/choose one/) },
      });
    }
    expect(writes(hub.backend)).toBe(before);
  });

  it('refuses every trainer method on a locked screen over HTTP and IPC, and admits the unlocked one', async () => {
    const ipc = kioskIpc();
    // A trainer chooses the PIN at the front desk (web mode); the kiosk and rack 3 stay locked.
    expect((await callApi(hub.port, 'trainer:set-pin', { pin: TEST_PIN }, screen('desk'))).status).toBe(200);
    const before = writes(hub.backend);
    for (const method of TRAINER_METHODS) {
      const http = await callApi(hub.port, method, VALID_PAYLOADS[method], screen('rack-3'));
      expect(http.status, method).toBe(403);
      expect(http.json(), method).toMatchObject({ error: { code: 'forbidden', reason: 'trainer-locked' } });
      expect(await ipc(method, VALID_PAYLOADS[method]), method).toMatchObject({
        error: { code: 'forbidden', reason: 'trainer-locked' },
      });
    }
    expect(writes(hub.backend)).toBe(before);

    // Unlocked on the kiosk, every trainer method reaches its service there (and only there).
    expect(await ipc('trainer:unlock', { pin: TEST_PIN })).toMatchObject({
      ok: true,
      value: { unlocked: true },
    });
    for (const method of TRAINER_METHODS.filter((m) => m !== 'kiosk:quit' && m !== 'trainer:change-pin')) {
      const result = await ipc(method, VALID_PAYLOADS[method]);
      if (!result.ok)
        expect(['not-found', 'unavailable', 'invalid-input'], `${method}: ${result.error.message}`).toContain(
          result.error.code,
        );
    }
    expect(await ipc('library:archive', { id: 'face-pull' })).toMatchObject({
      ok: true,
      value: { archived: true },
    });
    expect((await callApi(hub.port, 'library:restore', { id: 'face-pull' }, screen('rack-3'))).status).toBe(
      403,
    );

    // Locking the kiosk ends it at once.
    await ipc('trainer:lock', {});
    expect(await ipc('library:restore', { id: 'face-pull' })).toMatchObject({
      error: { reason: 'trainer-locked' },
    });
  });

  it('forgets the PIN by the offline reset, while running, and refuses trainer calls until a new one is chosen', async () => {
    await callApi(hub.port, 'trainer:set-pin', { pin: TEST_PIN }, screen('desk'));
    expect(resetTrainerPinIn(dir.path)).toBe(true);
    expect(
      (await callApi(hub.port, 'library:archive', { id: 'face-pull' }, screen('desk'))).json(),
    ).toMatchObject({
      error: { reason: 'pin-not-set' },
    });
    expect((await callApi(hub.port, 'trainer:status', {}, screen('desk'))).json()).toMatchObject({
      value: { pinSet: false, unlocked: false },
    });
    expect(() => resetTrainerPinIn(`${dir.path}/nowhere`)).toThrow(/no Gymdeck data/);
  });
});

describe('the PIN lock-out over a restart and a clock set back', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-lockout-')));
  afterEach(() => dir.remove());

  it('keeps the count and the rest of the pause; only running time counts', async () => {
    const wall = fixedClock();
    const first = await startHub(dir.path, wall, fixedClock(50_000));
    await callApi(first.port, 'trainer:set-pin', { pin: TEST_PIN }, screen('desk'));
    for (let n = 0; n < 4; n++) {
      expect((await callApi(first.port, 'trainer:unlock', { pin: WRONG }, screen('rack-3'))).status).toBe(
        403,
      );
    }
    const fifth = await callApi(first.port, 'trainer:unlock', { pin: WRONG }, screen('rack-3'));
    expect(fifth.json()).toMatchObject({
      error: { reason: 'pin-wrong', params: { triesLeft: 0, seconds: 30 } },
    });
    await first.close();

    // Restarted with the wall clock set back a day: the pause is still 30 s, and the count is kept.
    wall.advance(-24 * 3_600_000);
    const steady = fixedClock(0);
    const second = await startHub(dir.path, wall, steady);
    const refused = await callApi(second.port, 'trainer:unlock', { pin: TEST_PIN }, screen('rack-3'));
    expect(refused.status).toBe(429);
    expect(refused.json()).toMatchObject({
      error: { code: 'rate-limited', reason: 'locked-out', params: { seconds: 30 } },
    });
    steady.advance(12_000);
    expect((await callApi(second.port, 'trainer:status', {}, screen('rack-3'))).json()).toMatchObject({
      value: { lockedOutSeconds: 18, triesLeft: 0 },
    });
    await second.close();

    // Another restart: the 12 s that passed while it ran are kept, the wall clock is ignored again.
    wall.advance(-3_600_000);
    const third = await startHub(dir.path, wall, fixedClock(7));
    expect((await callApi(third.port, 'trainer:status', {}, screen('rack-3'))).json()).toMatchObject({
      value: { lockedOutSeconds: 18 },
    });
    await third.close();
  });
});
