import type { Db } from '../database';
import type { Circuit, CircuitSettings, CircuitStep, CircuitSummary, Side } from '@shared/domain';

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

function insertSteps(db: Db, circuitId: string, steps: readonly CircuitStep[]): void {
  const step = db.prepare(
    `INSERT INTO circuit_step (circuit_id, position, exercise_id, work_seconds, rep_target, side, rest_seconds)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  steps.forEach((s, position) =>
    step.run(circuitId, position, s.exerciseId, s.workSeconds, s.repTarget, s.side, s.restSeconds),
  );
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
  insertSteps(db, circuit.id, circuit.steps);
}

/**
 * Replaces a circuit's settings and its whole list of steps; call inside a transaction. The seed key is
 * kept, so a trainer's edit of a built-in circuit is never overwritten by a later start. False when no
 * circuit has that id.
 */
export function updateCircuit(db: Db, circuit: Omit<CircuitWrite, 'seedKey'>, now: number): boolean {
  const changed = db
    .prepare(
      `UPDATE circuit SET name = @name, description = @description, get_ready_seconds = @getReadySeconds,
         rest_seconds = @restSeconds, rounds = @rounds, round_break_seconds = @roundBreakSeconds,
         sound = @sound, flash = @flash, halfway_cue = @halfwayCue, updated_at = @now
       WHERE id = @id`,
    )
    .run({
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
      now,
    }).changes;
  if (changed === 0) return false;
  db.prepare('DELETE FROM circuit_step WHERE circuit_id = ?').run(circuit.id);
  insertSteps(db, circuit.id, circuit.steps);
  return true;
}

/** Archives (a time) or restores (null) a circuit; false when no circuit has that id. */
export function setCircuitArchivedAt(db: Db, id: string, archivedAt: number | null, now: number): boolean {
  return (
    db.prepare('UPDATE circuit SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, id)
      .changes > 0
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
