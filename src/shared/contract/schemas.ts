import * as z from 'zod';
import type {
  Circuit,
  CircuitSummary,
  Exercise,
  ExercisePage,
  ImportProgress,
  ImportReport,
  LibraryExportDocument,
  LibraryVocabulary,
  ExportFile,
  HistoryPage,
  Member,
  MemberDataCounts,
  MemberHome,
  Plan,
  PlanSummary,
  ProgressSeries,
  SessionSummary,
  SessionView,
  SetChange,
  SignedInMember,
  SwapCandidate,
} from '../domain';
import { EXERCISE_STATUSES, GOALS, LIBRARY_PAGE_MAX } from '../domain';
import type {
  ActiveRun,
  BackupFileContent,
  BackupList,
  BackupRestored,
  BackupSummary,
  KioskSettings,
  PairedScreen,
  PairingClaim,
  PairingRequest,
  SystemNotices,
  TrainerStatus,
} from '../domain';
import { PAIRING_CODE_PATTERN, PIN_LENGTH, PIN_PATTERN, SCREEN_NAME_MAX } from '../domain';
import type { Access } from './caller';
import type { MethodName } from './methods';
import { activeRunSchema, circuitDraftSchema, settingsPatchSchema } from './timer-schemas';
import { attachMediaSchema, exerciseDraftSchema } from './exercise-schemas';
import { exportLibrarySchema, importLibrarySchema } from './transfer-schemas';
import {
  correctSetSchema,
  deleteSetSchema,
  historyPageShape,
  logSetSchema,
  memberDraftSchema,
  memberExportSchema,
  memberListSchema,
  memberNumberSchema,
  planDraftSchema,
} from './session-schemas';

const id = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const slugList = z.array(id).max(50);
/** A backup is named by its file name; the service looks it up among the backups, never as a path. */
const backupName = z.strictObject({
  name: z
    .string()
    .max(100, 'must be at most 100 characters')
    .regex(/^gymdeck-[0-9A-Za-z-]+\.db$/, 'is not the name of a backup'),
});

/** A PIN as typed: digits only, so a wrong shape is named before any hashing is spent on it. */
const pin = z.string().refine((value) => PIN_PATTERN.test(value), {
  message: `must be ${PIN_LENGTH.min} to ${PIN_LENGTH.max} digits`,
  params: { reason: 'pin-format', min: PIN_LENGTH.min, max: PIN_LENGTH.max },
});
/** A PIN to check (never stored): anything up to the longest PIN, so a wrong length is just wrong. */
const pinAttempt = z.string().max(PIN_LENGTH.max, `must be at most ${PIN_LENGTH.max} digits`);

/** What a file picked in the kiosk's own dialog is for: it decides the dialog's filters and size limit. */
export const KIOSK_FILE_KINDS = ['library-file', 'picture', 'video'] as const;
export type KioskFileKind = (typeof KIOSK_FILE_KINDS)[number];

/** Marks the result type of a method without any runtime cost. */
function returns<T>(): { readonly __result?: T } {
  return {};
}

export const contract = {
  'library:list': {
    access: 'screen',
    input: z.strictObject({
      query: z.string().max(100, 'must be at most 100 characters').optional(),
      muscles: slugList.optional(),
      equipment: slugList.optional(),
      goal: z.enum(GOALS).optional(),
      /** Active exercises unless asked otherwise. */
      status: z.enum(EXERCISE_STATUSES).optional(),
      offset: z.int('must be a whole number').min(0, 'must be at least 0').optional(),
      /** How many to answer with; a page of `LIBRARY_PAGE_SIZE` when not given. */
      limit: z
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(LIBRARY_PAGE_MAX, `must be at most ${LIBRARY_PAGE_MAX}`)
        .optional(),
      /** The page holding this exercise rather than the one at `offset`, when the exercise is in the list. */
      around: id.optional(),
    }),
    result: returns<ExercisePage>(),
  },
  'library:get': {
    access: 'screen',
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:vocabulary': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<LibraryVocabulary>(),
  },
  'library:export': {
    access: 'trainer',
    input: exportLibrarySchema,
    result: returns<LibraryExportDocument>(),
  },
  'library:import': {
    access: 'trainer',
    input: importLibrarySchema,
    result: returns<ImportReport>(),
  },
  'library:import-progress': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<{ progress: ImportProgress | null }>(),
  },
  'library:create': {
    access: 'trainer',
    input: exerciseDraftSchema,
    result: returns<Exercise>(),
  },
  'library:update': {
    access: 'trainer',
    input: z.strictObject({ id, exercise: exerciseDraftSchema }),
    result: returns<Exercise>(),
  },
  'library:duplicate': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:archive': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:restore': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:attach-media': {
    access: 'trainer',
    input: attachMediaSchema,
    result: returns<Exercise>(),
  },
  'library:detach-media': {
    access: 'trainer',
    input: z.strictObject({ exerciseId: id, mediaId: id }),
    result: returns<Exercise>(),
  },
  'circuits:list': {
    access: 'screen',
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    result: returns<CircuitSummary[]>(),
  },
  'circuits:get': {
    access: 'screen',
    input: z.strictObject({ id }),
    result: returns<Circuit>(),
  },
  'circuits:create': {
    access: 'trainer',
    input: circuitDraftSchema,
    result: returns<Circuit>(),
  },
  'circuits:update': {
    access: 'trainer',
    input: z.strictObject({ id, circuit: circuitDraftSchema }),
    result: returns<Circuit>(),
  },
  'circuits:archive': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Circuit>(),
  },
  'circuits:restore': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Circuit>(),
  },
  'settings:get': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<KioskSettings>(),
  },
  'settings:update': {
    access: 'trainer',
    input: settingsPatchSchema,
    result: returns<KioskSettings>(),
  },
  'timers:get-run': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<{ run: ActiveRun | null }>(),
  },
  'timers:save-run': {
    access: 'screen',
    input: z.strictObject({ run: activeRunSchema }),
    result: returns<ActiveRun>(),
  },
  'timers:clear-run': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<{ cleared: boolean }>(),
  },
  'members:list': {
    access: 'trainer',
    input: memberListSchema,
    result: returns<Member[]>(),
  },
  'members:get': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Member>(),
  },
  'members:create': {
    access: 'trainer',
    input: memberDraftSchema,
    result: returns<Member>(),
  },
  'members:update': {
    access: 'trainer',
    input: z.strictObject({ id, member: memberDraftSchema }),
    result: returns<Member>(),
  },
  /** What deleting the member would remove, for the confirmation that says how many. */
  'members:data-counts': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<MemberDataCounts>(),
  },
  /** Removes the member with their plans, sessions and sets; answers what was removed. */
  'members:delete': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<MemberDataCounts>(),
  },
  'members:export': {
    access: 'trainer',
    input: memberExportSchema,
    result: returns<ExportFile>(),
  },
  'members:history': {
    access: 'trainer',
    input: z.strictObject({ memberId: id, ...historyPageShape }),
    result: returns<HistoryPage>(),
  },
  'members:progress': {
    access: 'trainer',
    input: z.strictObject({ memberId: id, exerciseId: id }),
    result: returns<ProgressSeries>(),
  },
  /** A member's plans, or the templates when `memberId` is null. */
  'plans:list': {
    access: 'trainer',
    input: z.strictObject({ memberId: id.nullable() }),
    result: returns<PlanSummary[]>(),
  },
  'plans:get': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<Plan>(),
  },
  /** Saves a member's plan, or a reusable template when `memberId` is null. */
  'plans:create': {
    access: 'trainer',
    input: z.strictObject({ memberId: id.nullable(), plan: planDraftSchema }),
    result: returns<Plan>(),
  },
  'plans:update': {
    access: 'trainer',
    input: z.strictObject({ id, plan: planDraftSchema }),
    result: returns<Plan>(),
  },
  /** Sessions already done keep their copy of the plan. */
  'plans:delete': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<{ deleted: boolean }>(),
  },
  /** Copies a template into a new plan of the member. */
  'plans:give-template': {
    access: 'trainer',
    input: z.strictObject({ templateId: id, memberId: id }),
    result: returns<Plan>(),
  },
  /** Signs in the member with this number on the calling screen (tries are limited per screen). */
  'sessions:sign-in': {
    access: 'screen',
    input: z.strictObject({ memberNumber: memberNumberSchema }),
    result: returns<MemberHome>(),
  },
  /** Who is signed in on the calling screen, if anyone (after a reload). */
  'sessions:current': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<{ member: SignedInMember | null }>(),
  },
  /** Clears the member from the calling screen (idle return); an open session stays open. */
  'sessions:sign-out': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<{ signedOut: boolean }>(),
  },
  /** "Start for Sam K.": signs the plan's member in on the calling screen and starts (or resumes) it. */
  'sessions:hand-over': {
    access: 'trainer',
    input: z.strictObject({ planId: id }),
    result: returns<MemberHome>(),
  },
  'sessions:home': {
    access: 'member',
    input: z.strictObject({}),
    result: returns<MemberHome>(),
  },
  /** Starts one of the member's plans; refused while another session of theirs is open. */
  'sessions:start': {
    access: 'member',
    input: z.strictObject({ planId: id }),
    result: returns<SessionView>(),
  },
  'sessions:view': {
    access: 'member',
    input: z.strictObject({ sessionId: id }),
    result: returns<SessionView>(),
  },
  /** "Done": commits the set (synchronous=FULL) before answering. */
  'sessions:log-set': {
    access: 'member',
    input: logSetSchema,
    result: returns<SetChange>(),
  },
  'sessions:correct-set': {
    access: 'member',
    input: correctSetSchema,
    result: returns<SetChange>(),
  },
  'sessions:delete-set': {
    access: 'member',
    input: deleteSetSchema,
    result: returns<SetChange>(),
  },
  'sessions:skip': {
    access: 'member',
    input: z.strictObject({ sessionId: id, itemId: id, skipped: z.boolean() }),
    result: returns<SessionView>(),
  },
  /** Exercises that could stand in for the item's while its machine is busy, best first. */
  'sessions:swap-candidates': {
    access: 'member',
    input: z.strictObject({ sessionId: id, itemId: id }),
    result: returns<SwapCandidate[]>(),
  },
  /** Does another exercise for this item today; the plan itself is unchanged. */
  'sessions:swap': {
    access: 'member',
    input: z.strictObject({ sessionId: id, itemId: id, exerciseId: id }),
    result: returns<SessionView>(),
  },
  /** Closes the session (again: the same summary) and sums it up with any personal records. */
  'sessions:finish': {
    access: 'member',
    input: z.strictObject({ sessionId: id }),
    result: returns<SessionSummary>(),
  },
  'sessions:summary': {
    access: 'member',
    input: z.strictObject({ sessionId: id }),
    result: returns<SessionSummary>(),
  },
  'sessions:history': {
    access: 'member',
    input: z.strictObject(historyPageShape),
    result: returns<HistoryPage>(),
  },
  'sessions:progress': {
    access: 'member',
    input: z.strictObject({ exerciseId: id }),
    result: returns<ProgressSeries>(),
  },
  'system:notices': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<SystemNotices>(),
  },
  'system:dismiss-store-recovery': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<{ dismissed: boolean }>(),
  },
  'backups:list': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<BackupList>(),
  },
  'backups:create': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<BackupSummary>(),
  },
  'backups:restore': {
    access: 'trainer',
    input: backupName,
    result: returns<BackupRestored>(),
  },
  'backups:download': {
    access: 'trainer',
    input: backupName,
    result: returns<BackupFileContent>(),
  },
  'media:empty-set-aside': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<{ files: number; bytes: number }>(),
  },
  'trainer:status': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<TrainerStatus>(),
  },
  'trainer:set-pin': {
    access: 'screen',
    input: z.strictObject({ pin }),
    result: returns<TrainerStatus>(),
  },
  'trainer:unlock': {
    access: 'screen',
    input: z.strictObject({ pin: pinAttempt }),
    result: returns<TrainerStatus>(),
  },
  'trainer:lock': {
    access: 'screen',
    input: z.strictObject({}),
    result: returns<TrainerStatus>(),
  },
  'trainer:change-pin': {
    access: 'trainer',
    input: z.strictObject({ currentPin: pinAttempt, newPin: pin }),
    result: returns<TrainerStatus>(),
  },
  'pairing:request': {
    access: 'anyone',
    input: z.strictObject({}),
    result: returns<PairingRequest>(),
  },
  'pairing:claim': {
    access: 'anyone',
    input: z.strictObject({ claim: z.string().min(1).max(100) }),
    result: returns<PairingClaim>(),
  },
  'screens:list': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<PairedScreen[]>(),
  },
  'screens:pair': {
    access: 'trainer',
    input: z.strictObject({
      code: z
        .string()
        .transform((value) => value.replace(/\s/g, ''))
        .refine((value) => PAIRING_CODE_PATTERN.test(value), {
          message: 'must be the 6 digits the new screen shows',
          params: { reason: 'pairing-unknown' },
        }),
      name: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(SCREEN_NAME_MAX, `must be at most ${SCREEN_NAME_MAX} characters`),
    }),
    result: returns<PairedScreen>(),
  },
  'screens:revoke': {
    access: 'trainer',
    input: z.strictObject({ id }),
    result: returns<PairedScreen>(),
  },
  'kiosk:open-file': {
    access: 'trainer',
    input: z.strictObject({ kind: z.enum(KIOSK_FILE_KINDS) }),
    result: returns<{ file: { name: string; data: string } | null }>(),
  },
  'kiosk:quit': {
    access: 'trainer',
    input: z.strictObject({}),
    result: returns<{ quitting: boolean }>(),
  },
} as const satisfies { [M in MethodName]: { access: Access; input: z.ZodType; result: object } };

export type Contract = typeof contract;
/** What a caller passes (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a service receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']['__result']>;
