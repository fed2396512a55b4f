import type { Db } from '../database';
import { cachedStatement } from '../statements';
import type { Member, MemberDataCounts, MemberDraft, WeightUnit } from '@shared/domain';

interface MemberRow {
  id: string;
  display_name: string;
  member_number: string | null;
  notes: string;
  unit: WeightUnit;
  created_at: number;
}

/** A new member; notes and unit take the table's defaults (none, kilograms) when not given. */
export type MemberWrite = Pick<Member, 'id' | 'displayName' | 'memberNumber'> & Partial<MemberDraft>;

const COLUMNS = 'id, display_name, member_number, notes, unit, created_at';

export function insertMember(db: Db, member: MemberWrite, now: number): void {
  db.prepare(
    `INSERT INTO member (id, display_name, member_number, notes, unit, created_at)
     VALUES (@id, @displayName, @memberNumber, @notes, @unit, @now)`,
  ).run({ notes: '', unit: 'kg', ...member, now });
}

export function updateMember(db: Db, id: string, draft: MemberDraft): boolean {
  return (
    db
      .prepare(
        `UPDATE member SET display_name = @displayName, member_number = @memberNumber, notes = @notes,
           unit = @unit
         WHERE id = @id`,
      )
      .run({ ...draft, id }).changes > 0
  );
}

export function getMember(db: Db, id: string): Member | null {
  const row = cachedStatement<[string], MemberRow>(db, `SELECT ${COLUMNS} FROM member WHERE id = ?`).get(id);
  return row ? toMember(row) : null;
}

/** The member with this number, if any (numbers are unique). */
export function memberIdForNumber(db: Db, memberNumber: string): string | null {
  const row = db
    .prepare<[string], { id: string }>('SELECT id FROM member WHERE member_number = ?')
    .get(memberNumber);
  return row?.id ?? null;
}

/** Escapes LIKE's wildcards so that what a trainer types matches only itself. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Type-ahead: members whose name has a word starting with `query`, or whose number contains it; those
 * whose name starts with it first, then by name. Everyone (by name) without a query.
 */
export function findMembers(db: Db, query: string, limit: number): Member[] {
  const text = likeLiteral(query.trim());
  return db
    .prepare<{ prefix: string; word: string; number: string; limit: number }, MemberRow>(
      `SELECT ${COLUMNS} FROM member
       WHERE @prefix = '%' OR display_name LIKE @prefix ESCAPE '\\' OR display_name LIKE @word ESCAPE '\\'
         OR member_number LIKE @number ESCAPE '\\'
       ORDER BY display_name LIKE @prefix ESCAPE '\\' DESC, display_name COLLATE NOCASE, id
       LIMIT @limit`,
    )
    .all({ prefix: `${text}%`, word: `% ${text}%`, number: `%${text}%`, limit })
    .map(toMember);
}

export function memberDataCounts(db: Db, id: string): MemberDataCounts {
  const count = (sql: string): number => db.prepare<[string], { n: number }>(sql).get(id)?.n ?? 0;
  return {
    plans: count('SELECT count(*) AS n FROM plan WHERE member_id = ?'),
    sessions: count('SELECT count(*) AS n FROM session WHERE member_id = ?'),
    sets: count(
      `SELECT count(*) AS n FROM logged_set s WHERE s.member_id = ? AND s.deleted = 0
         AND NOT EXISTS (SELECT 1 FROM logged_set n WHERE n.supersedes = s.id)`,
    ),
  };
}

/** Deletes the member; their plans, sessions and logged sets go with them (by cascade). */
export function deleteMember(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM member WHERE id = ?').run(id).changes > 0;
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    displayName: row.display_name,
    memberNumber: row.member_number,
    notes: row.notes,
    unit: row.unit,
    createdAt: row.created_at,
  };
}
