import { createHash } from 'node:crypto';
import type { ExerciseDraft } from '@shared/domain';

/** The fields whose content differs, in the order of a draft; both sides as `comparableDraft` gives them. */
export function changedFields(before: ExerciseDraft, after: ExerciseDraft): string[] {
  return (Object.keys(after) as (keyof ExerciseDraft)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/**
 * A fingerprint of an exercise's content (as `comparableDraft` gives it), recorded by each import. A figure
 * shown as by default leaves it out, so content fingerprinted before the choice existed still matches.
 */
export function contentHash(content: ExerciseDraft): string {
  const { figureChoice, ...rest } = content;
  const fingerprinted = figureChoice === 'show' ? rest : content;
  return createHash('sha256').update(JSON.stringify(fingerprinted)).digest('hex');
}
