import type { ErrorCode } from '@shared/contract';

/** An expected failure a service reports to the caller; anything else is an internal error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('not-found', `No ${what} with id "${id}".`);
}
