import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/services/backend';
import { callApi } from '../support/http';
import { makeTempDir, type TempDir } from '../support/temp-dir';

const ENTRY = resolve(__dirname, '../../src/server/main.ts');
const READY_LINE = /Gymdeck web mode: http:\/\/127\.0\.0\.1:(\d+) /;

function startServer(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function readyPort(child: ChildProcess): Promise<number> {
  return new Promise((done, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = READY_LINE.exec(output)?.[1];
      if (port) done(Number(port));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((done) => child.once('exit', (code) => done(code)));
}

describe('the web-mode entry point', () => {
  let dir: TempDir;
  let child: ChildProcess | undefined;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await exitCode(child);
    }
    dir.remove();
  });

  it('serves the API on loopback from the given data folder and stops cleanly on SIGTERM', async () => {
    child = startServer(['--port', '0', '--data-dir', dir.path]);
    const port = await readyPort(child);
    expect(existsSync(dir.file(DATABASE_FILE_NAME))).toBe(true);

    const response = await callApi(port, 'library:list', {});
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: { total: 7 } });
    expect((await callApi(port, 'library:list', {}, { host: `evil.example:${port}` })).status).toBe(403);

    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);
  });

  it('refuses a bad option with its usage and exit code 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, '--port', '70000'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be 0 to 65535.');
    expect(result.stderr).toContain('Usage: npm run web');
  });
});
