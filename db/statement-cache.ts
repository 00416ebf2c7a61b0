import type { Statement } from 'better-sqlite3';
import type { AtlasDatabase } from './connection';

/**
 * Prepared statements kept per connection, so code that reads the whole dataset (a briefing's
 * mark, an export) compiles each query once per connection instead of on every call.
 * Keyed by the SQL text; a closed connection's statements go with it (a WeakMap).
 */
const statements = new WeakMap<AtlasDatabase, Map<string, Statement>>();

export function cachedStatement(db: AtlasDatabase, sql: string): Statement {
  let forDb = statements.get(db);
  if (!forDb) {
    forDb = new Map();
    statements.set(db, forDb);
  }
  let statement = forDb.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    forDb.set(sql, statement);
  }
  return statement;
}
