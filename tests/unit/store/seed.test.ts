import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Db } from '../../../src/store/database';
import { getCircuit, listCircuitSummaries } from '../../../src/store/repositories/circuits';
import { getExercise, listExerciseSummaries } from '../../../src/store/repositories/exercises';
import { listEquipment, listMuscles } from '../../../src/store/repositories/vocabulary';
import { SEED_EXERCISES } from '../../../src/store/seed/library';
import { POSTURE_CIRCUIT } from '../../../src/store/seed/posture-circuit';
import { seedLibrary } from '../../../src/store/seed/seed';
import { EQUIPMENT, MUSCLES } from '../../../src/store/seed/vocabulary';
import { SEED_NAMES } from '../../support/seed-library';
import { T0, countRows, rowCounts } from '../../support/store';
import { makeTempDir, type TempDir } from '../../support/temp-dir';

const LATER = T0 + 86_400_000;

describe('the seed library on a first start', () => {
  let db: Db;
  beforeEach(() => (db = openStore(':memory:')));
  afterEach(() => db.close());

  it('inserts the seven exercises and the posture circuit', () => {
    expect(seedLibrary(db, T0)).toEqual({ exercisesAdded: 7, circuitsAdded: 1 });
    expect(listExerciseSummaries(db).map((e) => e.name)).toEqual(SEED_NAMES);
    expect(listCircuitSummaries(db)).toEqual([
      {
        id: POSTURE_CIRCUIT.seedKey,
        name: 'Posture circuit',
        description: POSTURE_CIRCUIT.description,
        stepCount: 4,
        rounds: 3,
        archived: false,
      },
    ]);
  });

  it('gives the posture circuit the timing of CONTENT.md and its four movements in order', () => {
    seedLibrary(db, T0);
    const circuit = getCircuit(db, POSTURE_CIRCUIT.seedKey);
    expect(circuit).toMatchObject({
      getReadySeconds: 10,
      restSeconds: 20,
      rounds: 3,
      roundBreakSeconds: 60,
    });
    expect(circuit?.steps).toEqual(
      ['face-pull', 'reverse-fly', 'seated-cable-row', 'pull-up'].map((exerciseId) => ({
        exerciseId,
        workSeconds: 40,
        repTarget: null,
        side: 'both',
        restSeconds: null,
      })),
    );
  });

  it('inserts the whole muscle and equipment vocabulary, and every seed refers only to it', () => {
    seedLibrary(db, T0);
    expect(listMuscles(db).map((m) => m.id)).toEqual(MUSCLES.map((m) => m.id));
    expect(listEquipment(db)).toHaveLength(EQUIPMENT.length);
    const muscleIds = new Set(MUSCLES.map((m) => m.id));
    const equipmentIds = new Set(EQUIPMENT.map((e) => e.id));
    for (const seed of SEED_EXERCISES) {
      for (const muscle of [...seed.primaryMuscles, ...seed.secondaryMuscles]) {
        expect(muscleIds.has(muscle), `${seed.seedKey}: ${muscle}`).toBe(true);
      }
      for (const item of seed.equipment)
        expect(equipmentIds.has(item), `${seed.seedKey}: ${item}`).toBe(true);
    }
  });

  it('stores every part of an exercise: steps and cues in order, muscles by role, defaults', () => {
    seedLibrary(db, T0);
    const seed = SEED_EXERCISES.find((s) => s.seedKey === 'face-pull');
    expect(getExercise(db, 'face-pull')).toMatchObject({
      id: 'face-pull',
      name: seed?.name,
      summary: seed?.summary,
      steps: seed?.steps,
      cues: seed?.cues,
      primaryMuscles: ['middle-traps', 'rear-delts'],
      secondaryMuscles: ['rhomboids', 'rotator-cuff'],
      equipment: ['cable-station'],
      tags: ['low-impact', 'posture'],
      prescription: { sets: 3, reps: 15, seconds: null, restSeconds: 45 },
      archived: false,
    });
  });

  it('stamps the rows with the time it is given', () => {
    seedLibrary(db, T0);
    const times = db
      .prepare<[], { created_at: number; updated_at: number }>(
        'SELECT created_at, updated_at FROM exercise UNION SELECT created_at, updated_at FROM circuit',
      )
      .all();
    expect(times).toEqual([{ created_at: T0, updated_at: T0 }]);
  });
});

describe('seeding again', () => {
  let dir: TempDir;
  let file: string;
  let db: Db;
  beforeEach(() => {
    dir = makeTempDir();
    file = dir.file('gymdeck.db');
    db = openStore(file);
    seedLibrary(db, T0);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('adds nothing to any table, in the same session or after a reopen', () => {
    const before = rowCounts(db);
    expect(before.exercise).toBe(7);
    expect(seedLibrary(db, LATER)).toEqual({ exercisesAdded: 0, circuitsAdded: 0 });
    expect(rowCounts(db)).toEqual(before);

    db.close();
    db = openStore(file);
    expect(seedLibrary(db, LATER)).toEqual({ exercisesAdded: 0, circuitsAdded: 0 });
    expect(rowCounts(db)).toEqual(before);
  });

  it("keeps a trainer's edits to a seeded exercise", () => {
    db.prepare("UPDATE exercise SET name = 'Cable row (club style)', default_sets = 5 WHERE id = ?").run(
      'seated-cable-row',
    );
    db.prepare('DELETE FROM exercise_step WHERE exercise_id = ? AND position > 1').run('seated-cable-row');
    db.prepare(
      "UPDATE exercise_step SET text = 'Sit down, feet on the plates.' WHERE exercise_id = ? AND position = 0",
    ).run('seated-cable-row');
    db.prepare('DELETE FROM exercise_alias WHERE exercise_id = ?').run('seated-cable-row');
    const edited = getExercise(db, 'seated-cable-row');

    db.close();
    db = openStore(file);
    seedLibrary(db, LATER);

    expect(getExercise(db, 'seated-cable-row')).toEqual(edited);
    expect(edited).toMatchObject({
      name: 'Cable row (club style)',
      aliases: [],
      steps: ['Sit down, feet on the plates.', 'Hold the handle with both hands, arms long.'],
      prescription: { sets: 5 },
    });
  });

  it("keeps a trainer's edits to the posture circuit and the vocabulary", () => {
    db.prepare("UPDATE circuit SET rounds = 0, name = 'Morning posture' WHERE id = ?").run('posture-circuit');
    db.prepare('DELETE FROM circuit_step WHERE circuit_id = ? AND position = 3').run('posture-circuit');
    db.prepare("UPDATE muscle SET common_name = 'Mid-back (rhomboids)' WHERE id = 'rhomboids'").run();
    db.prepare("UPDATE equipment SET name = 'Cable tower' WHERE id = 'cable-station'").run();

    seedLibrary(db, LATER);

    expect(getCircuit(db, 'posture-circuit')).toMatchObject({
      name: 'Morning posture',
      rounds: 0,
      stepCount: 3,
    });
    expect(listMuscles(db).find((m) => m.id === 'rhomboids')?.commonName).toBe('Mid-back (rhomboids)');
    expect(listEquipment(db).find((e) => e.id === 'cable-station')?.name).toBe('Cable tower');
  });

  it('does not bring back an archived seed exercise or circuit', () => {
    db.prepare('UPDATE exercise SET archived_at = ? WHERE id = ?').run(T0 + 1, 'deadlift');
    db.prepare('UPDATE circuit SET archived_at = ? WHERE id = ?').run(T0 + 1, 'posture-circuit');
    const before = rowCounts(db);

    expect(seedLibrary(db, LATER)).toEqual({ exercisesAdded: 0, circuitsAdded: 0 });

    expect(rowCounts(db)).toEqual(before);
    expect(listExerciseSummaries(db).map((e) => e.name)).not.toContain('Deadlift');
    expect(getExercise(db, 'deadlift')?.archived).toBe(true);
    expect(listCircuitSummaries(db)).toEqual([]);
  });

  it('puts back only the part of the built-in library that is missing altogether', () => {
    // The app archives rather than deletes; a row removed behind its back counts as missing.
    db.prepare('DELETE FROM exercise WHERE id = ?').run('deadlift');
    db.prepare("UPDATE exercise SET name = 'Row, bent over' WHERE id = 'bent-over-row'").run();
    const exercises = countRows(db, 'exercise');

    expect(seedLibrary(db, LATER)).toEqual({ exercisesAdded: 1, circuitsAdded: 0 });

    expect(countRows(db, 'exercise')).toBe(exercises + 1);
    expect(getExercise(db, 'deadlift')?.name).toBe('Deadlift');
    expect(getExercise(db, 'bent-over-row')?.name).toBe('Row, bent over');
  });

  it('leaves nothing behind when it fails half way', () => {
    db.close();
    db = openStore(':memory:');
    // A circuit of the trainer's already has the id the posture circuit would get: the exercises go in
    // first, then the circuit fails, and the whole seed must roll back with it.
    db.prepare(
      `INSERT INTO circuit (id, name, get_ready_seconds, rest_seconds, rounds, round_break_seconds, created_at, updated_at)
       VALUES ('posture-circuit', 'Mine', 0, 0, 1, 0, 1, 1)`,
    ).run();
    const before = rowCounts(db);
    expect(() => seedLibrary(db, T0)).toThrow(/UNIQUE/);
    expect(rowCounts(db)).toEqual(before);
  });
});
