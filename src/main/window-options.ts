import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../services/backend';

export interface WindowSettings {
  /** Full screen with no way out but the trainer's PIN; false for `--windowed` (development, tests). */
  kiosk: boolean;
  /** Absolute path of the built preload script. */
  preloadPath: string;
}

/** The renderer's own background (`--bg` in the theme), so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND_COLOR = '#0b0d10';

/**
 * The only place window options are made. Every renderer runs sandboxed and isolated, with no Node, no
 * webview and no way to load insecure content; devtools exist only outside kiosk mode.
 */
export function createWindowOptions({ kiosk, preloadPath }: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    kiosk,
    fullscreen: kiosk,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    // Shown on `ready-to-show`, once there is something to see.
    show: false,
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click could otherwise open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      // A rest timer must keep its cues on time even when the window is covered.
      backgroundThrottling: false,
      devTools: !kiosk,
      spellcheck: false,
    },
  };
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** Opens the app window; the one `new BrowserWindow` in the code base, always fed by the factory above. */
export function openAppWindow<W>(BrowserWindow: WindowConstructor<W>, settings: WindowSettings): W {
  // Electronegativity cannot see through the factory call; the factory's flags are unit-tested instead.
  return new BrowserWindow(createWindowOptions(settings)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
}
