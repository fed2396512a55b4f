import type { Db } from '../database';

/** Settings are JSON values under a key; the service layer owns their schemas and defaults. */
export function readSetting(db: Db, key: string): unknown {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?').get(key);
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export function writeSetting(db: Db, key: string, value: unknown, now: number): void {
  db.prepare(
    `INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

/** Removes a setting; false when there was none. */
export function deleteSetting(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM setting WHERE key = ?').run(key).changes > 0;
}
