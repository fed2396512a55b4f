import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANG_GRACE_MS, appPaths, startKioskApp, type KioskAppOptions } from '../../../src/main/kiosk-app';
import { MEDIA_SCHEME } from '../../../src/main/media-protocol';
import { createWindowOptions } from '../../../src/main/window-options';
import { startBackend, type Backend, type BackendOptions } from '../../../src/services/backend';
import { METHOD_NAMES } from '@shared/contract/methods';
import type { Result } from '@shared/contract/result';
import { makeTempDir, type TempDir } from '../../support/temp-dir';
import { FakeClock } from './fake-clock';
import { FakeFrame, createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './fake-electron';

const mainDir = resolve('/opt/gymdeck/out/main');
const { preloadPath, indexPath, appUrl } = appPaths(mainDir);

describe('startKioskApp', () => {
  let dir: TempDir;
  let electron: FakeElectron;
  let clock: FakeClock;
  let backends: Backend[];
  let backendOptions: BackendOptions[];
  let logged: string[];

  beforeEach(() => {
    dir = makeTempDir();
    electron = createFakeElectron({ userDataDir: join(dir.path, 'user-data') });
    clock = new FakeClock();
    backends = [];
    backendOptions = [];
    logged = [];
  });
  afterEach(() => {
    for (const backend of backends) if (backend.db.open) backend.close();
    dir.remove();
  });

  function start(overrides: Partial<KioskAppOptions> = {}) {
    return startKioskApp(electron, {
      argv: ['/usr/lib/gymdeck/gymdeck', '.'],
      env: {},
      mainDir,
      platform: 'linux',
      clock,
      log: (message) => logged.push(message),
      startBackend: (options) => {
        backendOptions.push(options);
        const backend = startBackend(options);
        backends.push(backend);
        return backend;
      },
      ...overrides,
    });
  }

  async function startedWindow(overrides: Partial<KioskAppOptions> = {}): Promise<FakeBrowserWindow> {
    const kiosk = start(overrides);
    electron.app.becomeReady();
    await kiosk.started;
    const [window] = electron.windows;
    if (!window) throw new Error('No window was opened.');
    return window;
  }

  it('enables the sandbox for every renderer before the app is ready', () => {
    start();
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.app.sandboxEnabledBeforeReady).toBe(true);
  });

  it('quits at once when another instance holds the lock', async () => {
    electron = createFakeElectron({ singleInstanceLock: false });
    const kiosk = start();
    electron.app.becomeReady();
    await kiosk.started;
    expect(electron.app.quitRequests).toBe(1);
    expect(electron.windows).toEqual([]);
    expect(backendOptions).toEqual([]);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('does nothing visible before the app is ready', () => {
    start();
    expect(electron.windows).toEqual([]);
    expect(backendOptions).toEqual([]);
  });

  it('opens one kiosk window from the options factory and loads the built page', async () => {
    const window = await startedWindow();
    expect(electron.windows).toHaveLength(1);
    expect(window.options).toEqual(createWindowOptions({ kiosk: true, preloadPath }));
    expect(window.loadedFiles).toEqual([indexPath]);
    expect(preloadPath).toBe(resolve('/opt/gymdeck/out/preload/index.js'));
    expect(indexPath).toBe(resolve('/opt/gymdeck/out/renderer/index.html'));
    expect(appUrl).toBe(pathToFileURL(indexPath).href);
  });

  it('registers the media scheme before ready and serves media files of the opened store', async () => {
    const kiosk = start();
    expect(electron.protocol.privileged.map((scheme) => scheme.scheme)).toEqual([MEDIA_SCHEME]);
    electron.app.becomeReady();
    await kiosk.started;
    const handler = electron.protocol.handlers.get(MEDIA_SCHEME);
    const answer = await handler?.({ url: `${MEDIA_SCHEME}://media/no-such-media`, method: 'GET' });
    expect(answer?.status).toBe(404);
  });

  it('shows the window once it has something to show', async () => {
    const window = await startedWindow();
    expect(window.shown).toBe(0);
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('opens an ordinary window with --windowed', async () => {
    const window = await startedWindow({ argv: ['electron', '.', '--windowed'] });
    expect(window.options).toEqual(createWindowOptions({ kiosk: false, preloadPath }));
    // Kiosk keys are left alone in a window.
    expect(
      window.webContents.firePreventable(
        'before-input-event',
        {},
        { type: 'keyDown', key: 'F5', code: 'F5', control: false, alt: false, meta: false, shift: false },
      ),
    ).toBe(false);
  });

  it('removes the application menu and its shortcuts', async () => {
    await startedWindow();
    expect(electron.applicationMenus).toEqual([null]);
  });

  it('guards the window against navigation, new windows and kiosk keys', async () => {
    const window = await startedWindow();
    const contents = window.webContents;
    const away = 'https://example.com/';
    expect(contents.firePreventable('will-navigate', { url: away, isMainFrame: true }, away)).toBe(true);
    expect(
      contents.windowOpenHandler?.({
        url: away,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: appUrl, policy: 'no-referrer' },
      }),
    ).toEqual({ action: 'deny' });
    const f5 = {
      type: 'keyDown',
      key: 'F5',
      code: 'F5',
      control: false,
      alt: false,
      meta: false,
      shift: false,
    };
    expect(contents.firePreventable('before-input-event', {}, f5)).toBe(true);
  });

  it('denies permissions and sets the content security policy on the default session', async () => {
    await startedWindow();
    const session = electron.session.defaultSession;
    await expect(session.requestPermission('media')).resolves.toBe(false);
    expect(session.checkPermission('notifications')).toBe(false);
    expect(session.receiveHeaders({})?.['Content-Security-Policy']).toHaveLength(1);
  });

  it('keeps the display awake', async () => {
    await startedWindow();
    expect([...electron.powerSaveBlocker.started.values()]).toEqual(['prevent-display-sleep']);
  });

  it("keeps its data in Electron's user-data folder", async () => {
    await startedWindow();
    expect(backendOptions.map((options) => options.dataDir)).toEqual([join(dir.path, 'user-data')]);
  });

  it('keeps its data in GYMDECK_DATA_DIR when that is set', async () => {
    const dataDir = join(dir.path, 'elsewhere');
    await startedWindow({ env: { GYMDECK_DATA_DIR: dataDir } });
    expect(backendOptions.map((options) => options.dataDir)).toEqual([dataDir]);
  });

  it('answers the API to its own window and to nobody else', async () => {
    const window = await startedWindow();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    const own = (await electron.ipcMain.invoke('library:list', window.webContents.mainFrame, {})) as Result<{
      exercises: unknown[];
    }>;
    expect(own.ok && own.value.exercises.length).toBeGreaterThan(0);
    const stranger = (await electron.ipcMain.invoke(
      'library:list',
      new FakeFrame(appUrl),
      {},
    )) as Result<unknown>;
    expect(stranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  describe('trainer powers of the kiosk itself', () => {
    const PIN = '482916';
    async function call(
      window: FakeBrowserWindow,
      method: string,
      payload: unknown = {},
    ): Promise<Result<unknown>> {
      return (await electron.ipcMain.invoke(
        method,
        window.webContents.mainFrame,
        payload,
      )) as Result<unknown>;
    }

    it('opens its own file dialog only for an unlocked trainer, and hands over the chosen file', async () => {
      const window = await startedWindow();
      const picture = join(dir.path, 'band.png');
      writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      electron.openDialogAnswers.push({ canceled: false, filePaths: [picture] });

      expect(await call(window, 'kiosk:open-file', { kind: 'picture' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', reason: 'pin-not-set' },
      });
      expect(electron.openDialogs).toEqual([]);

      expect(await call(window, 'trainer:set-pin', { pin: PIN })).toMatchObject({ ok: true });
      expect(await call(window, 'kiosk:open-file', { kind: 'picture' })).toEqual({
        ok: true,
        value: { file: { name: 'band.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64') } },
      });
      expect(electron.openDialogs).toHaveLength(1);
      expect(electron.openDialogs[0]?.window).toBe(window);
      expect(electron.openDialogs[0]?.options.filters?.[0]?.extensions).toContain('png');
      // Cancelled: nothing chosen.
      expect(await call(window, 'kiosk:open-file', { kind: 'video' })).toEqual({
        ok: true,
        value: { file: null },
      });

      await call(window, 'trainer:lock');
      expect(await call(window, 'kiosk:open-file', { kind: 'library-file' })).toMatchObject({
        error: { reason: 'trainer-locked' },
      });
      expect(electron.openDialogs).toHaveLength(2);
    });

    it("lets a download through only as a trainer's library export, to a place the trainer chooses", async () => {
      const window = await startedWindow();
      const session = electron.session.defaultSession;
      const exportFile = 'gymdeck-library-2026-01-05.json';
      expect(session.download('blob:file:///5f1c', exportFile)).toEqual({
        cancelled: true,
        saveDialog: null,
      });
      await call(window, 'trainer:set-pin', { pin: PIN });
      const allowed = session.download('blob:file:///5f1c', exportFile);
      expect(allowed.cancelled).toBe(false);
      expect(allowed.saveDialog?.defaultPath).toMatch(/gymdeck-library-2026-01-05\.json$/);
      expect(allowed.saveDialog?.filters).toEqual([{ name: 'Gymdeck library', extensions: ['json'] }]);
      expect(session.download('https://example.org/payload.json', 'payload.json').cancelled).toBe(true);
      expect(session.download('blob:file:///5f1c', 'setup.exe').cancelled).toBe(true);
      await call(window, 'trainer:lock');
      expect(session.download('blob:file:///5f1c', exportFile).cancelled).toBe(true);
      expect(logged.filter((line) => line.includes('refused'))).toHaveLength(4);
    });

    it('leaves the kiosk only through the trainer PIN', async () => {
      const window = await startedWindow();
      expect(await call(window, 'kiosk:quit')).toMatchObject({ error: { code: 'forbidden' } });
      expect(electron.app.quitRequests).toBe(0);
      await call(window, 'trainer:set-pin', { pin: PIN });
      await call(window, 'trainer:lock');
      expect(await call(window, 'trainer:unlock', { pin: '111222' })).toMatchObject({
        error: { reason: 'pin-wrong' },
      });
      expect(await call(window, 'kiosk:quit')).toMatchObject({ error: { reason: 'trainer-locked' } });
      expect(electron.app.quitRequests).toBe(0);
      expect(await call(window, 'trainer:unlock', { pin: PIN })).toMatchObject({ ok: true });
      expect(await call(window, 'kiosk:quit')).toEqual({ ok: true, value: { quitting: true } });
      expect(electron.app.quitRequests).toBe(1);
    });
  });

  it('brings its window to the front when a second instance starts', async () => {
    const window = await startedWindow();
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['gymdeck'], '/');
    expect(window.restored).toBe(1);
    expect(window.shown).toBe(1);
    expect(window.focused).toBe(1);
  });

  it('reloads the screen after its renderer crashes', async () => {
    const window = await startedWindow();
    window.webContents.crash();
    expect(window.webContents.reloads).toBe(1);
  });

  it('stops reloading a screen that keeps crashing and shows why', async () => {
    const window = await startedWindow();
    for (let crash = 0; crash < 5; crash += 1) {
      clock.advance(5_000);
      window.webContents.crash();
    }
    expect(window.webContents.reloads).toBe(4);
    expect(window.webContents.loadedUrls).toHaveLength(1);
    expect(window.webContents.loadedUrls[0]).toMatch(/^data:text\/html/);
    expect(decodeURIComponent(window.webContents.loadedUrls[0] ?? '')).not.toMatch(/<script/i);
    window.webContents.crash();
    expect(window.webContents.reloads).toBe(4);
    expect(window.webContents.loadedUrls).toHaveLength(1);
    expect(logged.some((line) => /no longer reloaded/.test(line))).toBe(true);
  });

  it('keeps reloading crashes that are far apart', async () => {
    const window = await startedWindow();
    for (let crash = 0; crash < 10; crash += 1) {
      clock.advance(30_000);
      window.webContents.crash();
    }
    expect(window.webContents.reloads).toBe(10);
    expect(window.webContents.loadedUrls).toEqual([]);
  });

  it('restarts a screen that stays frozen past the grace period', async () => {
    const window = await startedWindow();
    window.webContents.emit('unresponsive');
    clock.advance(HANG_GRACE_MS - 1);
    expect(window.webContents.forcedCrashes).toBe(0);
    clock.advance(1);
    expect(window.webContents.forcedCrashes).toBe(1);
    window.webContents.crash('killed');
    expect(window.webContents.reloads).toBe(1);
  });

  it('leaves a screen alone that recovers within the grace period', async () => {
    const window = await startedWindow();
    window.webContents.emit('unresponsive');
    clock.advance(HANG_GRACE_MS / 2);
    window.webContents.emit('responsive');
    clock.advance(HANG_GRACE_MS * 2);
    expect(window.webContents.forcedCrashes).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });

  it('quits when its window is closed, closing the store and releasing the display', async () => {
    const window = await startedWindow();
    window.close();
    electron.app.emit('window-all-closed');
    expect(electron.app.quitRequests).toBe(1);
    expect(backends).toHaveLength(1);
    expect(backends[0]?.db.open).toBe(false);
    expect(electron.powerSaveBlocker.started.size).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('does not reload a renderer that goes away while quitting', async () => {
    const window = await startedWindow();
    electron.app.emit('before-quit');
    window.webContents.crash('clean-exit');
    expect(window.webContents.reloads).toBe(0);
  });

  it('reports a data folder it cannot open, then exits', async () => {
    const notAFolder = join(dir.path, 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const kiosk = start({ env: { GYMDECK_DATA_DIR: notAFolder } });
    electron.app.becomeReady();
    await kiosk.started;
    expect(electron.windows).toEqual([]);
    expect(electron.errorBoxes).toHaveLength(1);
    expect(electron.errorBoxes[0]?.title).toBe('Gymdeck cannot start');
    expect(electron.errorBoxes[0]?.content).toContain(notAFolder);
    expect(electron.errorBoxes[0]?.content).toContain('GYMDECK_DATA_DIR');
    expect(electron.app.exitCode).toBe(1);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('reports a data folder another Gymdeck is using, then exits', async () => {
    const other = startBackend({ dataDir: join(dir.path, 'shared') });
    try {
      const kiosk = start({ env: { GYMDECK_DATA_DIR: join(dir.path, 'shared') } });
      electron.app.becomeReady();
      await kiosk.started;
      expect(electron.windows).toEqual([]);
      expect(electron.errorBoxes[0]?.content).toContain('Another Gymdeck is already using the data folder');
      expect(electron.app.exitCode).toBe(1);
    } finally {
      other.close();
    }
  });

  it('reports a missing build, then exits with the store closed', async () => {
    electron = createFakeElectron({
      userDataDir: join(dir.path, 'user-data'),
      loadFailure: new Error(`ERR_FILE_NOT_FOUND (-6) loading '${appUrl}'`),
    });
    const kiosk = start();
    electron.app.becomeReady();
    await kiosk.started;
    expect(electron.windows).toHaveLength(1);
    expect(electron.errorBoxes[0]?.content).toContain(indexPath);
    expect(electron.errorBoxes[0]?.content).toContain('npm run build');
    expect(electron.app.exitCode).toBe(1);
    expect(backends[0]?.db.open).toBe(false);
    expect(electron.powerSaveBlocker.started.size).toBe(0);
  });
});
