import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, startBackend } from '../../src/services/backend';
import { openDatabase } from '../../src/store/database';
import { insertMember } from '../../src/store/repositories/members';
import { makeTempDir, type TempDir } from '../support/temp-dir';
import { planItem } from '../support/plans';
import { PLAN_LIMITS } from '@shared/domain';

const KILLS = 200;
const LOGGER = resolve(__dirname, 'support/set-logger.ts');
const MEMBER_ID = 'crash-member';
const MEMBER_NUMBER = '7000';

let dir: TempDir;
/** The logger bundled once into plain JavaScript, so that each of the 200 starts costs Node's, not a compile. */
let loggerScript: string;
beforeAll(() => {
  dir = makeTempDir('gymdeck-crash-');
  // Inside the project, so that it finds better-sqlite3 (left out of the bundle: it is native).
  loggerScript = resolve(__dirname, '../../node_modules/.cache/gymdeck-tests/set-logger.cjs');
  buildSync({
    entryPoints: [LOGGER],
    outfile: loggerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    // Each start parses and compiles the whole backend: minified, that costs about a sixth less.
    minify: true,
    logLevel: 'error',
  });
  const backend = startBackend({ dataDir: dir.path });
  insertMember(backend.db, { id: MEMBER_ID, displayName: 'Crash Test', memberNumber: MEMBER_NUMBER }, 0);
  backend.services.plans.create(MEMBER_ID, {
    name: 'Face pulls',
    note: '',
    items: Array.from({ length: PLAN_LIMITS.items }, () => planItem('face-pull', { reps: 12, loadKg: 17.5 })),
  });
  backend.close();
});
afterAll(() => dir.remove());

/**
 * Starts the logger from `firstIndex` (re-sending the set that may have been in flight when the previous
 * one died), lets it commit for a random moment after its first acknowledgement, and kills it with SIGKILL.
 * Resolves with every client key it acknowledged.
 */
function runAndKill(firstIndex: number, random: () => number): Promise<string[]> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [loggerScript, dir.path, MEMBER_NUMBER, String(firstIndex)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let pending = '';
    let errors = '';
    let killScheduled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (!killScheduled && acked.length > 0) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`The logger stopped by itself (${signal}):\n${errors}`));
      else done(acked);
    });
  });
}

/** The client key the logger gives set `index` (tests/integration/support/set-logger.ts). */
function clientKeyOf(index: number): string {
  return `crash-set-${String(index).padStart(6, '0')}`;
}

/** A small seeded generator, so a failing run can be repeated exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

it(
  `loses no acknowledged set and logs none twice across ${KILLS} kill -9s, and the file stays intact`,
  async () => {
    const random = seededRandom(20_261_125);
    const acknowledged = new Set<string>();
    let nextIndex = 0;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      for (const key of await runAndKill(nextIndex, random)) acknowledged.add(key);

      const db = openDatabase(dir.file(DATABASE_FILE_NAME));
      try {
        expect(db.pragma('integrity_check', { simple: true }), `after kill ${kill}`).toBe('ok');
        const keys = db
          .prepare<[string], { client_key: string }>(
            'SELECT client_key FROM logged_set WHERE member_id = ? ORDER BY client_key',
          )
          .all(MEMBER_ID)
          .map((row) => row.client_key);
        // Keys run without a gap from 0: a set is stored at most once, and resent sets never doubled.
        expect(keys, `after kill ${kill}`).toEqual(keys.map((_, index) => clientKeyOf(index)));
        const stored = new Set(keys);
        const missing = [...acknowledged].filter((key) => !stored.has(key));
        expect(missing, `acknowledged but lost after kill ${kill}`).toEqual([]);
        nextIndex = keys.length;
      } finally {
        db.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILLS);
  },
  // A limit against a hang, not a measure: 200 process starts took most of ten minutes on two cores busy
  // with other work as well.
  20 * 60_000,
);
