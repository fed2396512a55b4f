import type { MuscleRole, SwapCandidate } from '@shared/domain';
import type { ExerciseTraits } from '../store/repositories/exercise-traits';

/** How much a muscle counts in an exercise: primary 1, secondary 0.5. */
const WEIGHT: Readonly<Record<MuscleRole, number>> = { primary: 1, secondary: 0.5 };

/** Equipment that is never "busy": nobody waits for body weight. */
const NEVER_BUSY = new Set(['body-weight']);

/** How many stand-ins a member is offered. */
export const SWAP_CANDIDATES = 10;

/**
 * Ranks the exercises that could stand in for a busy one: first those that need none of its equipment,
 * then by muscle overlap (for each shared muscle, the smaller of its weights in the two exercises), then
 * by name. Exercises sharing no muscle are left out, and so are `exclude`.
 */
export function rankSwapCandidates(
  busy: Pick<ExerciseTraits, 'muscles' | 'equipment'>,
  working: readonly { exerciseId: string; name: string; muscleId: string; role: MuscleRole }[],
  equipment: ReadonlyMap<string, readonly string[]>,
  exclude: ReadonlySet<string>,
): SwapCandidate[] {
  const busyEquipment = new Set(busy.equipment.filter((id) => !NEVER_BUSY.has(id)));
  const found = new Map<string, { name: string; overlap: number; shared: string[] }>();
  for (const row of working) {
    const busyRole = busy.muscles.get(row.muscleId);
    if (busyRole === undefined || exclude.has(row.exerciseId)) continue;
    const entry = found.get(row.exerciseId) ?? { name: row.name, overlap: 0, shared: [] };
    entry.overlap += Math.min(WEIGHT[busyRole], WEIGHT[row.role]);
    entry.shared.push(row.muscleId);
    found.set(row.exerciseId, entry);
  }
  return [...found.entries()]
    .map(([exerciseId, entry]) => ({
      exerciseId,
      name: entry.name,
      overlap: entry.overlap,
      sharedMuscles: entry.shared.sort(),
      usesBusyEquipment: (equipment.get(exerciseId) ?? []).some((id) => busyEquipment.has(id)),
    }))
    .sort(
      (a, b) =>
        Number(a.usesBusyEquipment) - Number(b.usesBusyEquipment) ||
        b.overlap - a.overlap ||
        a.name.localeCompare(b.name) ||
        a.exerciseId.localeCompare(b.exerciseId),
    )
    .map(({ name: _name, ...candidate }) => candidate);
}
