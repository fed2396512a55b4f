import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, startBackend } from '../../../src/services/backend';
import { defaultDataDir } from '../../../src/services/data-dir';
import { readDurabilitySettings } from '../../../src/store/database';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../../../src/store/migrations';
import { rowCounts } from '../../support/store';
import { makeTempDir, type TempDir } from '../../support/temp-dir';

describe('startBackend', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('creates the data folder and a migrated, seeded store in it', async () => {
    const dataDir = join(dir.path, 'nested', 'data');
    const backend = startBackend({ dataDir });
    try {
      expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(true);
      expect(schemaVersion(backend.db)).toBe(LATEST_SCHEMA_VERSION);
      expect(readDurabilitySettings(backend.db)).toMatchObject({ journalMode: 'wal', synchronous: 2 });
      const list = await backend.dispatch('library:list', {});
      expect(list).toMatchObject({ ok: true, value: { total: 7 } });
    } finally {
      backend.close();
    }
  });

  it('starts again on the same folder without adding a row', () => {
    const first = startBackend({ dataDir: dir.path });
    const counts = rowCounts(first.db);
    first.close();
    const second = startBackend({ dataDir: dir.path });
    try {
      expect(rowCounts(second.db)).toEqual(counts);
    } finally {
      second.close();
    }
  });

  it('reports unexpected errors to the given callback', async () => {
    const reported: string[] = [];
    const backend = startBackend({ dataDir: dir.path, onInternalError: (method) => reported.push(method) });
    backend.db.exec('DROP TABLE circuit_step');
    try {
      expect(await backend.dispatch('circuits:list', {})).toMatchObject({
        ok: false,
        error: { code: 'internal' },
      });
      expect(reported).toEqual(['circuits:list']);
    } finally {
      backend.close();
    }
  });
});

describe('defaultDataDir', () => {
  const home = '/home/kiosk';

  it('prefers GYMDECK_DATA_DIR', () => {
    expect(defaultDataDir('linux', { GYMDECK_DATA_DIR: '/srv/gymdeck' }, home)).toBe('/srv/gymdeck');
  });

  it("uses each platform's user-data folder, as Electron does", () => {
    expect(defaultDataDir('linux', {}, home)).toBe(join(home, '.config', 'Gymdeck'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, home)).toBe(join('/cfg', 'Gymdeck'));
    expect(defaultDataDir('darwin', {}, home)).toBe(join(home, 'Library', 'Application Support', 'Gymdeck'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, home)).toBe(
      join('C:\\Users\\k\\AppData\\Roaming', 'Gymdeck'),
    );
    expect(defaultDataDir('win32', {}, home)).toBe(join(home, 'AppData', 'Roaming', 'Gymdeck'));
  });
});
