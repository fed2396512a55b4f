import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

const prepared = new WeakMap<Db, Map<string, Statement>>();

/**
 * The statement for `sql` on `db`, prepared once and kept for as long as the connection lives. Preparing
 * a write compiles every trigger it fires (the search index's among them), which costs more than running
 * it: a write done thousands of times in a row (an import) prepares it once.
 */
export function statement<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let statements = prepared.get(db);
  if (!statements) {
    statements = new Map();
    prepared.set(db, statements);
  }
  let found = statements.get(sql);
  if (!found) {
    found = db.prepare(sql);
    statements.set(sql, found);
  }
  return found as unknown as Statement<P, R>;
}
