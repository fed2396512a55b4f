import * as z from 'zod';
import { IMPORT_FORMATS } from '../domain';

/** The largest file `library:import` reads: ten times a 1,000-exercise list. */
export const IMPORT_MAX_CHARS = 10 * 1024 * 1024;

const id = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const exportLibrarySchema = z.strictObject({
  /** The exercises to export; the whole library (archived exercises too) when absent. */
  ids: z.array(id).min(1, 'choose at least one exercise').max(10_000).optional(),
});

export const importLibrarySchema = z.strictObject({
  /** The file's text, as read. */
  content: z
    .string()
    .min(1, 'the file is empty')
    .max(IMPORT_MAX_CHARS, `the file is larger than ${IMPORT_MAX_CHARS / 1024 / 1024} MB`),
  /** Detected from the content when absent; when given, a file of the other format is refused. */
  format: z.enum(IMPORT_FORMATS).optional(),
  /** Report what would happen, and change nothing. */
  dryRun: z.boolean().optional(),
});
