import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isTrustedSenderFrame, registerApiHandlers, type SenderFrame } from '../../../src/main/ipc-adapter';
import type { Dispatch } from '../../../src/services/api-router';
import { METHOD_NAMES } from '@shared/contract/methods';
import { ok, type Result } from '@shared/contract/result';
import { FakeFrame, FakeIpcMain } from './fake-electron';

const appUrl = pathToFileURL('/opt/gymdeck/out/renderer/index.html').href;

function setUp(dispatch: Dispatch = vi.fn<Dispatch>(async () => ok('answer'))) {
  const ipcMain = new FakeIpcMain();
  const mainFrame = new FakeFrame(`${appUrl}#/library`);
  const onInternalError = vi.fn();
  const handlers = registerApiHandlers(
    ipcMain,
    dispatch,
    (frame) => isTrustedSenderFrame(frame, mainFrame, appUrl),
    { onInternalError },
  );
  return { ipcMain, mainFrame, dispatch, handlers, onInternalError };
}

const errorCode = (result: unknown): string | undefined =>
  (result as Result<unknown>).ok ? undefined : (result as { error: { code: string } }).error.code;

describe('isTrustedSenderFrame', () => {
  const mainFrame = new FakeFrame(appUrl);

  it('trusts our main frame on our page', () => {
    expect(isTrustedSenderFrame(mainFrame, mainFrame, appUrl)).toBe(true);
  });

  it.each<[string, SenderFrame | null, SenderFrame | null]>([
    ['a frame that is gone', null, mainFrame],
    ['no window at all', mainFrame, null],
    ['another frame on the same page', new FakeFrame(appUrl), mainFrame],
    ['a subframe of our window', new FakeFrame(appUrl, mainFrame), mainFrame],
  ])('refuses %s', (_name, frame, ourMainFrame) => {
    expect(isTrustedSenderFrame(frame, ourMainFrame, appUrl)).toBe(false);
  });

  it('refuses our main frame once it shows another page', () => {
    const navigated = new FakeFrame('https://example.com/');
    expect(isTrustedSenderFrame(navigated, navigated, appUrl)).toBe(false);
  });
});

describe('registerApiHandlers', () => {
  it('registers exactly one handler per contract method', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('never registers a channel outside the contract', async () => {
    const { ipcMain } = setUp();
    for (const channel of ['library:delete-all', 'admin:exec', 'ELECTRON_BROWSER_REQUIRE', '']) {
      expect(ipcMain.handlers.has(channel)).toBe(false);
      await expect(ipcMain.invoke(channel, null, {})).rejects.toThrow(/No handler/);
    }
  });

  it('passes the one payload of our main frame to dispatch and returns its result', async () => {
    const { ipcMain, mainFrame, dispatch } = setUp();
    const payload = { query: 'squat' };
    await expect(ipcMain.invoke('library:list', mainFrame, payload)).resolves.toEqual(ok('answer'));
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith('library:list', payload, {
      screenId: 'kiosk',
      connection: 'kiosk',
    });
  });

  it('passes a missing payload on as undefined', async () => {
    const { ipcMain, mainFrame, dispatch } = setUp();
    await ipcMain.invoke('library:vocabulary', mainFrame);
    expect(dispatch).toHaveBeenCalledWith('library:vocabulary', undefined, {
      screenId: 'kiosk',
      connection: 'kiosk',
    });
  });

  it('refuses a foreign frame with forbidden, before dispatch runs', async () => {
    const { ipcMain, dispatch } = setUp();
    const foreign = new FakeFrame(appUrl);
    const result = await ipcMain.invoke('sessions:log-set', foreign, {});
    expect(errorCode(result)).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe of our window', async () => {
    const { ipcMain, mainFrame, dispatch } = setUp();
    const subframe = new FakeFrame(appUrl, mainFrame);
    expect(errorCode(await ipcMain.invoke('library:list', subframe, {}))).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone', async () => {
    const { ipcMain, dispatch } = setUp();
    expect(errorCode(await ipcMain.invoke('library:list', null, {}))).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses our main frame after it left the app page', async () => {
    const { ipcMain, mainFrame, dispatch } = setUp();
    mainFrame.url = 'data:text/html,<h1>hi</h1>';
    expect(errorCode(await ipcMain.invoke('library:list', mainFrame, {}))).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses more than one argument', async () => {
    const { ipcMain, mainFrame, dispatch } = setUp();
    expect(errorCode(await ipcMain.invoke('library:list', mainFrame, {}, { extra: true }))).toBe(
      'invalid-input',
    );
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into internal, reported but not passed on', async () => {
    const failure = new Error('disk on fire at /secret/path');
    const { ipcMain, mainFrame, onInternalError } = setUp(() => {
      throw failure;
    });
    const result = await ipcMain.invoke('library:list', mainFrame, {});
    expect(errorCode(result)).toBe('internal');
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(onInternalError).toHaveBeenCalledWith('library:list', failure);
  });

  it('turns a rejecting dispatch into internal', async () => {
    const { ipcMain, mainFrame } = setUp(() => Promise.reject(new Error('gone')));
    expect(errorCode(await ipcMain.invoke('library:get', mainFrame, { id: 'x' }))).toBe('internal');
  });

  it('turns a sender check that throws into internal rather than an IPC error', async () => {
    const ipcMain = new FakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerApiHandlers(ipcMain, dispatch, () => {
      throw new Error('frame destroyed');
    });
    expect(errorCode(await ipcMain.invoke('library:list', new FakeFrame(appUrl), {}))).toBe('internal');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes every handler on unregister, so they can be registered again', () => {
    const { ipcMain, handlers } = setUp();
    handlers.unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => setUp()).not.toThrow();
  });

  it('answers any call from any frame with a Result and never throws', async () => {
    const frames = fc.constantFrom<'main' | 'foreign' | 'sub' | 'none'>('main', 'foreign', 'sub', 'none');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHOD_NAMES),
        frames,
        fc.array(fc.anything(), { maxLength: 3 }),
        fc.boolean(),
        async (method, frameKind, args, dispatchThrows) => {
          const { ipcMain, mainFrame, dispatch } = setUp(
            vi.fn<Dispatch>(async () => {
              if (dispatchThrows) throw new Error('boom');
              return ok(null);
            }),
          );
          const frame = {
            main: mainFrame,
            foreign: new FakeFrame(appUrl),
            sub: new FakeFrame(appUrl, mainFrame),
            none: null,
          }[frameKind];
          const result = (await ipcMain.invoke(method, frame, ...args)) as Result<unknown>;
          expect(typeof result.ok).toBe('boolean');
          if (frameKind !== 'main') {
            expect(errorCode(result)).toBe('forbidden');
            expect(dispatch).not.toHaveBeenCalled();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
