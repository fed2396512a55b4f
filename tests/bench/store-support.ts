// What the store benchmarks share: a baseline table to insert into raw, beside the API's own writes.
import type { Caller, Result } from '@shared/contract';
import type { SessionView } from '@shared/domain';
import type { Db } from '../../src/store/database';

/** A table with logged_set's exact definition (columns, checks, keys, indexes) under another name. */
export function createBaselineTable(db: Db): void {
  const definitions = db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE tbl_name = 'logged_set' AND sql IS NOT NULL ORDER BY type DESC",
    )
    .all();
  for (const { sql } of definitions) {
    db.exec(
      sql.replace(
        /\blogged_set(_by_\w+)?\b/g,
        (_match, suffix: string | undefined) => `raw_set${suffix ?? ''}`,
      ),
    );
  }
}

/** A raw prepared INSERT of one set row into the baseline table, as the log's own row would be. */
export function rawSetInsert(
  db: Db,
): (row: {
  id: string;
  memberId: string;
  itemId: string;
  exerciseId: string;
  setNumber: number;
  clientKey: string;
}) => void {
  const insert = db.prepare(
    `INSERT INTO raw_set (id, member_id, session_item_id, exercise_id, warm_up, set_number, reps, seconds, load_kg,
       client_key, logged_at)
     VALUES (@id, @memberId, @itemId, @exerciseId, 0, @setNumber, 12, NULL, 35, @clientKey, @loggedAt)`,
  );
  return (row) => insert.run({ ...row, loggedAt: Date.now() });
}

type Dispatch = (method: string, payload: unknown, caller?: Caller) => Promise<Result<unknown>>;

/**
 * Sets as a member's screen logs them: each working set of each item of an open session of the plan in
 * turn, then the next session. `nextSet` does the untimed part (finishing and starting sessions); the
 * caller times the log-set call itself.
 */
export function setsOfPlan(dispatch: Dispatch, screenId: string, planId: string, keyPrefix: string) {
  const caller: Caller = { screenId, connection: 'loopback' };
  let slots: { sessionId: string; itemId: string; exerciseId: string; setNumber: number }[] = [];
  let sessionId: string | null = null;
  let count = 0;
  const value = async <T>(method: string, payload: unknown): Promise<T> => {
    const result = await dispatch(method, payload, caller);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as T;
  };
  return {
    async nextSet(): Promise<{ payload: unknown; caller: Caller }> {
      if (slots.length === 0) {
        if (sessionId !== null) await value('sessions:finish', { sessionId });
        const session = await value<SessionView>('sessions:start', { planId });
        sessionId = session.id;
        slots = session.items.flatMap((item) =>
          Array.from({ length: item.sets }, (_, index) => ({
            sessionId: session.id,
            itemId: item.id,
            exerciseId: item.exerciseId,
            setNumber: index + 1,
          })),
        );
      }
      const slot = slots.shift();
      if (!slot) throw new Error('The plan has no sets.');
      count += 1;
      return {
        payload: {
          ...slot,
          warmUp: false,
          reps: 12,
          seconds: null,
          loadKg: 35,
          clientKey: `${keyPrefix}-${String(count).padStart(8, '0')}`,
        },
        caller,
      };
    },
  };
}
