import type { ErrorCode, ErrorDetail, ErrorParams, ErrorReason } from '@shared/contract';

/** An expected failure a service reports to the caller; anything else is an internal error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail: ErrorDetail = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: string, field?: string): DomainError {
  return new DomainError('not-found', `No ${what} with id "${id}".`, field === undefined ? {} : { field });
}

/** Input that passed the contract's schema but not a check against the store (or the file's bytes). */
export function invalidField(
  field: string,
  reason: ErrorReason,
  message: string,
  params?: ErrorParams,
): DomainError {
  return new DomainError('invalid-input', `${field}: ${message}`, {
    field,
    reason,
    ...(params ? { params } : {}),
  });
}

/** What a failure of the disk or the data file (rather than of the program) is called, or null. */
export function storeFailure(error: unknown): { code: ErrorCode; message: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      code: 'storage-full',
      message: 'The disk is full, so nothing was saved. Ask a trainer to free some space.',
    };
  }
  if (
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_READONLY_DBMOVED' ||
    code === 'SQLITE_CANTOPEN' ||
    code === 'EROFS'
  ) {
    return {
      code: 'storage-read-only',
      message: 'The data folder cannot be written, so nothing was saved. Ask a trainer.',
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return {
      code: 'storage-busy',
      message: 'Another program is holding the data file, so nothing was saved. Try again in a moment.',
    };
  }
  return null;
}
