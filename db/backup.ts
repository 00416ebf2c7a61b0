import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind } from '../api/types';
import { databaseProblems, isAtlasDatabase, type AtlasDatabase } from './connection';
import { syncDirectory, syncFile } from './durable-files';
import { schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { openSqliteFile } from './sqlite-file';

/** Backups kept besides the newest of each kind (so a run of automatic backups never pushes out the last one taken before an import). */
export const KEEP_NEWEST_BACKUPS = 10;

export interface BackupFile {
  readonly path: string;
  readonly name: string;
  readonly createdAt: Date;
  /** Why it was taken; the file name carries it. */
  readonly kind: BackupKind;
}

const BACKUP_NAME = /^atlas-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.sqlite$/;
const BACKUP_KINDS: readonly Exclude<BackupKind, 'other'>[] = ['before-import', 'before-migration', 'before-restore', 'after-changes', 'on-quit'];
/** A backup is written under this suffix and renamed only once it has been checked: an interrupted one never looks like a backup. */
export const UNFINISHED_SUFFIX = '.partial';
const UNFINISHED_NAME = /\.partial(-wal|-shm|-journal)?$/;

/** The copy could not be written or did not pass its check; nothing was added to the backups. */
export class BackupFailedError extends Error {
  constructor(
    readonly diskFull: boolean,
    cause: unknown,
  ) {
    super(`The backup failed: ${(cause as Error).message}`, { cause });
    this.name = 'BackupFailedError';
  }
}

export function isDiskFullError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || (error instanceof BackupFailedError && error.diskFull);
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function parseBackupName(name: string, directory: string): BackupFile | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason = ''] = match;
  const createdAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  const kind = BACKUP_KINDS.find((k) => reason === k || reason.startsWith(`${k}-`)) ?? 'other';
  return { path: join(directory, name), name, createdAt, kind };
}

/** The finished backups in `directory`, newest first. Unfinished copies never appear here. */
export function listBackupFiles(directory: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names
    .map((name) => parseBackupName(name, directory))
    .filter((backup): backup is BackupFile => backup !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
}

function removeIfPossible(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // A folder that refuses the removal refused the copy too; the start-up cleanup retries.
  }
}

/** Removes copies left behind by a backup or restore that was interrupted (the app killed or the disk full). */
export function removeUnfinishedBackups(directory: string): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) if (UNFINISHED_NAME.test(name)) removeIfPossible(join(directory, name));
}

/** Why `file` cannot serve as a backup (unreadable, damaged, another app's, from a newer version), or null when it can. */
export function backupProblem(file: string): string | null {
  let db: AtlasDatabase | null = null;
  try {
    db = openSqliteFile(file, { readonly: true, fileMustExist: true });
    if (!isAtlasDatabase(db)) return 'not an Alliance Atlas database';
    const version = schemaVersion(db);
    if (version === 0 || version > (MIGRATIONS.at(-1)?.version ?? 0)) return `schema version ${version} is not one this app can open`;
    return databaseProblems(db, 'quick_check', 1)[0] ?? null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

/** Makes the copy a self-contained file (rollback journal, no -wal beside it) and checks it before it may count as a backup. */
function sealCopy(file: string): void {
  const copy = openSqliteFile(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const problem = backupProblem(file);
  if (problem) throw new Error(`the copy did not pass its check (${problem})`);
  syncFile(file);
}

/**
 * Keeps the newest KEEP_NEWEST_BACKUPS backups and the newest of each kind. Only finished,
 * checked backups are counted, so failed attempts can never push good ones out.
 */
function pruneBackups(directory: string): void {
  const newestOfKind = new Set<string>();
  const backups = listBackupFiles(directory);
  for (const kind of BACKUP_KINDS) {
    const newest = backups.find((backup) => backup.kind === kind);
    if (newest) newestOfKind.add(newest.name);
  }
  for (const backup of backups.slice(KEEP_NEWEST_BACKUPS)) {
    if (!newestOfKind.has(backup.name)) rmSync(backup.path, { force: true });
  }
}

/**
 * Copies the whole database (WAL included) into `directory` with VACUUM INTO: first under a
 * temporary name, then checked with quick_check, flushed to disk and only then renamed into
 * place. A failed backup leaves nothing behind and throws BackupFailedError (with `diskFull`
 * when the disk is full). Returns the new file's path.
 */
export function backupDatabase(db: AtlasDatabase, directory: string, reason: string, now = new Date()): string {
  const safeReason = reason.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
  const file = join(directory, `atlas-${timestamp(now)}-${safeReason}.sqlite`);
  const unfinished = `${file}${UNFINISHED_SUFFIX}`;
  try {
    mkdirSync(directory, { recursive: true });
    db.prepare('VACUUM INTO ?').run(unfinished);
    sealCopy(unfinished);
    renameSync(unfinished, file);
    syncDirectory(directory);
  } catch (error) {
    removeIfPossible(unfinished);
    throw new BackupFailedError(isDiskFullError(error), error);
  }
  pruneBackups(directory);
  return file;
}
