import type * as z from 'zod';
import { contract, type ParsedInput } from './schemas';
import type { MethodName } from './methods';
import { fail, isErrorReason, ok, type ErrorDetail, type Result } from './result';

/** Names the offending fields, for logs and other programs. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${fieldOf(issue) ?? 'input'}: ${issue.message}`)
    .join('; ');
}

function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  return path.length > 0 ? path.map(String).join('.') : undefined;
}

const SIZE_REASONS = {
  too_big: { string: 'too-long', array: 'too-many', set: 'too-many', other: 'too-large' },
  too_small: { string: 'too-short', array: 'too-few', set: 'too-few', other: 'too-small' },
} as const;

/** The field, reason and bounds of one validation issue, in the terms of `ErrorDetail`. */
export function detailOfIssue(issue: z.core.$ZodIssue): ErrorDetail {
  const field = fieldOf(issue);
  const at = field === undefined ? {} : { field };
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const reasons = SIZE_REASONS[issue.code];
      const origin = issue.origin as string;
      if (issue.code === 'too_small' && origin === 'string' && bound === 1)
        return { ...at, reason: 'required' };
      const reason =
        origin === 'string' || origin === 'array' || origin === 'set' ? reasons[origin] : reasons.other;
      return { ...at, reason, params: issue.code === 'too_big' ? { max: bound } : { min: bound } };
    }
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) return { ...at, reason: 'required' };
      return { ...at, reason: issue.expected === 'int' ? 'not-whole' : 'malformed' };
    case 'invalid_value':
    case 'invalid_union':
    case 'not_multiple_of':
      return { ...at, reason: 'not-allowed' };
    case 'unrecognized_keys':
      return { ...at, reason: 'unknown-field' };
    case 'custom': {
      // A schema's own rule names its reason (and any bounds) in the refinement's params.
      const { reason, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      const detail: ErrorDetail = { ...at, reason: isErrorReason(reason) ? reason : 'not-allowed' };
      return Object.keys(params).length > 0 ? { ...detail, params } : detail;
    }
    default:
      return { ...at, reason: 'malformed' };
  }
}

/** Checks a payload against a method's schema; the parsed value is what the service receives. */
export function parseInput<M extends MethodName>(method: M, payload: unknown): Result<ParsedInput<M>> {
  const parsed = contract[method].input.safeParse(payload ?? {}, { reportInput: true });
  if (parsed.success) return ok(parsed.data as ParsedInput<M>);
  const [first] = parsed.error.issues;
  return fail('invalid-input', describeIssues(parsed.error.issues), first ? detailOfIssue(first) : {});
}
