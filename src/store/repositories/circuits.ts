import type { Db } from '../database';
import type { Circuit, CircuitSettings, CircuitStep, CircuitSummary, Side } from '../../shared/domain';

interface CircuitRow {
  id: string;
  name: string;
  description: string;
  get_ready_seconds: number;
  rest_seconds: number;
  rounds: number;
  round_break_seconds: number;
  sound: number;
  flash: number;
  halfway_cue: number;
  archived_at: number | null;
  step_count: number;
}

interface StepRow {
  exercise_id: string;
  work_seconds: number | null;
  rep_target: number | null;
  side: Side;
  rest_seconds: number | null;
}

const SELECT_CIRCUIT = `SELECT c.*, (SELECT count(*) FROM circuit_step s WHERE s.circuit_id = c.id) AS step_count
                        FROM circuit c`;

export function listCircuitSummaries(db: Db, includeArchived = false): CircuitSummary[] {
  return db
    .prepare<[], CircuitRow>(
      `${SELECT_CIRCUIT} ${includeArchived ? '' : 'WHERE c.archived_at IS NULL'} ORDER BY c.name COLLATE NOCASE`,
    )
    .all()
    .map(toSummary);
}

export function getCircuit(db: Db, id: string): Circuit | null {
  const row = db.prepare<[string], CircuitRow>(`${SELECT_CIRCUIT} WHERE c.id = ?`).get(id);
  if (!row) return null;
  const steps = db
    .prepare<[string], StepRow>(
      `SELECT exercise_id, work_seconds, rep_target, side, rest_seconds FROM circuit_step
       WHERE circuit_id = ? ORDER BY position`,
    )
    .all(id)
    .map((step): CircuitStep => ({
      exerciseId: step.exercise_id,
      workSeconds: step.work_seconds,
      repTarget: step.rep_target,
      side: step.side,
      restSeconds: step.rest_seconds,
    }));
  return {
    ...toSummary(row),
    getReadySeconds: row.get_ready_seconds,
    restSeconds: row.rest_seconds,
    roundBreakSeconds: row.round_break_seconds,
    sound: row.sound === 1,
    flash: row.flash === 1,
    halfwayCue: row.halfway_cue === 1,
    steps,
  };
}

export interface CircuitWrite extends CircuitSettings {
  id: string;
  name: string;
  description: string;
  steps: readonly CircuitStep[];
  seedKey: string | null;
}

/** Inserts a circuit and its steps; call inside a transaction. */
export function insertCircuit(db: Db, circuit: CircuitWrite, now: number): void {
  db.prepare(
    `INSERT INTO circuit (id, name, description, get_ready_seconds, rest_seconds, rounds, round_break_seconds,
       sound, flash, halfway_cue, seed_key, created_at, updated_at)
     VALUES (@id, @name, @description, @getReadySeconds, @restSeconds, @rounds, @roundBreakSeconds,
       @sound, @flash, @halfwayCue, @seedKey, @now, @now)`,
  ).run({
    id: circuit.id,
    name: circuit.name,
    description: circuit.description,
    getReadySeconds: circuit.getReadySeconds,
    restSeconds: circuit.restSeconds,
    rounds: circuit.rounds,
    roundBreakSeconds: circuit.roundBreakSeconds,
    sound: circuit.sound ? 1 : 0,
    flash: circuit.flash ? 1 : 0,
    halfwayCue: circuit.halfwayCue ? 1 : 0,
    seedKey: circuit.seedKey,
    now,
  });
  const step = db.prepare(
    `INSERT INTO circuit_step (circuit_id, position, exercise_id, work_seconds, rep_target, side, rest_seconds)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  circuit.steps.forEach((s, position) =>
    step.run(circuit.id, position, s.exerciseId, s.workSeconds, s.repTarget, s.side, s.restSeconds),
  );
}

export function circuitIdForSeedKey(db: Db, seedKey: string): string | null {
  const row = db.prepare<[string], { id: string }>('SELECT id FROM circuit WHERE seed_key = ?').get(seedKey);
  return row?.id ?? null;
}

function toSummary(row: CircuitRow): CircuitSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    stepCount: row.step_count,
    rounds: row.rounds,
    archived: row.archived_at !== null,
  };
}
