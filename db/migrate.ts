import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of Alliance Atlas (schema ${databaseVersion}; this version knows up to ${appVersion}). ` +
        'Install the newer version, or start with another data folder. The database has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the latest migration in one transaction, so a failure leaves the
 * database exactly as it was. `beforeMigrating` runs first when there is work to do (the
 * caller backs the file up there). A database from a newer app is refused untouched.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  beforeMigrating?: (fromVersion: number, toVersion: number) => void,
): { readonly from: number; readonly to: number } {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { from: current, to: current };

  beforeMigrating?.(current, latest);
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.up);
    db.pragma(`user_version = ${latest}`);
  })();
  return { from: current, to: latest };
}
