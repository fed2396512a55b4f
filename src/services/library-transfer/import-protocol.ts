import type { ErrorCode, ErrorDetail } from '@shared/contract';
import type { ImportProgress, ImportReport } from '@shared/domain';
import type { ImportRequest } from './import-plan';

/** What the import worker is started with. */
export interface ImportJob {
  storeFile: string;
  /** The request, or the bytes of a body that holds it (moved to the worker, not copied). */
  request: ImportRequest | { unread: Uint8Array[] };
  /** The time every write of the import is stamped with. */
  now: number;
  libraryLimit: number | undefined;
}

/** A failure as it crosses from the worker: a DomainError's parts, or an error's code and message. */
export interface CrossingError {
  domain: boolean;
  code: string | null;
  message: string;
  detail: ErrorDetail;
}

/** Worker to main thread. */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** A chunk is ready; the worker waits for `write` before it takes the store's write lock. */
  | { type: 'ready-to-write' }
  /** The chunk's transaction is over (committed or not): the main thread may write again. */
  | { type: 'written' }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; error: CrossingError };

/** Main thread to worker: go ahead and write a chunk; the main thread holds its own writes until `written`. */
export interface WriteMessage {
  type: 'write';
}

export function toCrossingError(error: unknown): CrossingError {
  const source = error as { name?: unknown; code?: unknown; message?: unknown; detail?: unknown } | null;
  return {
    domain: source?.name === 'DomainError',
    code: typeof source?.code === 'string' ? source.code : null,
    message: typeof source?.message === 'string' ? source.message : String(error),
    detail: (source?.detail as ErrorDetail | undefined) ?? {},
  };
}

export type { ErrorCode };
