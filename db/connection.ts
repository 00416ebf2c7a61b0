import type Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openSqliteFile } from './sqlite-file';

export type AtlasDatabase = Database.Database;

/** `PRAGMA application_id` of every Alliance Atlas database ("ATLS"), so another app's SQLite file is never mistaken for ours. */
export const ATLAS_APPLICATION_ID = 0x41544c53;

/** Tables every Alliance Atlas database has had since the first schema; how a file from before the application id is recognised. */
const FIRST_SCHEMA_TABLES = ['dataset', 'settings', 'node_positions'];

/** The file is a sound SQLite database, but another application's: it is never migrated or written to. */
export class NotAtlasDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not an Alliance Atlas database.`);
    this.name = 'NotAtlasDatabaseError';
  }
}

export interface OpenDatabaseOptions {
  /** Called before pending migrations run on an existing database, to back it up. */
  readonly beforeMigrating?: (db: AtlasDatabase, fromVersion: number, toVersion: number) => void;
}

/**
 * True for a database this app wrote (any version) and for a new, empty file; false for
 * another application's database. Only reads: a foreign file stays exactly as it was.
 */
export function isAtlasDatabase(db: AtlasDatabase): boolean {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === ATLAS_APPLICATION_ID) return true;
  if (applicationId !== 0) return false;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return (db.pragma('user_version', { simple: true }) as number) === 0;
  return FIRST_SCHEMA_TABLES.every((table) => tables.includes(table));
}

/** Opens (creating if needed) and migrates the database file; closes it again if that fails. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): AtlasDatabase {
  const db = openSqliteFile(file);
  try {
    if (!isAtlasDatabase(db)) throw new NotAtlasDatabaseError(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    migrate(db, MIGRATIONS, (from, to) => {
      if (from > 0) options.beforeMigrating?.(db, from, to);
    });
    if (db.pragma('application_id', { simple: true }) !== ATLAS_APPLICATION_ID) db.pragma(`application_id = ${ATLAS_APPLICATION_ID}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The first `limit` problems `PRAGMA quick_check` or `integrity_check` reports; empty when SQLite finds the file sound. */
export function databaseProblems(db: AtlasDatabase, check: 'quick_check' | 'integrity_check', limit = 100): string[] {
  const rows = db.pragma(`${check}(${Math.max(1, Math.floor(limit))})`) as Record<string, string>[];
  const problems = rows.map((row) => Object.values(row)[0] ?? '');
  return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
}

/** `PRAGMA quick_check`: true when SQLite finds the file sound. */
export function passesQuickCheck(db: AtlasDatabase): boolean {
  return databaseProblems(db, 'quick_check', 1).length === 0;
}
