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
