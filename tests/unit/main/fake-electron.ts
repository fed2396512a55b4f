import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type {
  CustomScheme,
  BrowserWindowConstructorOptions,
  Event,
  OpenDialogOptions,
  OpenDialogReturnValue,
  HandlerDetails,
  OnHeadersReceivedListenerDetails,
  HeadersReceivedResponse,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import type { InvokeEvent, SenderFrame } from '../../../src/main/ipc-adapter';
import type { DownloadPort } from '../../../src/main/downloads';
import type { MediaRequestHandler } from '../../../src/main/media-protocol';

/**
 * Hand-written stand-ins for the parts of Electron the shell uses. They record what was asked of them and
 * let a test fire the events Electron would fire; `startKioskApp` type-checks them against the real API.
 */

export type Preventable<P extends object = object> = P & {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
};

/** An Electron event object: the given fields plus `preventDefault`. */
export function preventable<P extends object>(params: P = {} as P): Preventable<P> {
  let prevented = false;
  const event = { ...params };
  Object.defineProperties(event, {
    preventDefault: {
      value: () => {
        prevented = true;
      },
    },
    defaultPrevented: { get: () => prevented },
  });
  return event as Preventable<P>;
}

export class FakeFrame implements SenderFrame {
  constructor(
    public url: string,
    public readonly parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  visualZoomLimits: [number, number] | null = null;
  zoomLevel = 0;
  reloads = 0;
  forcedCrashes = 0;
  loadedUrls: string[] = [];

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.visualZoomLimits = [minimumLevel, maximumLevel];
    return Promise.resolve();
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.forcedCrashes += 1;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.mainFrame = new FakeFrame(url);
    return Promise.resolve();
  }
  /** Fires a preventable event the way Electron does and tells whether a listener prevented it. */
  firePreventable(eventName: string, params: object = {}, ...rest: unknown[]): boolean {
    const event = preventable(params);
    this.emit(eventName, event, ...rest);
    return event.defaultPrevented;
  }
  crash(reason = 'crashed'): void {
    this.emit('render-process-gone', preventable(), { reason, exitCode: 1 });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedFiles: string[] = [];
  shown = 0;
  focused = 0;
  restored = 0;
  minimized = false;
  destroyed = false;
  loadFailure: Error | null = null;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  show(): void {
    this.shown += 1;
  }
  focus(): void {
    this.focused += 1;
  }
  restore(): void {
    this.restored += 1;
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  loadFile(filePath: string): Promise<void> {
    this.loadedFiles.push(filePath);
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    this.webContents.mainFrame = new FakeFrame(pathToFileURL(filePath).href);
    return Promise.resolve();
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

export class FakeApp extends EventEmitter {
  sandboxEnabled = false;
  sandboxEnabledBeforeReady = false;
  quitRequests = 0;
  exitCode: number | null = null;
  isReady = false;
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  constructor(
    private readonly lockGranted: boolean,
    private readonly userDataDir: string,
  ) {
    super();
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
    this.sandboxEnabledBeforeReady = !this.isReady;
  }
  requestSingleInstanceLock(): boolean {
    return this.lockGranted;
  }
  getPath(name: 'userData'): string {
    if (name !== 'userData') throw new Error(`The fake app knows no path "${String(name)}".`);
    return this.userDataDir;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.isReady = true;
    this.resolveReady();
  }
  /** Like Electron: asks to quit, then quits. */
  quit(): void {
    this.quitRequests += 1;
    this.emit('before-quit', preventable());
    this.emit('will-quit', preventable());
  }
  exit(exitCode = 0): void {
    this.exitCode = exitCode;
  }
}

type IpcListener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain {
  readonly handlers = new Map<string, IpcListener>();

  handle(channel: string, listener: IpcListener): void {
    // Electron refuses a second handler on one channel.
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke(channel, ...args)` from `frame` would get back. */
  invoke(channel: string, frame: SenderFrame | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener({ senderFrame: frame }, ...args);
  }
}

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
export type RequestPermission = Parameters<RequestHandler>[1];
export type CheckPermission = Parameters<CheckHandler>[1];
type HeadersListener = (
  details: OnHeadersReceivedListenerDetails,
  callback: (response: HeadersReceivedResponse) => void,
) => void;

/** Handlers ignore the web contents they are given; a bare object stands in for one. */
const SOME_WEB_CONTENTS = {} as WebContents;

/** What became of a download the page started. */
export interface DownloadOutcome {
  cancelled: boolean;
  saveDialog: Parameters<DownloadPort['setSaveDialogOptions']>[0] | null;
}

export class FakeSession extends EventEmitter {
  requestHandler: RequestHandler | null = null;
  checkHandler: CheckHandler | null = null;
  deviceHandler: DeviceHandler | null = null;
  headersListener: HeadersListener | null = null;

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: RequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler | null): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: DeviceHandler | null): void {
    this.deviceHandler = handler;
  }

  /** Asks for a permission as a page would; resolves with the answer. */
  requestPermission(permission: RequestPermission): Promise<boolean> {
    const handler = this.requestHandler;
    if (!handler) return Promise.reject(new Error('No permission request handler is set.'));
    return new Promise((resolve) =>
      handler(SOME_WEB_CONTENTS, permission, resolve, {
        requestingUrl: 'file:///app/index.html',
        isMainFrame: true,
      }),
    );
  }
  checkPermission(permission: CheckPermission): boolean {
    if (!this.checkHandler) throw new Error('No permission check handler is set.');
    return this.checkHandler(SOME_WEB_CONTENTS, permission, 'file://', {
      requestingUrl: 'file:///app/index.html',
      isMainFrame: true,
      embeddingOrigin: 'file://',
    });
  }
  /** Starts a download as the page would (a link with `download`); says what the handlers did. */
  download(url: string, fileName: string): DownloadOutcome {
    const event = preventable();
    let saveDialog: DownloadOutcome['saveDialog'] = null;
    const item: DownloadPort = {
      getURL: () => url,
      getFilename: () => fileName,
      setSaveDialogOptions: (options) => (saveDialog = options),
    };
    this.emit('will-download', event as unknown as Event, item);
    return { cancelled: event.defaultPrevented, saveDialog };
  }

  /** The headers a response ends up with after the listener ran. */
  receiveHeaders(responseHeaders: Record<string, string[]>): HeadersReceivedResponse['responseHeaders'] {
    const listener = this.headersListener;
    if (!listener) throw new Error('No headers listener is set.');
    let answer: HeadersReceivedResponse | null = null;
    listener({ responseHeaders } as OnHeadersReceivedListenerDetails, (response) => (answer = response));
    if (answer === null) throw new Error('The headers listener did not answer.');
    return (answer as HeadersReceivedResponse).responseHeaders;
  }
}

export class FakePowerSaveBlocker {
  readonly started = new Map<number, string>();
  private nextId = 1;

  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.nextId++;
    this.started.set(id, type);
    return id;
  }
  stop(id: number): boolean {
    return this.started.delete(id);
  }
  isStarted(id: number): boolean {
    return this.started.has(id);
  }
}

export interface FakeElectronOptions {
  singleInstanceLock?: boolean;
  userDataDir?: string;
  /** Every window's `loadFile` fails with this, as Electron's does for a missing file. */
  loadFailure?: Error;
}

/** Records registered schemes and handlers; like Electron, refuses privileges once the app is ready. */
export class FakeProtocol {
  readonly privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, MediaRequestHandler>();

  constructor(private readonly appIsReady: () => boolean) {}

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (this.appIsReady()) throw new Error('Schemes must be registered before the app is ready.');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: MediaRequestHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled.`);
    this.handlers.set(scheme, handler);
  }
}

/** A fresh fake `electron` module; `windows` lists every window the code under test opened. */
export function createFakeElectron({
  singleInstanceLock = true,
  userDataDir = '/nonexistent/user-data',
  loadFailure,
}: FakeElectronOptions = {}) {
  const app = new FakeApp(singleInstanceLock, userDataDir);
  const windows: FakeBrowserWindow[] = [];
  const applicationMenus: unknown[] = [];
  const errorBoxes: { title: string; content: string }[] = [];
  /** Each file dialog opened: its window and options. */
  const openDialogs: { window: unknown; options: OpenDialogOptions }[] = [];
  /** What the next file dialogs answer (the trainer's choice); cancelled when none is queued. */
  const openDialogAnswers: OpenDialogReturnValue[] = [];

  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      this.loadFailure = loadFailure ?? null;
      windows.push(this);
      // As in Electron, a new window's web contents are announced to the app.
      app.emit('web-contents-created', preventable(), this.webContents);
    }
  }

  return {
    app,
    // Typed by its constructor alone: the local class's inherited statics cannot be named in declarations.
    BrowserWindow: BrowserWindow as new (options: BrowserWindowConstructorOptions) => FakeBrowserWindow,
    windows,
    ipcMain: new FakeIpcMain(),
    Menu: {
      setApplicationMenu: (menu: null) => {
        applicationMenus.push(menu);
      },
    },
    applicationMenus,
    powerSaveBlocker: new FakePowerSaveBlocker(),
    session: { defaultSession: new FakeSession() },
    protocol: new FakeProtocol(() => app.isReady),
    dialog: {
      showErrorBox: (title: string, content: string) => {
        errorBoxes.push({ title, content });
      },
      showOpenDialog: (window: unknown, options: OpenDialogOptions): Promise<OpenDialogReturnValue> => {
        openDialogs.push({ window, options });
        return Promise.resolve(openDialogAnswers.shift() ?? { canceled: true, filePaths: [] });
      },
    },
    errorBoxes,
    openDialogs,
    openDialogAnswers,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
