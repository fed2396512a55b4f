import * as z from 'zod';
import {
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  FIGURE_CHOICES,
  LEVELS,
  TAGS,
  type ExportedExercise,
} from '@shared/domain';

// Bounds follow the store's own checks, with room above what the editor allows: an export must import
// back whatever the library holds, including exercises that came from other datasets.
const id = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((value) => value.trim() === value, 'must not start or end with a space');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const whole = (min: number, max: number) =>
  z.int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const nullableText = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullable();

export const exportedExerciseSchema = z
  .strictObject({
    id,
    name: text(120),
    aliases: z.array(text(120)).max(50),
    summary: z.string().max(2000, 'must be at most 2000 characters'),
    level: z.enum(LEVELS),
    tags: z.array(z.enum(TAGS)).max(TAGS.length),
    equipment: z.array(id).max(50),
    primaryMuscles: z.array(id).max(50),
    secondaryMuscles: z.array(id).max(50),
    steps: z.array(text(300)).max(50),
    cues: z.array(text(120)).max(50),
    prescription: z
      .strictObject({
        sets: whole(1, 20),
        reps: whole(1, 1000).nullable(),
        seconds: whole(1, 3600).nullable(),
        restSeconds: whole(0, 3600),
      })
      .refine((p) => (p.reps === null) !== (p.seconds === null), {
        message: 'give either reps or seconds, not both',
        path: ['reps'],
      }),
    oneSided: z.boolean(),
    archived: z.boolean(),
    source: z
      .strictObject({
        name: text(200),
        url: nullableText(1000),
        reference: nullableText(200),
        licence: nullableText(200),
      })
      .nullable(),
    // Exports written before a trainer could hide a figure have no choice: the figure shows.
    figureChoice: z.enum(FIGURE_CHOICES).default('show'),
    seedKey: id.nullable(),
  })
  .refine((e) => !e.secondaryMuscles.some((muscle) => e.primaryMuscles.includes(muscle)), {
    message: 'a muscle is either primary or secondary, not both',
    path: ['secondaryMuscles'],
  }) satisfies z.ZodType<ExportedExercise>;

/**
 * The document around the exercises. Entries are checked one by one afterwards, so that one bad entry is
 * reported and skipped while the rest import.
 */
export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT_NAME),
  version: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  equipment: z.array(z.strictObject({ id, name: text(120) })).max(1000),
  exercises: z.array(z.unknown()).max(10_000, 'must have at most 10000 exercises'),
  mediaLeftOut: z.int().min(0),
});

export type ExportDocumentShell = z.output<typeof exportDocumentSchema>;

/** True when `value` says it is a Gymdeck export, whether or not the rest of it is sound. */
export function claimsGymdeckFormat(value: unknown): value is { format: string; version?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { format?: unknown }).format === EXPORT_FORMAT_NAME
  );
}
