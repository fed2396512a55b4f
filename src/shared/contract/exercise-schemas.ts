import * as z from 'zod';
import { EXERCISE_LIMITS as L, FIGURE_CHOICES, LEVELS, MEDIA_MAX_BYTES, MEDIA_ROLES, TAGS } from '../domain';

const id = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A list whose repeats are dropped, keeping the first of each. */
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .transform((list) => [...new Set(list)]);

const whole = (bounds: { min: number; max: number }) =>
  z
    .int('must be a whole number')
    .min(bounds.min, `must be at least ${bounds.min}`)
    .max(bounds.max, `must be at most ${bounds.max}`);

const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable();

const webAddress = z
  .string()
  .trim()
  .max(L.urlLength, `must be at most ${L.urlLength} characters`)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), {
    message: 'must be a web address starting with https://',
    params: { reason: 'web-address' },
  })
  .nullable();

/** An exercise as a trainer writes it; shared by `library:create` and `library:update`. */
export const exerciseDraftSchema = z
  .strictObject({
    name: text(L.nameLength),
    aliases: uniqueList(text(L.aliasLength), L.aliases),
    summary: z.string().trim().max(L.summaryLength, `must be at most ${L.summaryLength} characters`),
    level: z.enum(LEVELS),
    tags: uniqueList(z.enum(TAGS), TAGS.length),
    equipment: uniqueList(id, 20),
    primaryMuscles: uniqueList(id, L.muscles).refine((list) => list.length > 0, {
      message: 'choose at least one muscle',
      params: { reason: 'too-few', min: 1 },
    }),
    secondaryMuscles: uniqueList(id, L.muscles),
    steps: z
      .array(text(L.stepLength))
      .min(1, 'add at least one step')
      .max(L.steps, `must have at most ${L.steps} steps`),
    cues: z
      .array(text(L.cueLength))
      .min(L.cuesMin, `give ${L.cuesMin} or ${L.cuesMax} short cues`)
      .max(L.cuesMax, `give ${L.cuesMin} or ${L.cuesMax} short cues`),
    prescription: z
      .strictObject({
        sets: whole(L.sets),
        reps: whole(L.reps).nullable(),
        seconds: whole(L.seconds).nullable(),
        restSeconds: whole(L.restSeconds),
      })
      .refine((p) => (p.reps === null) !== (p.seconds === null), {
        message: 'give either reps or seconds, not both',
        path: ['reps'],
        params: { reason: 'one-measure' },
      }),
    oneSided: z.boolean(),
    source: z
      .strictObject({
        name: text(L.sourceLength),
        url: webAddress,
        reference: optionalText(L.sourceLength),
        licence: optionalText(L.sourceLength),
      })
      .nullable(),
    figureChoice: z.enum(FIGURE_CHOICES),
  })
  .refine((draft) => !draft.secondaryMuscles.some((muscle) => draft.primaryMuscles.includes(muscle)), {
    message: 'a muscle is either worked mainly or also worked, not both',
    path: ['secondaryMuscles'],
    params: { reason: 'muscle-twice' },
  });

/** Base64 of the largest file accepted (a video); the service checks each kind's own limit. */
export const MEDIA_MAX_BASE64_LENGTH = Math.ceil(MEDIA_MAX_BYTES.video / 3) * 4;

export const attachMediaSchema = z.strictObject({
  exerciseId: id,
  role: z.enum(MEDIA_ROLES),
  /** The file's bytes, base64-encoded, so that IPC and HTTP carry them alike. */
  data: z
    .string()
    .min(1, 'the file is empty')
    .max(MEDIA_MAX_BASE64_LENGTH, `the file is larger than ${MEDIA_MAX_BYTES.video / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});
