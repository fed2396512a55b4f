import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openStore, readDurabilitySettings, type Db } from '../../../src/store/database';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../../../src/store/migrations';
import { makeTempDir, type TempDir } from '../../support/temp-dir';

const DURABLE = { journalMode: 'wal', synchronous: 2, foreignKeys: 1 };

function durability(db: Db) {
  const { journalMode, synchronous, foreignKeys } = readDurabilitySettings(db);
  return { journalMode, synchronous, foreignKeys };
}

describe('opening the store', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('sets WAL, synchronous=FULL and foreign keys on a fresh file', () => {
    const db = openStore(dir.file('fresh.db'));
    try {
      expect(durability(db)).toEqual(DURABLE);
      expect(readDurabilitySettings(db).busyTimeoutMs).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('sets them again on every reopen of an existing file', () => {
    const file = dir.file('reopened.db');
    for (let open = 0; open < 3; open += 1) {
      const db = openStore(file);
      try {
        expect(durability(db), `open #${open + 1}`).toEqual(DURABLE);
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      } finally {
        db.close();
      }
    }
  });

  it('sets them on a file another program left in rollback-journal mode', () => {
    const file = dir.file('foreign.db');
    const plain = new Database(file);
    plain.pragma('journal_mode = DELETE');
    plain.exec('CREATE TABLE kept (x INTEGER) STRICT; INSERT INTO kept VALUES (1);');
    plain.close();

    const db = openDatabase(file);
    try {
      expect(durability(db)).toEqual(DURABLE);
      expect(db.prepare('SELECT x FROM kept').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('shows that plain better-sqlite3 would fall back to synchronous=NORMAL on reopen', () => {
    // The reason openDatabase sets synchronous itself: the library's default on a reopened WAL file.
    const file = dir.file('plain.db');
    const first = new Database(file);
    first.pragma('journal_mode = WAL');
    first.close();
    const second = new Database(file);
    try {
      expect(Number(second.pragma('synchronous', { simple: true }))).not.toBe(2);
    } finally {
      second.close();
    }
  });

  it('keeps the in-memory store to the same synchronous and foreign-key settings', () => {
    const db = openStore(':memory:');
    try {
      expect(durability(db)).toEqual({ ...DURABLE, journalMode: 'memory' });
    } finally {
      db.close();
    }
  });

  it('enforces foreign keys', () => {
    const db = openStore(':memory:');
    try {
      expect(() =>
        db
          .prepare(
            `INSERT INTO logged_set (id, member_id, session_item_id, exercise_id, set_number, reps, client_key,
               logged_at)
             VALUES ('s', 'no-such-member', 'no-such-item', 'no-such-exercise', 1, 10, 'key-00001', 0)`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('opens read-only without changing the journal mode, still with FULL sync', () => {
    const file = dir.file('readonly.db');
    openStore(file).close();
    const db = openDatabase(file, { readonly: true });
    try {
      expect(db.readonly).toBe(true);
      expect(durability(db)).toEqual(DURABLE);
    } finally {
      db.close();
    }
  });
});
