import type { PairedScreen } from '@shared/domain';
import type { Db } from '../database';

interface ScreenRow {
  id: string;
  name: string;
  paired_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

const COLUMNS = 'id, name, paired_at, last_seen_at, revoked_at';

const toScreen = (row: ScreenRow): PairedScreen => ({
  id: row.id,
  name: row.name,
  pairedAt: row.paired_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
});

/** Screens still paired first (newest first), then the revoked ones. */
export function listPairedScreens(db: Db): PairedScreen[] {
  return db
    .prepare<[], ScreenRow>(
      `SELECT ${COLUMNS} FROM paired_screen ORDER BY revoked_at IS NOT NULL, paired_at DESC, id`,
    )
    .all()
    .map(toScreen);
}

export function getPairedScreen(db: Db, id: string): PairedScreen | null {
  const row = db.prepare<[string], ScreenRow>(`SELECT ${COLUMNS} FROM paired_screen WHERE id = ?`).get(id);
  return row ? toScreen(row) : null;
}

/** The screen whose token hashes to `tokenHash`, unless it was revoked. */
export function findScreenByTokenHash(db: Db, tokenHash: string): PairedScreen | null {
  const row = db
    .prepare<[string], ScreenRow>(
      `SELECT ${COLUMNS} FROM paired_screen WHERE token_hash = ? AND revoked_at IS NULL`,
    )
    .get(tokenHash);
  return row ? toScreen(row) : null;
}

export function insertPairedScreen(
  db: Db,
  screen: { id: string; name: string; tokenHash: string },
  now: number,
): void {
  db.prepare(
    'INSERT INTO paired_screen (id, name, token_hash, paired_at) VALUES (@id, @name, @tokenHash, @now)',
  ).run({ ...screen, now });
}

export function touchPairedScreen(db: Db, id: string, now: number): void {
  db.prepare('UPDATE paired_screen SET last_seen_at = ? WHERE id = ?').run(now, id);
}

/** Marks it revoked (its token stops working); false when there is no such screen or it already was. */
export function revokePairedScreen(db: Db, id: string, now: number): boolean {
  return (
    db.prepare('UPDATE paired_screen SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id)
      .changes > 0
  );
}
