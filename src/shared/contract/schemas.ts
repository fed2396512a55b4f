import { z } from 'zod';
import type {
  Circuit,
  CircuitSummary,
  Exercise,
  ExercisePage,
  ImportProgress,
  ImportReport,
  LibraryExportDocument,
  LibraryVocabulary,
  LoggedSet,
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
  'sessions:log-set': {
    access: 'member',
    input: z
      .strictObject({
        memberId: id,
        exerciseId: id,
        planItemId: id.nullable().optional(),
        setNumber: z.int().min(1).max(100),
        reps: z.int().min(0).max(1000).nullable().optional(),
        seconds: z
          .int()
          .min(0)
          .max(24 * 3600)
          .nullable()
          .optional(),
        loadKg: z.number().min(0).max(1000).nullable().optional(),
        /** Chosen by the screen, so a retried request never logs the same set twice. */
        clientKey: z.string().trim().min(8).max(64),
      })
      .refine((set) => set.reps != null || set.seconds != null, {
        message: 'a set needs reps or seconds',
        path: ['reps'],
        params: { reason: 'required' },
      }),
    result: returns<LoggedSet>(),
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
