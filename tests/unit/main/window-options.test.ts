import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  WINDOW_BACKGROUND_COLOR,
  createWindowOptions,
  openAppWindow,
} from '../../../src/main/window-options';

const preloadPath = '/opt/gymdeck/out/preload/index.js';

describe('createWindowOptions', () => {
  it.each([true, false])('locks every renderer down (kiosk: %s)', (kiosk) => {
    const { webPreferences } = createWindowOptions({ kiosk, preloadPath });
    expect(webPreferences).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
      spellcheck: false,
    });
  });

  it('makes a full-screen kiosk without devtools by default', () => {
    const options = createWindowOptions({ kiosk: true, preloadPath });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, show: false, autoHideMenuBar: true });
    expect(options.webPreferences?.devTools).toBe(false);
  });

  it('makes an ordinary window with devtools when windowed', () => {
    const options = createWindowOptions({ kiosk: false, preloadPath });
    expect(options).toMatchObject({ kiosk: false, fullscreen: false, show: false });
    expect(options.webPreferences?.devTools).toBe(true);
  });

  it('paints the dark theme background before the page does', () => {
    expect(createWindowOptions({ kiosk: true, preloadPath }).backgroundColor).toBe(WINDOW_BACKGROUND_COLOR);
    expect(WINDOW_BACKGROUND_COLOR).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('hands out a fresh object each time, so no caller can change the next window', () => {
    const first = createWindowOptions({ kiosk: true, preloadPath });
    const second = createWindowOptions({ kiosk: true, preloadPath });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.webPreferences).not.toBe(first.webPreferences);
  });
});

describe('openAppWindow', () => {
  it('constructs the window from the factory and nothing else', () => {
    class RecordingWindow {
      readonly options: BrowserWindowConstructorOptions;
      constructor(options: BrowserWindowConstructorOptions) {
        this.options = options;
      }
    }
    const window = openAppWindow(RecordingWindow, { kiosk: true, preloadPath });
    expect(window).toBeInstanceOf(RecordingWindow);
    expect(window.options).toEqual(createWindowOptions({ kiosk: true, preloadPath }));
  });
});
