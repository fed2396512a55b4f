import type { Db } from '../database';
import type { Equipment, Muscle, MuscleView } from '@shared/domain';

interface MuscleRow {
  id: string;
  name: string;
  common_name: string;
  region: string;
  view: MuscleView;
  coarse_term: string;
}

export function listMuscles(db: Db): Muscle[] {
  return db
    .prepare<[], MuscleRow>(
      'SELECT id, name, common_name, region, view, coarse_term FROM muscle ORDER BY sort_order',
    )
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      commonName: row.common_name,
      region: row.region,
      view: row.view,
      coarseTerm: row.coarse_term,
    }));
}

export function listEquipment(db: Db): Equipment[] {
  return db.prepare<[], Equipment>('SELECT id, name FROM equipment ORDER BY name').all();
}

export interface MuscleInsert {
  id: string;
  name: string;
  commonName: string;
  region: string;
  view: MuscleView;
  coarseTerm: string;
  importsCoarseTerm: boolean;
  sortOrder: number;
}

/** Adds a muscle unless one with that id exists (trainers may rename; an upgrade never overwrites). */
export function insertMuscleIfMissing(db: Db, muscle: MuscleInsert): void {
  db.prepare(
    `INSERT INTO muscle (id, name, common_name, region, view, coarse_term, imports_coarse_term, sort_order)
     VALUES (@id, @name, @commonName, @region, @view, @coarseTerm, @importsCoarseTerm, @sortOrder)
     ON CONFLICT (id) DO NOTHING`,
  ).run({ ...muscle, importsCoarseTerm: muscle.importsCoarseTerm ? 1 : 0 });
}

/** Adds an item of equipment unless one with that id exists; true when it was added. */
export function insertEquipmentIfMissing(db: Db, equipment: EquipmentWithTerm): boolean {
  return (
    db
      .prepare(
        `INSERT INTO equipment (id, name, coarse_term) VALUES (@id, @name, @coarseTerm)
         ON CONFLICT (id) DO NOTHING`,
      )
      .run(equipment).changes > 0
  );
}

export interface EquipmentWithTerm extends Equipment {
  coarseTerm: string | null;
}

export function listEquipmentWithTerms(db: Db): EquipmentWithTerm[] {
  return db
    .prepare<[], EquipmentWithTerm>('SELECT id, name, coarse_term AS coarseTerm FROM equipment ORDER BY id')
    .all();
}

export interface MuscleTerm {
  id: string;
  coarseTerm: string;
  importsCoarseTerm: boolean;
}

export function listMuscleTerms(db: Db): MuscleTerm[] {
  return db
    .prepare<[], { id: string; coarse_term: string; imports_coarse_term: number }>(
      'SELECT id, coarse_term, imports_coarse_term FROM muscle ORDER BY sort_order',
    )
    .all()
    .map((row) => ({
      id: row.id,
      coarseTerm: row.coarse_term,
      importsCoarseTerm: row.imports_coarse_term === 1,
    }));
}
