import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase, type AtlasDatabase } from './connection';
import { syncDirectory, syncFile } from './durable-files';
import { columnsOf, contentTables, quoted } from './tables';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(file + suffix, { force: true });
}

/**
 * Puts a copy of a backup where the database belongs while no connection is open (at start):
 * copied under a temporary name first, so an interruption never leaves half a database.
 */
export function installBackupFile(backupFile: string, databaseFile: string): void {
  const incoming = `${databaseFile}.restoring`;
  removeDatabaseFiles(incoming);
  copyFileSync(backupFile, incoming);
  syncFile(incoming);
  renameSync(incoming, databaseFile);
  syncDirectory(dirname(databaseFile));
}

/**
 * Copies a backup to `workFile` and brings it to this app's schema, leaving the backup itself
 * untouched. Throws when it is not an Alliance Atlas database or is from a newer version.
 */
export function prepareRestoreCopy(backupFile: string, workFile: string): void {
  removeDatabaseFiles(workFile);
  copyFileSync(backupFile, workFile);
  try {
    openDatabase(workFile).close();
  } catch (error) {
    removeDatabaseFiles(workFile);
    throw error;
  }
}

/**
 * Replaces every row of `db`, dataset and user tables alike, with those of the prepared copy
 * at `sourceFile`, in one transaction: afterwards the database holds exactly what the copy
 * held, or, if anything fails, exactly what it held before.
 */
export function replaceContents(db: AtlasDatabase, sourceFile: string): void {
  db.prepare('ATTACH DATABASE ? AS restored').run(sourceFile);
  try {
    const sourceTables = new Set(contentTables(db, 'restored'));
    const tables = contentTables(db, 'main');
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      // Every table is emptied before any is filled: a cascading delete must not reach rows already copied.
      for (const table of tables) db.prepare(`DELETE FROM main.${quoted(table)}`).run();
      for (const table of tables.filter((t) => sourceTables.has(t))) {
        const available = new Set(columnsOf(db, table, 'restored'));
        const columns = columnsOf(db, table, 'main').filter((column) => available.has(column)).map(quoted).join(', ');
        if (columns) db.prepare(`INSERT INTO main.${quoted(table)} (${columns}) SELECT ${columns} FROM restored.${quoted(table)}`).run();
      }
    })();
  } finally {
    db.prepare('DETACH DATABASE restored').run();
  }
}
