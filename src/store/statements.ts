import type Database from 'better-sqlite3';
import type { Db } from './database';

const caches = new WeakMap<Db, Map<string, Database.Statement<unknown[], unknown>>>();

/**
 * The prepared statement for `sql` on this connection, compiled once and kept for the connection's life:
 * the hot paths (logging a set, a session's steps, "last time") run the same few queries again and again.
 */
export function cachedStatement<Params extends unknown[] | object = unknown[], Row = unknown>(
  db: Db,
  sql: string,
): Database.Statement<Params extends unknown[] ? Params : [Params], Row> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as Database.Statement<Params extends unknown[] ? Params : [Params], Row>;
}
