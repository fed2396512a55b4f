import type { Db } from '../database';
import { insertEquipmentIfMissing, insertMuscleIfMissing } from '../repositories/vocabulary';
import { exerciseIdForSeedKey, insertExercise } from '../repositories/exercises';
import { circuitIdForSeedKey, insertCircuit } from '../repositories/circuits';
import { EQUIPMENT, MUSCLES } from './vocabulary';
import { SEED_EXERCISES } from './library';
import { POSTURE_CIRCUIT } from './posture-circuit';

export interface SeedReport {
  exercisesAdded: number;
  circuitsAdded: number;
}

/**
 * Inserts whatever part of the built-in library is missing, in one transaction. Rows are matched by their
 * seed key, so starting again or upgrading never duplicates a row nor overwrites a trainer's edit.
 */
export function seedLibrary(db: Db, now: number): SeedReport {
  return db.transaction((): SeedReport => {
    MUSCLES.forEach((muscle, sortOrder) => insertMuscleIfMissing(db, { ...muscle, sortOrder }));
    for (const equipment of EQUIPMENT) insertEquipmentIfMissing(db, equipment);

    let exercisesAdded = 0;
    for (const seed of SEED_EXERCISES) {
      if (exerciseIdForSeedKey(db, seed.seedKey) !== null) continue;
      insertExercise(db, { ...seed, id: seed.seedKey }, now);
      exercisesAdded += 1;
    }

    let circuitsAdded = 0;
    if (circuitIdForSeedKey(db, POSTURE_CIRCUIT.seedKey) === null) {
      const steps = POSTURE_CIRCUIT.steps.flatMap((step) => {
        const exerciseId = exerciseIdForSeedKey(db, step.exerciseSeedKey);
        return exerciseId === null
          ? []
          : [
              {
                exerciseId,
                workSeconds: step.workSeconds,
                repTarget: null,
                side: step.side,
                restSeconds: null,
              },
            ];
      });
      insertCircuit(db, { ...POSTURE_CIRCUIT, id: POSTURE_CIRCUIT.seedKey, steps }, now);
      circuitsAdded = 1;
    }
    return { exercisesAdded, circuitsAdded };
  })();
}
