import { z } from 'zod';
import type {
  Circuit,
  CircuitSummary,
  Exercise,
  ExerciseSummary,
  ImportReport,
  LibraryExportDocument,
  LibraryVocabulary,
  LoggedSet,
} from '../domain';
import { GOALS } from '../domain';
import type {
  ActiveRun,
  BackupFileContent,
  BackupList,
  BackupRestored,
  BackupSummary,
  KioskSettings,
  SystemNotices,
} from '../domain';
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

/** Marks the result type of a method without any runtime cost. */
function returns<T>(): { readonly __result?: T } {
  return {};
}

export const contract = {
  'library:list': {
    input: z.strictObject({
      query: z.string().max(100, 'must be at most 100 characters').optional(),
      muscles: slugList.optional(),
      equipment: slugList.optional(),
      goal: z.enum(GOALS).optional(),
      includeArchived: z.boolean().optional(),
    }),
    result: returns<ExerciseSummary[]>(),
  },
  'library:get': {
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:vocabulary': {
    input: z.strictObject({}),
    result: returns<LibraryVocabulary>(),
  },
  'library:export': {
    input: exportLibrarySchema,
    result: returns<LibraryExportDocument>(),
  },
  'library:import': {
    input: importLibrarySchema,
    result: returns<ImportReport>(),
  },
  'library:create': {
    input: exerciseDraftSchema,
    result: returns<Exercise>(),
  },
  'library:update': {
    input: z.strictObject({ id, exercise: exerciseDraftSchema }),
    result: returns<Exercise>(),
  },
  'library:duplicate': {
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:archive': {
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:restore': {
    input: z.strictObject({ id }),
    result: returns<Exercise>(),
  },
  'library:attach-media': {
    input: attachMediaSchema,
    result: returns<Exercise>(),
  },
  'library:detach-media': {
    input: z.strictObject({ exerciseId: id, mediaId: id }),
    result: returns<Exercise>(),
  },
  'circuits:list': {
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    result: returns<CircuitSummary[]>(),
  },
  'circuits:get': {
    input: z.strictObject({ id }),
    result: returns<Circuit>(),
  },
  'circuits:create': {
    input: circuitDraftSchema,
    result: returns<Circuit>(),
  },
  'circuits:update': {
    input: z.strictObject({ id, circuit: circuitDraftSchema }),
    result: returns<Circuit>(),
  },
  'circuits:archive': {
    input: z.strictObject({ id, archived: z.boolean() }),
    result: returns<CircuitSummary>(),
  },
  'settings:get': {
    input: z.strictObject({}),
    result: returns<KioskSettings>(),
  },
  'settings:update': {
    input: settingsPatchSchema,
    result: returns<KioskSettings>(),
  },
  'timers:get-run': {
    input: z.strictObject({}),
    result: returns<{ run: ActiveRun | null }>(),
  },
  'timers:save-run': {
    input: z.strictObject({ run: activeRunSchema }),
    result: returns<ActiveRun>(),
  },
  'timers:clear-run': {
    input: z.strictObject({}),
    result: returns<{ cleared: boolean }>(),
  },
  'sessions:log-set': {
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
      }),
    result: returns<LoggedSet>(),
  },
  'system:notices': {
    input: z.strictObject({}),
    result: returns<SystemNotices>(),
  },
  'system:dismiss-store-recovery': {
    input: z.strictObject({}),
    result: returns<{ dismissed: boolean }>(),
  },
  'backups:list': {
    input: z.strictObject({}),
    result: returns<BackupList>(),
  },
  'backups:create': {
    input: z.strictObject({}),
    result: returns<BackupSummary>(),
  },
  'backups:restore': {
    input: backupName,
    result: returns<BackupRestored>(),
  },
  'backups:download': {
    input: backupName,
    result: returns<BackupFileContent>(),
  },
  'media:empty-set-aside': {
    input: z.strictObject({}),
    result: returns<{ files: number; bytes: number }>(),
  },
} as const satisfies { [M in MethodName]: { input: z.ZodType; result: object } };

export type Contract = typeof contract;
/** What a caller passes (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a service receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']['__result']>;
