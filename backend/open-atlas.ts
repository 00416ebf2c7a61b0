import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { message, type UserMessage } from '../api/messages';
import type { StartupNotice } from '../api/types';
import { backupDatabase, backupProblem, listBackupFiles, removeUnfinishedBackups, type BackupFile } from '../db/backup';
import { contentHashOf } from '../db/bundle/import-bundle';
import { NotAtlasDatabaseError, openDatabase, passesQuickCheck, type AtlasDatabase } from '../db/connection';
import { installBackupFile, removeDatabaseFiles } from '../db/restore';
import { salvageUserTables } from '../db/salvage';
import { useNativeBinding } from '../db/sqlite-file';
import { AtlasError } from './atlas-error';
import { currentDataset, importBundleText, readBundleFile } from './dataset-files';
import { readSettings } from '../db/queries/user-state';
import { messageText } from './messages';
import { StartupError, startupErrorFrom } from './startup-error';
import type { UiLanguage } from '../domain/languages';

export interface AtlasStartOptions {
  /** Folder of the database and its backups (Electron: userData; preview: --data-dir). */
  readonly dataDirectory: string;
  /** The dataset shipped in assets/. */
  readonly bundledDatasetPath: string;
  /** A bundle to start on instead (--dataset). */
  readonly requestedDatasetPath?: string | null;
  /** The system's language, which the app speaks until the user chooses one: a first start's findings are worded in it. */
  readonly systemLanguage?: UiLanguage;
  readonly nativeBinding?: string;
}

export interface AtlasSession {
  readonly db: AtlasDatabase;
  readonly dataDirectory: string;
  readonly databaseFile: string;
  readonly backupDirectory: string;
  readonly bundledDatasetPath: string;
  readonly nativeBinding: string | undefined;
  readonly notices: readonly StartupNotice[];
}

export const DATABASE_FILE_NAME = 'atlas.sqlite';

/** What made the database file unusable; each is handled alike (set aside, restored or rebuilt), and said differently. */
type Unusable = 'damaged' | 'empty' | 'foreign' | 'missing';

const UNUSABLE_MESSAGE = {
  damaged: 'databaseDamaged',
  empty: 'databaseEmpty',
  foreign: 'databaseForeign',
  missing: 'databaseMissing',
} as const;

function notice(kind: StartupNotice['kind'], texts: readonly UserMessage[], problems: readonly string[] = [], problemCount = problems.length): StartupNotice {
  return { kind, texts, message: messageText(texts), problems, problemCount };
}

function isDamagedDatabaseError(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT');
}

/** Creates the data folder and proves it can be written to, so a read-only or missing folder is named before SQLite fails vaguely. */
function prepareDataFolder(dataDirectory: string): void {
  mkdirSync(dataDirectory, { recursive: true });
  const probe = join(dataDirectory, `.write-test-${process.pid}`);
  writeFileSync(probe, 'ok');
  rmSync(probe, { force: true });
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Moves an unusable database (and its WAL files) aside, never deleting it: it may still hold something. */
function setAside(databaseFile: string, why: Unusable, dataDirectory: string): string {
  const aside = `${databaseFile}.${why === 'foreign' ? 'not-atlas' : 'damaged'}-${timestamp()}`;
  try {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, aside + suffix);
    }
  } catch (error) {
    if (why !== 'foreign') throw error;
    throw new StartupError([message('startupNotAtlas', { file: databaseFile, reason: (error as Error).message })], dataDirectory, { cause: error });
  }
  return aside;
}

function newestGoodBackup(backupDirectory: string): BackupFile | null {
  return listBackupFiles(backupDirectory).find((backup) => backupProblem(backup.path) === null) ?? null;
}

/** Reads the user's rows out of the set-aside file through a scratch copy, so the kept file stays exactly as it was found. */
function salvageFrom(aside: string, db: AtlasDatabase): number | null {
  const scratch = `${aside}.salvage`;
  try {
    for (const suffix of ['', '-wal']) if (existsSync(aside + suffix)) copyFileSync(aside + suffix, scratch + suffix);
    const recovered = salvageUserTables(scratch, db);
    return Object.values(recovered).some((rows) => rows > 0) ? (recovered['briefings'] ?? 0) : null;
  } finally {
    removeDatabaseFiles(scratch);
  }
}

function briefingCount(db: AtlasDatabase): number {
  return db.prepare('SELECT COUNT(*) FROM briefings').pluck().get() as number;
}

/**
 * Opens the database, or, when it cannot be used (damaged, emptied, another app's file, or
 * gone while backups remain), sets it aside and restores the newest good backup, user
 * tables included; only without one is it rebuilt, with the user's rows salvaged from the
 * unusable file. The user is told what happened, what came back and where the file is.
 */
function openOrRecover(dataDirectory: string, databaseFile: string, backupDirectory: string, notices: StartupNotice[]): AtlasDatabase {
  const open = () =>
    openDatabase(databaseFile, {
      beforeMigrating: (db, from, to) => backupDatabase(db, backupDirectory, `before-migration-${from}-to-${to}`),
    });

  let unusable: Unusable | null = null;
  if (!existsSync(databaseFile)) unusable = newestGoodBackup(backupDirectory) ? 'missing' : null;
  else if (statSync(databaseFile).size === 0) unusable = 'empty';
  if (unusable === null) {
    try {
      const db = open();
      if (passesQuickCheck(db)) return db;
      db.close();
      unusable = 'damaged';
    } catch (error) {
      if (error instanceof NotAtlasDatabaseError) unusable = 'foreign';
      else if (isDamagedDatabaseError(error)) unusable = 'damaged';
      else throw error;
    }
  }

  const texts: UserMessage[] = [message(UNUSABLE_MESSAGE[unusable], { file: databaseFile })];
  const aside = unusable === 'missing' ? null : setAside(databaseFile, unusable, dataDirectory);
  const backup = newestGoodBackup(backupDirectory);
  let db: AtlasDatabase;
  if (backup) {
    installBackupFile(backup.path, databaseFile);
    db = open();
    texts.push(message('restoredFromBackup', { backup: backup.name, time: backup.createdAt.getTime(), count: briefingCount(db) }));
  } else {
    db = open();
    const salvaged = aside ? salvageFrom(aside, db) : null;
    texts.push(salvaged === null ? message('rebuiltNothingRecovered') : message('rebuiltWithSalvage', { count: salvaged }));
  }
  if (aside) texts.push(message('keptAside', { file: aside }));
  notices.push(notice('database_recovered', texts));
  return db;
}

/**
 * Makes sure the database holds a dataset: the one asked for with --dataset if it is valid,
 * else the one already there, else the shipped one (also re-imported when an app update ships
 * a changed bundle and the user had not loaded their own). Quality warnings become a notice.
 */
function loadDataset(db: AtlasDatabase, options: AtlasStartOptions, backupDirectory: string, notices: StartupNotice[]): void {
  const load = (path: string, origin: 'bundled' | 'file') => {
    const text = readBundleFile(path);
    if (currentDataset(db)?.contentHash === contentHashOf(text)) return;
    // Findings are worded in the UI language the user last chose, or before any choice the system's.
    const language = readSettings(db).uiLanguage ?? options.systemLanguage ?? 'en';
    const summary = importBundleText(db, text, { name: basename(path), origin, backupDirectory }, language);
    if (summary.warningCount > 0) {
      notices.push(notice('dataset_warnings', [message('datasetWarnings', { file: basename(path), count: summary.warningCount })], summary.warnings, summary.warningCount));
    }
  };

  if (options.requestedDatasetPath) {
    try {
      load(options.requestedDatasetPath, 'file');
    } catch (error) {
      if (!(error instanceof AtlasError) || !error.texts) throw error;
      notices.push(notice('dataset_refused', [...error.texts, message('mapShowsPrevious')], error.problems, error.problemCount));
    }
  }
  const dataset = currentDataset(db);
  if (!dataset || dataset.origin === 'bundled') load(options.bundledDatasetPath, 'bundled');
}

/**
 * Opens the database in the data folder, recovering it if need be, and loads the dataset.
 * Anything that stops the start is thrown as a StartupError that says what to do.
 */
export function openAtlas(options: AtlasStartOptions): AtlasSession {
  useNativeBinding(options.nativeBinding);
  const { dataDirectory } = options;
  const databaseFile = join(dataDirectory, DATABASE_FILE_NAME);
  const backupDirectory = join(dataDirectory, 'backups');
  const notices: StartupNotice[] = [];
  let db: AtlasDatabase | null = null;
  try {
    prepareDataFolder(dataDirectory);
    removeUnfinishedBackups(backupDirectory);
    removeDatabaseFiles(`${databaseFile}.restoring`);
    db = openOrRecover(dataDirectory, databaseFile, backupDirectory, notices);
    loadDataset(db, options, backupDirectory, notices);
  } catch (error) {
    db?.close();
    throw startupErrorFrom(error, { dataDirectory, databaseFile });
  }
  return { db, dataDirectory, databaseFile, backupDirectory, bundledDatasetPath: options.bundledDatasetPath, nativeBinding: options.nativeBinding, notices };
}
