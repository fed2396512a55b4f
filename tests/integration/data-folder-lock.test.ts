import { unlockedBackend } from '../support/backend';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, startBackend } from '../../src/services/backend';
import { makeTempDir, type TempDir } from '../support/temp-dir';

const WEB_MAIN = resolve(__dirname, '../../src/server/main.ts');

/**
 * Runs web mode on `dataDir` in a child process until it exits, sending it `signal` as soon as it says it
 * is serving; answers how it ended and its error output.
 */
function runWebMode(
  dataDir: string,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WEB_MAIN, '--port', '0', '--data-dir', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', () => child.kill(signal));
    child.once('error', reject);
    child.once('exit', (code, ended) => done({ code, signal: ended, stderr }));
  });
}

describe('one data folder, one running Gymdeck', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-lock-')));
  afterEach(() => dir.remove());

  it('refuses a second Gymdeck on the same folder with a clear message, and serves on', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      const second = await runWebMode(dir.path);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/Another Gymdeck is already using the data folder/);
      expect(second.stderr).toContain(dir.path);
      expect(() => startBackend({ dataDir: dir.path })).toThrow(/Another Gymdeck is already using/);
      expect(await backend.dispatch('settings:update', { volume: 0.5 })).toMatchObject({ ok: true });
    } finally {
      backend.close();
    }
    startBackend({ dataDir: dir.path }).close();
  });

  it('is free again after a Gymdeck was killed outright', async () => {
    const killed = await runWebMode(dir.path, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    startBackend({ dataDir: dir.path }).close();
  });

  it('answers storage-busy when another program holds the data file', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path });
    const other = new Database(dir.file(DATABASE_FILE_NAME));
    try {
      backend.db.pragma('busy_timeout = 50');
      other.exec('BEGIN IMMEDIATE');
      const result = await backend.dispatch('settings:update', { volume: 0.5 });
      expect(result).toEqual({ ok: false, error: { code: 'storage-busy', message: expect.any(String) } });
      other.exec('ROLLBACK');
      expect(await backend.dispatch('settings:update', { volume: 0.5 })).toMatchObject({ ok: true });
    } finally {
      other.close();
      backend.close();
    }
  });
});
