import * as z from 'zod';
import {
  MEMBER_EXPORT_FORMATS,
  MEMBER_LIMITS as M,
  PLAN_LIMITS as P,
  SET_LIMITS as S,
  WEIGHT_UNITS,
} from '../domain';

const id = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

const whole = (bounds: { min: number; max: number }) =>
  z
    .int('must be a whole number')
    .min(bounds.min, `must be at least ${bounds.min}`)
    .max(bounds.max, `must be at most ${bounds.max}`);

/** Kilograms: finite, never negative. */
const load = (bounds: { min: number; max: number }) =>
  z
    .number('must be a number')
    .min(bounds.min, `must be at least ${bounds.min}`)
    .max(bounds.max, `must be at most ${bounds.max}`);

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** Exactly one of reps and seconds: a set is counted or timed. */
const oneMeasure = <T extends { reps: number | null; seconds: number | null }>(set: T): boolean =>
  (set.reps === null) !== (set.seconds === null);
const ONE_MEASURE = {
  message: 'give either reps or seconds, not both',
  path: ['reps'],
  params: { reason: 'one-measure' },
};

/** What the kiosk's number pad types. */
export const memberNumberSchema = z
  .string()
  .trim()
  .regex(
    new RegExp(`^[0-9]{${M.numberDigits.min},${M.numberDigits.max}}$`),
    `must be ${M.numberDigits.min} to ${M.numberDigits.max} digits`,
  );

/** A member as a trainer writes them; shared by `members:create` and `members:update`. */
export const memberDraftSchema = z.strictObject({
  displayName: text(M.nameLength),
  memberNumber: memberNumberSchema.nullable(),
  notes: optionalText(M.notesLength),
  unit: z.enum(WEIGHT_UNITS),
});

export const planItemDraftSchema = z
  .strictObject({
    exerciseId: id,
    sets: whole(P.sets),
    warmUpSets: whole(P.warmUpSets),
    reps: whole(P.reps).nullable(),
    seconds: whole(P.seconds).nullable(),
    loadKg: load(P.loadKg).nullable(),
    restSeconds: whole(P.restSeconds),
    note: optionalText(P.itemNoteLength),
  })
  .refine(oneMeasure, ONE_MEASURE);

/** A plan or template as a trainer writes it; shared by `plans:create` and `plans:update`. */
export const planDraftSchema = z.strictObject({
  name: text(P.nameLength),
  note: optionalText(P.noteLength),
  items: z
    .array(planItemDraftSchema)
    .min(1, 'add at least one exercise')
    .max(P.items, `must have at most ${P.items} exercises`),
});

/** A set as the member logs or corrects it. */
const setMeasureShape = {
  reps: whole(S.reps).nullable(),
  seconds: whole(S.seconds).nullable(),
  loadKg: load(S.loadKg).nullable(),
};

/** Chosen by the screen for each change, so that a retried "Done" never logs the same set twice. */
const clientKey = z
  .string()
  .trim()
  .min(8, 'must be at least 8 characters')
  .max(64, 'must be at most 64 characters');

export const logSetSchema = z
  .strictObject({
    sessionId: id,
    itemId: id,
    /** The exercise the screen showed; it must be the one the item has today. */
    exerciseId: id,
    warmUp: z.boolean(),
    setNumber: whole(S.setNumber),
    ...setMeasureShape,
    clientKey,
  })
  .refine(oneMeasure, ONE_MEASURE);

export const correctSetSchema = z
  .strictObject({ sessionId: id, setId: id, ...setMeasureShape, clientKey })
  .refine(oneMeasure, ONE_MEASURE);

export const deleteSetSchema = z.strictObject({ sessionId: id, setId: id, clientKey });

const HISTORY_PAGE = { min: 1, max: 50 };

/** A page of history, newest first: sessions that started before `before` (all when absent). */
export const historyPageShape = {
  limit: whole(HISTORY_PAGE).optional(),
  before: z.number().min(0).optional(),
};

export const memberExportSchema = z.strictObject({ id, format: z.enum(MEMBER_EXPORT_FORMATS) });

export const memberListSchema = z.strictObject({
  /** Type-ahead: part of the name (any word's start) or of the member number. */
  query: z.string().trim().max(M.nameLength, `must be at most ${M.nameLength} characters`).optional(),
  limit: whole({ min: 1, max: 100 }).optional(),
});
