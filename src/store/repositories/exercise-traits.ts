import type { Db } from '../database';
import type { MuscleRole } from '@shared/domain';

/** What a swap compares between exercises: the muscles each works, how, and the equipment it needs. */
export interface ExerciseTraits {
  id: string;
  name: string;
  archived: boolean;
  muscles: Map<string, MuscleRole>;
  equipment: string[];
}

export function exerciseTraits(db: Db, id: string): ExerciseTraits | null {
  const row = db
    .prepare<[string], { id: string; name: string; archived: number }>(
      'SELECT id, name, archived_at IS NOT NULL AS archived FROM exercise WHERE id = ?',
    )
    .get(id);
  if (!row) return null;
  const muscles = db
    .prepare<[string], { muscle_id: string; role: MuscleRole }>(
      'SELECT muscle_id, role FROM exercise_muscle WHERE exercise_id = ?',
    )
    .all(id);
  return {
    id: row.id,
    name: row.name,
    archived: row.archived === 1,
    muscles: new Map(muscles.map((muscle) => [muscle.muscle_id, muscle.role])),
    equipment: equipmentOf(db, [id]).get(id) ?? [],
  };
}

/** The exercises in use (not archived) that work any of these muscles, with how they work each. */
export function exercisesWorking(
  db: Db,
  muscleIds: readonly string[],
): { exerciseId: string; name: string; muscleId: string; role: MuscleRole }[] {
  return db
    .prepare<[string], { exercise_id: string; name: string; muscle_id: string; role: MuscleRole }>(
      `SELECT m.exercise_id, e.name, m.muscle_id, m.role FROM exercise_muscle m
         JOIN exercise e ON e.id = m.exercise_id
       WHERE m.muscle_id IN (SELECT value FROM json_each(?)) AND e.archived_at IS NULL`,
    )
    .all(JSON.stringify(muscleIds))
    .map((row) => ({ exerciseId: row.exercise_id, name: row.name, muscleId: row.muscle_id, role: row.role }));
}

export function equipmentOf(db: Db, exerciseIds: readonly string[]): Map<string, string[]> {
  const byExercise = new Map<string, string[]>();
  const rows = db
    .prepare<[string], { exercise_id: string; equipment_id: string }>(
      `SELECT exercise_id, equipment_id FROM exercise_equipment
       WHERE exercise_id IN (SELECT value FROM json_each(?)) ORDER BY exercise_id, equipment_id`,
    )
    .all(JSON.stringify(exerciseIds));
  for (const row of rows) {
    const list = byExercise.get(row.exercise_id) ?? [];
    list.push(row.equipment_id);
    byExercise.set(row.exercise_id, list);
  }
  return byExercise;
}

/** Names of exercises by id (archived ones too), for exports. */
export function exerciseNames(db: Db, ids: readonly string[]): Map<string, string> {
  const rows = db
    .prepare<[string], { id: string; name: string }>(
      'SELECT id, name FROM exercise WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name, id',
    )
    .all(JSON.stringify(ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
