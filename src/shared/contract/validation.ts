import type { z } from 'zod';
import { contract, type ParsedInput } from './schemas';
import type { MethodName } from './methods';
import { fail, ok, type Result } from './result';

/** Names the offending field so a form (or a log line) can say exactly what is wrong. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'input';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}

/** Checks a payload against a method's schema; the parsed value is what the service receives. */
export function parseInput<M extends MethodName>(method: M, payload: unknown): Result<ParsedInput<M>> {
  const parsed = contract[method].input.safeParse(payload ?? {});
  if (!parsed.success) return fail('invalid-input', describeIssues(parsed.error.issues));
  return ok(parsed.data as ParsedInput<M>);
}
