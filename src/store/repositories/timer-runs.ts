import type { Db } from '../database';

/** The run a screen is timing, as stored: the service validates `state` before it is written and after it is read. */
export interface TimerRunRow {
  kind: 'countdown' | 'circuit';
  circuitId: string | null;
  state: unknown;
}

export function readTimerRun(db: Db, screen: string): TimerRunRow | null {
  const row = db
    .prepare<[string], { kind: 'countdown' | 'circuit'; circuit_id: string | null; state: string }>(
      'SELECT kind, circuit_id, state FROM timer_run WHERE screen = ?',
    )
    .get(screen);
  return row ? { kind: row.kind, circuitId: row.circuit_id, state: JSON.parse(row.state) as unknown } : null;
}

/** One statement, so the previous run is replaced atomically. */
export function writeTimerRun(db: Db, screen: string, run: TimerRunRow, now: number): void {
  db.prepare(
    `INSERT INTO timer_run (screen, kind, circuit_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (screen) DO UPDATE SET kind = excluded.kind, circuit_id = excluded.circuit_id,
       state = excluded.state, updated_at = excluded.updated_at`,
  ).run(screen, run.kind, run.circuitId, JSON.stringify(run.state), now);
}

export function deleteTimerRun(db: Db, screen: string): boolean {
  return db.prepare('DELETE FROM timer_run WHERE screen = ?').run(screen).changes > 0;
}
