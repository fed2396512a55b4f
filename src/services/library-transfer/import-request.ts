import { parseInput } from '@shared/contract/validation';
import { DomainError } from '../errors';
import { readJson } from '../unread-json';
import type { ImportRequest } from './import-plan';

/** An import's request from the body a transport left unread, checked as the router checks every input. */
export function readImportRequest(chunks: readonly Uint8Array[]): ImportRequest {
  const input = parseInput('library:import', readJson(chunks));
  if (input.ok) return input.value;
  const { code, message, ...detail } = input.error;
  throw new DomainError(code, message, detail);
}
