import type { Db } from '../database';
import type { Member } from '@shared/domain';

type MemberIdentity = Pick<Member, 'id' | 'displayName' | 'memberNumber'>;

interface MemberRow {
  id: string;
  display_name: string;
  member_number: string | null;
}

export function insertMember(db: Db, member: MemberIdentity, now: number): void {
  db.prepare(
    `INSERT INTO member (id, display_name, member_number, created_at)
     VALUES (@id, @displayName, @memberNumber, @now)`,
  ).run({ ...member, now });
}

export function getMember(db: Db, id: string): MemberIdentity | null {
  const row = db
    .prepare<[string], MemberRow>('SELECT id, display_name, member_number FROM member WHERE id = ?')
    .get(id);
  return row ? { id: row.id, displayName: row.display_name, memberNumber: row.member_number } : null;
}
