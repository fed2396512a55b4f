import type { Db } from '../database';

/** The stored PIN: a scrypt hash, its salt and the cost it was made with (so the cost can rise later). */
export interface StoredPin {
  hash: Buffer;
  salt: Buffer;
  cost: number;
  blockSize: number;
  parallelism: number;
  setAt: number;
}

interface PinRow {
  hash: Buffer;
  salt: Buffer;
  cost: number;
  block_size: number;
  parallelism: number;
  set_at: number;
}

export function readPin(db: Db): StoredPin | null {
  const row = db
    .prepare<[], PinRow>(
      'SELECT hash, salt, cost, block_size, parallelism, set_at FROM trainer_pin WHERE id = 1',
    )
    .get();
  return row
    ? {
        hash: row.hash,
        salt: row.salt,
        cost: row.cost,
        blockSize: row.block_size,
        parallelism: row.parallelism,
        setAt: row.set_at,
      }
    : null;
}

/** Sets the PIN, replacing any; with `onlyIfNone`, does nothing (and says so) when one exists. */
export function writePin(db: Db, pin: StoredPin, options: { onlyIfNone: boolean }): boolean {
  const insert = `INSERT INTO trainer_pin (id, hash, salt, cost, block_size, parallelism, set_at)
     VALUES (1, @hash, @salt, @cost, @blockSize, @parallelism, @setAt)`;
  const sql = options.onlyIfNone
    ? `${insert} ON CONFLICT (id) DO NOTHING`
    : `${insert} ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, salt = excluded.salt, cost = excluded.cost,
         block_size = excluded.block_size, parallelism = excluded.parallelism, set_at = excluded.set_at`;
  return db.prepare(sql).run(pin).changes > 0;
}

export function deletePin(db: Db): boolean {
  return db.prepare('DELETE FROM trainer_pin WHERE id = 1').run().changes > 0;
}

/**
 * Wrong PINs counted for one scope (a screen, or all screens), and the pause they earned: `pauseMs` long,
 * of which `elapsedMs` has passed while Gymdeck was running.
 */
export interface PinLockout {
  scope: string;
  failures: number;
  pauseMs: number;
  elapsedMs: number;
}

export function readLockout(db: Db, scope: string): PinLockout | null {
  const row = db
    .prepare<[string], { failures: number; pause_ms: number; elapsed_ms: number }>(
      'SELECT failures, pause_ms, elapsed_ms FROM pin_lockout WHERE scope = ?',
    )
    .get(scope);
  return row ? { scope, failures: row.failures, pauseMs: row.pause_ms, elapsedMs: row.elapsed_ms } : null;
}

export function writeLockout(db: Db, lockout: PinLockout, now: number): void {
  db.prepare(
    `INSERT INTO pin_lockout (scope, failures, pause_ms, elapsed_ms, updated_at)
     VALUES (@scope, @failures, @pauseMs, @elapsedMs, @now)
     ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, pause_ms = excluded.pause_ms,
       elapsed_ms = excluded.elapsed_ms, updated_at = excluded.updated_at`,
  ).run({ ...lockout, now });
}

/** The scopes that are still waiting out a pause, to keep measuring them from the start of this run. */
export function listPausedLockouts(db: Db): PinLockout[] {
  return db
    .prepare<[], { scope: string; failures: number; pause_ms: number; elapsed_ms: number }>(
      'SELECT scope, failures, pause_ms, elapsed_ms FROM pin_lockout WHERE pause_ms > elapsed_ms',
    )
    .all()
    .map((row) => ({
      scope: row.scope,
      failures: row.failures,
      pauseMs: row.pause_ms,
      elapsedMs: row.elapsed_ms,
    }));
}

export function deleteLockout(db: Db, scope: string): void {
  db.prepare('DELETE FROM pin_lockout WHERE scope = ?').run(scope);
}

/** Every scope whose count is kept: a new PIN or an offline reset clears them all. */
export function deleteAllLockouts(db: Db): void {
  db.prepare('DELETE FROM pin_lockout').run();
}
