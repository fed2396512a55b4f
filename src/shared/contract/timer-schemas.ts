import * as z from 'zod';
import { CIRCUIT_LIMITS as L, SETTING_LIMITS } from '../domain';

const id = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

const whole = (min: number, max: number) =>
  z.int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

/** A time on a page clock: finite milliseconds. */
const instant = z
  .number()
  .refine(Number.isFinite, { message: 'must be a finite number', params: { reason: 'malformed' } });

const circuitStepSchema = z
  .strictObject({
    exerciseId: id,
    workSeconds: whole(1, L.workSeconds).nullable(),
    repTarget: whole(1, L.repTarget).nullable(),
    side: z.enum(['both', 'left', 'right']),
    restSeconds: whole(0, L.restSeconds).nullable(),
  })
  .refine((step) => (step.workSeconds === null) !== (step.repTarget === null), {
    message: 'a step needs either work seconds or a rep target, not both',
    path: ['workSeconds'],
    params: { reason: 'one-measure' },
  });

export const circuitDraftSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(L.nameLength, `must be at most ${L.nameLength} characters`),
  description: z
    .string()
    .trim()
    .max(L.descriptionLength, `must be at most ${L.descriptionLength} characters`),
  getReadySeconds: whole(0, L.getReadySeconds),
  restSeconds: whole(0, L.restSeconds),
  rounds: whole(0, L.rounds),
  roundBreakSeconds: whole(0, L.roundBreakSeconds),
  sound: z.boolean(),
  flash: z.boolean(),
  halfwayCue: z.boolean(),
  steps: z
    .array(circuitStepSchema)
    .min(1, 'a circuit needs at least one step')
    .max(L.steps, `must have at most ${L.steps} steps`),
});

/** Only the settings the kiosk knows; any other key is refused. */
export const settingsPatchSchema = z.strictObject({
  idleSeconds: whole(SETTING_LIMITS.idleSeconds.min, SETTING_LIMITS.idleSeconds.max).optional(),
  displayCircuitId: id.nullable().optional(),
  volume: z.number().min(0, 'must be at least 0').max(1, 'must be at most 1').optional(),
  trainerIdleSeconds: whole(
    SETTING_LIMITS.trainerIdleSeconds.min,
    SETTING_LIMITS.trainerIdleSeconds.max,
  ).optional(),
  mediaQuotaMegabytes: whole(
    SETTING_LIMITS.mediaQuotaMegabytes.min,
    SETTING_LIMITS.mediaQuotaMegabytes.max,
  ).optional(),
});

const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['pause', 'resume', 'skip', 'back', 'stop', 'done']), at: instant }),
  z.strictObject({ type: z.literal('adjust'), at: instant, deltaMs: whole(-3_600_000, 3_600_000) }),
]);

export const activeRunSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('countdown'),
    restSeconds: whole(0, 24 * 3600),
    exerciseId: id.nullable(),
    countdown: z.strictObject({
      durationMs: z
        .number()
        .min(0)
        .max(48 * 3_600_000),
      endsAt: instant.nullable(),
      pausedRemainingMs: z
        .number()
        .min(0)
        .max(48 * 3_600_000)
        .nullable(),
    }),
  }),
  z.strictObject({
    kind: z.literal('circuit'),
    circuitId: id,
    startedAt: instant,
    events: z.array(eventSchema).max(2000, 'must have at most 2000 events'),
  }),
]);
