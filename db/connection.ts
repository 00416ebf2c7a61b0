import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export type AtlasDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI differs from Node's). */
  readonly nativeBinding?: string;
  /** Called before pending migrations run on an existing database, to back it up. */
  readonly beforeMigrating?: (db: AtlasDatabase, fromVersion: number, toVersion: number) => void;
}

/** Opens (creating if needed) and migrates the database file; closes it again if that fails. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): AtlasDatabase {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    migrate(db, MIGRATIONS, (from, to) => {
      if (from > 0) options.beforeMigrating?.(db, from, to);
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** `PRAGMA quick_check`: true when SQLite finds the file sound. */
export function passesQuickCheck(db: AtlasDatabase): boolean {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
