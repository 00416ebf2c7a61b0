import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROBLEMS_SHOWN } from '../api/contract';
import { message } from '../api/messages';
import type { BackupInfo, IntegrityReport, RestoreSummary } from '../api/types';
import { backupDatabase, BackupFailedError, backupProblem, listBackupFiles, UNFINISHED_SUFFIX, type BackupFile } from '../db/backup';
import { databaseProblems, type AtlasDatabase } from '../db/connection';
import { prepareRestoreCopy, removeDatabaseFiles, replaceContents } from '../db/restore';
import { openSqliteFile } from '../db/sqlite-file';
import { AtlasError } from './atlas-error';
import type { AtlasSession } from './open-atlas';

/** The dataset a backup holds and how many briefings; nulls when it cannot be read. */
function contentsOf(file: string): Pick<BackupInfo, 'datasetName' | 'briefings'> {
  let db: AtlasDatabase | null = null;
  try {
    db = openSqliteFile(file, { readonly: true, fileMustExist: true });
    const datasetName = (db.prepare('SELECT source_name FROM dataset WHERE id = 1').pluck().get() as string | undefined) ?? null;
    const hasBriefings = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'briefings'").get() !== undefined;
    const briefings = hasBriefings ? (db.prepare('SELECT COUNT(*) FROM briefings').pluck().get() as number) : 0;
    return { datasetName, briefings };
  } catch {
    return { datasetName: null, briefings: null };
  } finally {
    db?.close();
  }
}

function describe(backup: BackupFile): BackupInfo {
  let bytes = 0;
  try {
    bytes = statSync(backup.path).size;
  } catch {
    // Listed a moment ago, removed since: shown as empty rather than failing the whole list.
  }
  return { name: backup.name, createdAt: backup.createdAt.toISOString(), kind: backup.kind, bytes, ...contentsOf(backup.path) };
}

export function listBackups(backupDirectory: string): BackupInfo[] {
  return listBackupFiles(backupDirectory).map(describe);
}

function backupBeforeRestore(db: AtlasDatabase, backupDirectory: string): string {
  try {
    return backupDatabase(db, backupDirectory, 'before-restore');
  } catch (error) {
    if (!(error instanceof BackupFailedError)) throw error;
    throw error.diskFull
      ? new AtlasError('disk_full', [message('backupDiskFullBeforeRestore')])
      : new AtlasError('backup_failed', [message('backupFailedBeforeRestore', { reason: (error.cause as Error).message })]);
  }
}

/**
 * Brings back the dataset and the user's work as a backup holds them, in one transaction.
 * The backup is checked and brought to this app's schema on a copy first; the current state
 * is backed up before anything changes, so a restore can itself be undone.
 */
export function restoreBackup(session: AtlasSession, name: string): RestoreSummary {
  const { db, backupDirectory } = session;
  const backup = listBackupFiles(backupDirectory).find((candidate) => candidate.name === name);
  if (!backup) throw new AtlasError('not_found', [message('backupNotFound', { backup: name })]);
  const unusable = (reason: string) => new AtlasError('invalid_arguments', [message('backupUnusable', { backup: name, reason })]);
  const problem = backupProblem(backup.path);
  if (problem) throw unusable(problem);
  const restored = describe(backup);
  const workCopy = join(backupDirectory, `restore${UNFINISHED_SUFFIX}`);
  try {
    try {
      prepareRestoreCopy(backup.path, workCopy);
    } catch (error) {
      throw unusable((error as Error).message);
    }
    const previousState = backupBeforeRestore(db, backupDirectory);
    replaceContents(db, workCopy);
    return { restored, previousStateBackup: basename(previousState) };
  } finally {
    removeDatabaseFiles(workCopy);
  }
}

/** `PRAGMA integrity_check`, on demand: slower than the quick check made at every start, and thorough. */
export function checkIntegrity(db: AtlasDatabase): IntegrityReport {
  const problems = databaseProblems(db, 'integrity_check', PROBLEMS_SHOWN);
  return { ok: problems.length === 0, problems, checkedAt: new Date().toISOString() };
}
