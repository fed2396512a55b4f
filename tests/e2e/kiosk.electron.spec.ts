import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/lib/electron-binary';

const root = resolve(__dirname, '../..');
const electronPath = findElectronBinary(root);

test.skip(
  electronPath === null,
  'no Electron binary on this machine (it could not be downloaded), so the kiosk itself was not launched',
);

/** The native store module is switched to Electron's build for this spec and back for everything else. */
const nativeFor = (runtime: 'node' | 'electron'): void => {
  execFileSync('npx', ['--no-install', 'tsx', 'scripts/native-for.ts', runtime], {
    cwd: root,
    stdio: 'inherit',
  });
};

test.beforeAll(() => nativeFor('electron'));
test.afterAll(() => nativeFor('node'));

test('the kiosk window opens on the display loop and leads to the built-in library', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gymdeck-kiosk-'));
  const app = await electron.launch({
    executablePath: electronPath ?? undefined,
    args: [root, '--windowed'],
    env: { ...process.env, GYMDECK_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Posture circuit' })).toBeVisible();
    await window.getByRole('button', { name: 'Touch to start' }).click();
    await window.getByRole('link', { name: 'Browse exercises' }).click();
    const tiles = window.getByRole('list', { name: 'Exercise library' }).getByRole('link');
    await expect(tiles).toHaveCount(7);
    expect(await window.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
