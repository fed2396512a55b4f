export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'unknown-method',
  /** A trainer must unlock this screen first (or no PIN is set yet). */
  'forbidden',
  /** A screen on the network that is not paired (or whose pairing was revoked). */
  'unauthorized',
  /** Too many tries or requests at once; `params.seconds` says how long to wait where known. */
  'rate-limited',
  'conflict',
  'storage-full',
  'storage-read-only',
  /** Another program holds the data file for the moment. */
  'storage-busy',
  /** The data file (or a backup) failed its integrity check. */
  'storage-damaged',
  /** The screen could not reach the service at all (web mode: server gone or network down). */
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What exactly is wrong with the field an error names, so that a screen can say it in its own words
 * (with `params` such as `max`) instead of showing the service's English.
 */
export const ERROR_REASONS = [
  // Found by the contract's validation.
  'required',
  'too-long',
  'too-short',
  'too-many',
  'too-few',
  'too-large',
  'too-small',
  'not-whole',
  'not-allowed',
  'malformed',
  'unknown-field',
  // A schema's own rule, or a service's check against the store.
  'web-address',
  'one-measure',
  'muscle-twice',
  'unknown-reference',
  'already-used',
  'file-empty',
  'file-not-picture',
  'file-not-video',
  'file-wrong-kind',
  'file-too-large',
  'picture-too-large',
  // Members, plans and sessions.
  'unknown-member-number',
  'too-many-attempts',
  'not-signed-in',
  'session-open',
  'session-finished',
  'not-in-session',
  'already-logged',
  'set-replaced',
  'not-a-template',
  'is-a-template',
  // An import file refused as a whole.
  'not-json',
  'unknown-format',
  'other-format',
  'too-many-entries',
  'library-full',
  'import-running',
  'newer-version',
  'unsound-file',
  // An import that stopped part-way; `params.imported` of `params.total` entries are in the library.
  'import-partial',
  // Trainer mode, pairing and the shell.
  'pin-format',
  'pin-too-simple',
  'pin-not-set',
  'pin-already-set',
  'pin-wrong',
  'locked-out',
  'trainer-locked',
  'not-signed-in',
  'pairing-needed',
  'pairing-unknown',
  'busy',
  'media-quota',
  'kiosk-only',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

export type ErrorParams = Readonly<Record<string, string | number>>;

/** What a failure may say beyond its code: the input field at fault, and how. */
export interface ErrorDetail {
  /** The path of the offending input field, dotted (`name`, `prescription.reps`, `steps.2`). */
  field?: string;
  reason?: ErrorReason;
  params?: ErrorParams;
}

export interface ApiError extends ErrorDetail {
  code: ErrorCode;
  /** English, for logs and other programs; screens word an error themselves from code, field and reason. */
  message: string;
}

/** Results cross process boundaries as values: Electron's IPC keeps nothing of a thrown error but its text. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, detail: ErrorDetail = {}): Result<T> {
  return { ok: false, error: { code, message, ...detail } };
}

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value);
}
