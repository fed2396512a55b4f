import {
  MEMBER_EXPORT_FORMAT_NAME,
  MEMBER_EXPORT_FORMAT_VERSION,
  type ExportFile,
  type Member,
  type MemberDataCounts,
  type MemberDraft,
  type MemberExportDocument,
  type MemberExportFormat,
} from '@shared/domain';
import { exerciseNames } from '../store/repositories/exercise-traits';
import {
  deleteMember,
  findMembers,
  getMember,
  insertMember,
  memberDataCounts,
  memberIdForNumber,
  updateMember,
} from '../store/repositories/members';
import { getPlan, listPlans } from '../store/repositories/plans';
import type { ServiceContext } from './context';
import { invalidField, notFound } from './errors';
import type { SessionService } from './sessions';

const DEFAULT_LIST_SIZE = 20;
/** Every session of a member, for an export. */
const ALL = Number.MAX_SAFE_INTEGER;

const CSV_COLUMNS = [
  'session_started_at',
  'session_finished_at',
  'plan',
  'exercise',
  'exercise_id',
  'warm_up',
  'set_number',
  'reps',
  'seconds',
  'load_kg',
  'logged_at',
] as const;

/**
 * One CSV field: quoted when it holds a separator, a quote or a line break; text a spreadsheet would run
 * as a formula (starting with =, +, -, @) is kept as text with a leading apostrophe.
 */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const iso = (time: number | null): string | null => (time === null ? null : new Date(time).toISOString());

/** The members trainers look after: create, find, edit, delete, export. */
export function createMemberService({ db, now, newId }: ServiceContext, sessions: SessionService) {
  function get(id: string): Member {
    const member = getMember(db, id);
    if (!member) throw notFound('member', id);
    return member;
  }

  function checkNumberFree(draft: MemberDraft, exceptId: string | null): void {
    if (draft.memberNumber === null) return;
    const holder = memberIdForNumber(db, draft.memberNumber);
    if (holder !== null && holder !== exceptId) {
      throw invalidField('memberNumber', 'already-used', 'another member has this number', {
        value: draft.memberNumber,
      });
    }
  }

  function exportDocument(member: Member): MemberExportDocument {
    const plans = listPlans(db, member.id).flatMap((summary) => getPlan(db, summary.id) ?? []);
    const { sessions: history } = sessions.history(member.id, { limit: ALL });
    const exerciseIds = new Set([
      ...plans.flatMap((plan) => plan.items.map((item) => item.exerciseId)),
      ...history.flatMap((session) => session.sets.map((set) => set.exerciseId)),
    ]);
    const names = exerciseNames(db, [...exerciseIds]);
    return {
      format: MEMBER_EXPORT_FORMAT_NAME,
      version: MEMBER_EXPORT_FORMAT_VERSION,
      exportedAt: new Date(now()).toISOString(),
      member,
      plans,
      sessions: history,
      exercises: [...names].map(([id, name]) => ({ id, name })),
    };
  }

  function toCsv(document: MemberExportDocument): string {
    const names = new Map(document.exercises.map((exercise) => [exercise.id, exercise.name]));
    const rows = [...document.sessions]
      .reverse()
      .flatMap((session) =>
        session.sets.map((set) => [
          iso(session.startedAt),
          iso(session.finishedAt),
          session.planName,
          names.get(set.exerciseId) ?? set.exerciseId,
          set.exerciseId,
          set.warmUp,
          set.setNumber,
          set.reps,
          set.seconds,
          set.loadKg,
          iso(set.loggedAt),
        ]),
      );
    return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  return {
    /** Type-ahead on name or number; everyone by name without a query. */
    list(query = '', limit = DEFAULT_LIST_SIZE): Member[] {
      return findMembers(db, query, limit);
    },
    get,
    create(draft: MemberDraft): Member {
      const id = newId();
      db.transaction(() => {
        checkNumberFree(draft, null);
        insertMember(db, { id, ...draft }, now());
      })();
      return get(id);
    },
    update(id: string, draft: MemberDraft): Member {
      db.transaction(() => {
        get(id);
        checkNumberFree(draft, id);
        updateMember(db, id, draft);
      })();
      return get(id);
    },
    dataCounts(id: string): MemberDataCounts {
      get(id);
      return memberDataCounts(db, id);
    },
    /** Removes the member, their plans, sessions and sets; answers how much went. */
    delete(id: string): MemberDataCounts {
      return db.transaction((): MemberDataCounts => {
        get(id);
        const counts = memberDataCounts(db, id);
        deleteMember(db, id);
        return counts;
      })();
    },
    /** Everything the store holds about the member, as a JSON document or a CSV of their sets. */
    exportData(id: string, format: MemberExportFormat): ExportFile {
      const member = get(id);
      const document = exportDocument(member);
      const stem = `gymdeck-member-${member.memberNumber ?? member.id.slice(0, 8)}-${document.exportedAt.slice(0, 10)}`;
      return format === 'json'
        ? {
            fileName: `${stem}.json`,
            mimeType: 'application/json',
            content: `${JSON.stringify(document, null, 2)}\n`,
          }
        : { fileName: `${stem}.csv`, mimeType: 'text/csv', content: toCsv(document) };
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
