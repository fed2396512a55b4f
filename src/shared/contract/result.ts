export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'unknown-method',
  'forbidden',
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

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Results cross process boundaries as values: Electron's IPC keeps nothing of a thrown error but its text. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
