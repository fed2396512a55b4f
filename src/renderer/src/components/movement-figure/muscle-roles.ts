/** How an exercise uses a muscle: drawn solid, hatched, or plain, as on the muscle map. */
export type MuscleRole = 'primary' | 'secondary' | 'idle';

/** A lookup of each muscle's role; a muscle listed as both counts as primary. */
export function muscleRoles(
  primary: readonly string[],
  secondary: readonly string[],
): (id: string) => MuscleRole {
  const roles = new Map<string, MuscleRole>();
  for (const id of secondary) roles.set(id, 'secondary');
  for (const id of primary) roles.set(id, 'primary');
  return (id) => roles.get(id) ?? 'idle';
}
