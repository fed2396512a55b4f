import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guardNavigation, isAppUrl } from '../../../src/main/navigation-guard';
import { FakeWebContents } from './fake-electron';

const appUrl = pathToFileURL('/opt/gymdeck/out/renderer/index.html').href;

const HOSTILE_URLS = [
  'https://example.com/',
  'http://example.com/',
  'http://127.0.0.1:5180/',
  'http://localhost/index.html',
  'https://evil.example/opt/gymdeck/out/renderer/index.html',
  'ws://localhost:9222/devtools',
  'ftp://example.com/index.html',
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:file:///6d0c2d56-2e0e-4c4c-8d5b-5b7c5c3f3a10',
  'about:blank',
  'about:srcdoc',
  'chrome://settings',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'view-source:' + appUrl,
  'filesystem:file:///temporary/x.html',
  'file:///etc/passwd',
  'file:///opt/gymdeck/out/renderer/other.html',
  'file:///opt/gymdeck/out/renderer/index.html.evil',
  'file:///opt/gymdeck/out/renderer/',
  'file:///opt/gymdeck/out/renderer/index.htm',
  'file:///opt/gymdeck/out/renderer/index%2Ehtml',
  'file:///opt/gymdeck/out/renderer/index.html/extra',
  'file:///opt/gymdeck/out/renderer/index.html?next=https://example.com',
  'file://server/opt/gymdeck/out/renderer/index.html',
  'file://evil.example/opt/gymdeck/out/renderer/index.html',
  'file:///OPT/GYMDECK/OUT/RENDERER/INDEX.HTML',
  'mailto:someone@example.com',
  'tel:+15551234567',
  'gymdeck://open',
  'not a url',
  '',
  '//example.com/index.html',
];

describe('isAppUrl', () => {
  it.each(HOSTILE_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url, appUrl)).toBe(false);
  });

  it.each([
    appUrl,
    `${appUrl}#/`,
    `${appUrl}#/library`,
    `${appUrl}#/library/ex-squat?tab=steps`,
    `${appUrl}#`,
    'file:///opt/gymdeck/out/main/../renderer/index.html#/circuits',
  ])('allows the app page %s', (url) => {
    expect(isAppUrl(url, appUrl)).toBe(true);
  });

  it('matches a path with spaces however it is spelled', () => {
    const spaced = pathToFileURL('/home/gym floor/Gymdeck/out/renderer/index.html').href;
    expect(isAppUrl('file:///home/gym%20floor/Gymdeck/out/renderer/index.html#/', spaced)).toBe(true);
    expect(isAppUrl('file:///home/gym floor/Gymdeck/out/renderer/index.html', spaced)).toBe(true);
  });

  it('allows nothing when the app URL is not a file URL', () => {
    expect(isAppUrl('https://example.com/', 'https://example.com/')).toBe(false);
    expect(isAppUrl(appUrl, 'not a url')).toBe(false);
  });
});

describe('guardNavigation', () => {
  function guarded(): FakeWebContents {
    const contents = new FakeWebContents();
    guardNavigation(contents, appUrl);
    return contents;
  }

  it.each(['will-navigate', 'will-redirect'])('cancels %s away from the app', (eventName) => {
    const contents = guarded();
    for (const url of HOSTILE_URLS) {
      expect(contents.firePreventable(eventName, { url, isMainFrame: true }, url), url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-redirect'])('lets %s within the app through', (eventName) => {
    const contents = guarded();
    const url = `${appUrl}#/library`;
    expect(contents.firePreventable(eventName, { url, isMainFrame: true }, url)).toBe(false);
  });

  it('cancels any frame navigation except the main frame to the app', () => {
    const contents = guarded();
    for (const url of HOSTILE_URLS) {
      expect(contents.firePreventable('will-frame-navigate', { url, isMainFrame: true }), url).toBe(true);
    }
    expect(contents.firePreventable('will-frame-navigate', { url: appUrl, isMainFrame: false })).toBe(true);
    expect(contents.firePreventable('will-frame-navigate', { url: appUrl, isMainFrame: true })).toBe(false);
  });

  it('denies every new window', () => {
    const contents = guarded();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of [...HOSTILE_URLS, appUrl]) {
      const answer = handler?.({
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: appUrl, policy: 'strict-origin-when-cross-origin' },
      });
      expect(answer).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a webview', () => {
    const contents = guarded();
    expect(contents.firePreventable('will-attach-webview', {}, {}, { src: appUrl })).toBe(true);
  });
});
