import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dialog, Event, PowerSaveBlocker, RenderProcessGoneDetails } from 'electron';
import type { BackendOptions, Dispatch } from '../services/backend';
import { KIOSK_SCREEN_ID } from '@shared/contract/caller';
import { createCrashPolicy } from './crash-policy';
import { controlDownloads, type DownloadSession } from './downloads';
import { createKioskShell, type OpenDialog } from './kiosk-shell';
import {
  registerApiHandlers,
  isTrustedSenderFrame,
  type ApiHandlers,
  type IpcMainPort,
  type SenderFrame,
} from './ipc-adapter';
import { lockKioskInput, type KioskContents } from './kiosk-keys';
import { guardNavigation, type GuardedContents } from './navigation-guard';
import {
  denyPermissions,
  enforceContentSecurityPolicy,
  type HeaderSession,
  type PermissionSession,
} from './permissions';
import { MEDIA_SCHEME_PRIVILEGES, serveMedia, type MediaProtocol, type ResolveMedia } from './media-protocol';
import { openAppWindow, type WindowConstructor } from './window-options';

/** Starts the app in a normal window instead of the full-screen kiosk. */
export const WINDOWED_FLAG = '--windowed';

/** How long a frozen screen may stay frozen before its renderer is restarted. */
export const HANG_GRACE_MS = 10_000;

/** The part of the window's WebContents the app uses directly. */
export type AppContents = GuardedContents &
  KioskContents & {
    readonly mainFrame: SenderFrame;
    on(
      event: 'render-process-gone',
      listener: (event: Event, details: RenderProcessGoneDetails) => void,
    ): unknown;
    on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
    loadURL(url: string): Promise<void>;
  };

/** The part of a BrowserWindow the app uses. */
export interface AppWindow {
  readonly webContents: AppContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  loadFile(filePath: string): Promise<void>;
}

/** The parts of the `electron` module the shell uses. */
export interface KioskElectron {
  app: {
    enableSandbox(): void;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    exit(exitCode?: number): void;
    getPath(name: 'userData'): string;
    whenReady(): Promise<void>;
    on(
      event: 'second-instance' | 'window-all-closed' | 'before-quit' | 'will-quit',
      listener: () => void,
    ): unknown;
    on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
  };
  BrowserWindow: WindowConstructor<AppWindow>;
  ipcMain: IpcMainPort;
  Menu: { setApplicationMenu(menu: null): void };
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
  session: { defaultSession: PermissionSession & HeaderSession & DownloadSession };
  dialog: Pick<Dialog, 'showErrorBox'> & OpenDialog<AppWindow>;
  protocol: MediaProtocol;
}

export interface KioskBackend {
  dispatch: Dispatch;
  close(): void;
  services: {
    libraryEditing: { resolveMediaFile: ResolveMedia };
    trainer: { isUnlocked(screenId: string): boolean };
  };
}

export interface Clock {
  /** Milliseconds on a steady clock. */
  now(): number;
  /** Runs `callback` after `ms`; the returned function cancels it. */
  schedule(callback: () => void, ms: number): () => void;
}

export interface KioskAppOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder of the built main script (`out/main`); the preload and the renderer are its siblings. */
  mainDir: string;
  platform?: NodeJS.Platform;
  startBackend: (options: BackendOptions) => KioskBackend;
  clock?: Clock;
  log?: (message: string, error?: unknown) => void;
}

export interface KioskApp {
  /** Settles once the window shows the app, or once a failed start has been reported. */
  readonly started: Promise<void>;
}

const systemClock: Clock = {
  now: () => performance.now(),
  schedule: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

const GAVE_UP_PAGE = `data:text/html;charset=utf-8,${encodeURIComponent(
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="color-scheme" content="dark">' +
    '<title>Gymdeck</title><h1>Gymdeck stopped</h1>' +
    '<p>The screen failed several times in a row. Please ask a trainer to restart Gymdeck.</p></html>',
)}`;

class StartupFailure extends Error {}

export function appPaths(mainDir: string): { preloadPath: string; indexPath: string; appUrl: string } {
  const indexPath = resolve(mainDir, '../renderer/index.html');
  return {
    preloadPath: resolve(mainDir, '../preload/index.js'),
    indexPath,
    appUrl: pathToFileURL(indexPath).href,
  };
}

/** The kiosk's data folder: GYMDECK_DATA_DIR if set, else Electron's per-user folder for the app. */
export function kioskDataDir(env: NodeJS.ProcessEnv, userDataDir: () => string): string {
  return env.GYMDECK_DATA_DIR ? resolve(env.GYMDECK_DATA_DIR) : userDataDir();
}

/**
 * Runs Gymdeck in Electron: one instance, one sandboxed window on the app's own page, the API over IPC to
 * that window only, the display kept awake, and a screen that comes back by itself after a crash.
 */
export function startKioskApp(electron: KioskElectron, options: KioskAppOptions): KioskApp {
  const { app } = electron;
  const log = options.log ?? ((message, error) => console.error(`[gymdeck] ${message}`, error ?? ''));
  const reportInternalError = (method: string, error: unknown): void =>
    log(`API method ${method} failed.`, error);
  const clock = options.clock ?? systemClock;
  const kiosk = !options.argv.includes(WINDOWED_FLAG);
  const platform = options.platform ?? process.platform;
  const { preloadPath, indexPath, appUrl } = appPaths(options.mainDir);

  let window: AppWindow | null = null;
  let backend: KioskBackend | null = null;
  let api: ApiHandlers | null = null;
  let powerSaveBlockerId: number | null = null;
  let quitting = false;

  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    // Another Gymdeck already owns the screen (and the database); it is brought to the front instead.
    app.quit();
    return { started: Promise.resolve() };
  }
  electron.Menu.setApplicationMenu(null);
  electron.protocol.registerSchemesAsPrivileged([MEDIA_SCHEME_PRIVILEGES]);

  // Every web contents, including any created later, is held to the app's page.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appUrl));
  app.on('second-instance', () => {
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => shutDown());

  function shutDown(): void {
    api?.unregister();
    api = null;
    backend?.close();
    backend = null;
    if (powerSaveBlockerId !== null && electron.powerSaveBlocker.isStarted(powerSaveBlockerId)) {
      electron.powerSaveBlocker.stop(powerSaveBlockerId);
    }
    powerSaveBlockerId = null;
  }

  function openBackend(): KioskBackend {
    const dataDir = kioskDataDir(options.env, () => app.getPath('userData'));
    // The kiosk's own powers, which the API hands only to an unlocked trainer.
    const shell = createKioskShell({
      dialog: electron.dialog,
      window: () => (window === null || window.isDestroyed() ? null : window),
      quit: () => app.quit(),
    });
    try {
      return options.startBackend({ dataDir, onInternalError: reportInternalError, shell });
    } catch (error) {
      throw new StartupFailure(
        `The data folder ${dataDir} could not be opened: ${messageOf(error)}\n\n` +
          'Check that the folder exists and can be written, or set GYMDECK_DATA_DIR to another folder.',
        { cause: error },
      );
    }
  }

  function keepScreenAlive(appWindow: AppWindow): void {
    const contents = appWindow.webContents;
    const crashPolicy = createCrashPolicy({ now: () => clock.now() });
    let cancelHangTimer: (() => void) | null = null;
    let gaveUp = false;
    const stopHangTimer = (): void => {
      cancelHangTimer?.();
      cancelHangTimer = null;
    };

    contents.on('unresponsive', () => {
      if (cancelHangTimer !== null) return;
      log('The screen stopped responding.');
      cancelHangTimer = clock.schedule(() => {
        cancelHangTimer = null;
        log(`The screen did not respond for ${HANG_GRACE_MS / 1000} s; restarting it.`);
        // Its `render-process-gone` then reloads it, and counts towards the crash limit.
        contents.forcefullyCrashRenderer();
      }, HANG_GRACE_MS);
    });
    contents.on('responsive', stopHangTimer);
    contents.on('render-process-gone', (_event, details) => {
      stopHangTimer();
      if (quitting || gaveUp || appWindow.isDestroyed()) return;
      log(`The screen's renderer is gone (${details.reason}, exit code ${details.exitCode}).`);
      if (crashPolicy.onCrash() === 'reload') {
        contents.reload();
        return;
      }
      gaveUp = true;
      log('The screen keeps failing; it is no longer reloaded.');
      contents
        .loadURL(GAVE_UP_PAGE)
        .catch((error: unknown) => log('The failure page could not be shown.', error));
    });
  }

  async function openWindow(): Promise<void> {
    const session = electron.session.defaultSession;
    denyPermissions(session);
    enforceContentSecurityPolicy(session);

    backend = openBackend();
    const { libraryEditing, trainer } = backend.services;
    serveMedia(electron.protocol, (id) => libraryEditing.resolveMediaFile(id));
    controlDownloads(session, {
      isTrainerUnlocked: () => trainer.isUnlocked(KIOSK_SCREEN_ID),
      downloadsDir: () => join(homedir(), 'Downloads'),
      log: (message) => log(message),
    });
    api = registerApiHandlers(
      electron.ipcMain,
      backend.dispatch,
      (frame) => isTrustedSenderFrame(frame, window?.webContents.mainFrame ?? null, appUrl),
      { onInternalError: reportInternalError },
    );

    const appWindow = openAppWindow(electron.BrowserWindow, { kiosk, preloadPath });
    window = appWindow;
    appWindow.once('ready-to-show', () => appWindow.show());
    appWindow.on('closed', () => {
      if (window === appWindow) window = null;
    });
    if (kiosk) lockKioskInput(appWindow.webContents, platform);
    keepScreenAlive(appWindow);
    powerSaveBlockerId = electron.powerSaveBlocker.start('prevent-display-sleep');

    try {
      await appWindow.loadFile(indexPath);
    } catch (error) {
      throw new StartupFailure(
        `The Gymdeck screens could not be loaded from ${indexPath}: ${messageOf(error)}\n\n` +
          'Build the app first (npm run build).',
        { cause: error },
      );
    }
  }

  const started = app
    .whenReady()
    .then(openWindow)
    .catch((error: unknown) => {
      log('Gymdeck could not start.', error);
      electron.dialog.showErrorBox(
        'Gymdeck cannot start',
        error instanceof StartupFailure
          ? error.message
          : `Something unexpected went wrong: ${messageOf(error)}`,
      );
      shutDown();
      app.exit(1);
    });

  return { started };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
