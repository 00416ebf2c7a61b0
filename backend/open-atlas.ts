import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { StartupNotice } from '../api/types';
import { backupDatabase } from '../db/backup';
import { openDatabase, passesQuickCheck, type AtlasDatabase } from '../db/connection';
import { contentHashOf } from '../db/bundle/import-bundle';
import { AtlasError } from './atlas-error';
import { currentDataset, importBundleText, readBundleFile } from './dataset-files';

export interface AtlasStartOptions {
  /** Folder of the database and its backups (Electron: userData; preview: --data-dir). */
  readonly dataDirectory: string;
  /** The dataset shipped in assets/. */
  readonly bundledDatasetPath: string;
  /** A bundle to start on instead (--dataset). */
  readonly requestedDatasetPath?: string | null;
  readonly nativeBinding?: string;
}

export interface AtlasSession {
  readonly db: AtlasDatabase;
  readonly databaseFile: string;
  readonly backupDirectory: string;
  readonly bundledDatasetPath: string;
  readonly notices: readonly StartupNotice[];
}

function isDamagedDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/** Moves a damaged database (and its WAL files) aside so a fresh one can be built; keeps it for recovery. */
function setAsideDamaged(databaseFile: string): string {
  const aside = `${databaseFile}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, aside + suffix);
  }
  return aside;
}

function openOrRecover(options: AtlasStartOptions, databaseFile: string, backupDirectory: string, notices: StartupNotice[]): AtlasDatabase {
  const open = () =>
    openDatabase(databaseFile, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      beforeMigrating: (db, from, to) => backupDatabase(db, backupDirectory, `before-migration-${from}-to-${to}`),
    });
  try {
    const db = open();
    if (passesQuickCheck(db)) return db;
    db.close();
  } catch (error) {
    if (!isDamagedDatabaseError(error)) throw error;
  }
  const aside = setAsideDamaged(databaseFile);
  notices.push({
    kind: 'database_recovered',
    message: `The database was damaged and has been rebuilt from the dataset. The damaged file was kept as ${basename(aside)}.`,
    problems: [],
  });
  return open();
}

/**
 * Opens the database in the data folder and makes sure it holds a dataset: the one asked
 * for with --dataset if it is valid, else the one already there, else the shipped one (also
 * re-imported when an app update ships a changed bundle and the user had not loaded their own).
 */
export function openAtlas(options: AtlasStartOptions): AtlasSession {
  mkdirSync(options.dataDirectory, { recursive: true });
  const databaseFile = join(options.dataDirectory, 'atlas.sqlite');
  const backupDirectory = join(options.dataDirectory, 'backups');
  const notices: StartupNotice[] = [];
  const db = openOrRecover(options, databaseFile, backupDirectory, notices);

  const load = (path: string, origin: 'bundled' | 'file') => {
    const text = readBundleFile(path);
    if (currentDataset(db)?.contentHash === contentHashOf(text)) return;
    importBundleText(db, text, { name: basename(path), origin, backupDirectory });
  };

  if (options.requestedDatasetPath) {
    try {
      load(options.requestedDatasetPath, 'file');
    } catch (error) {
      if (!(error instanceof AtlasError)) throw error;
      notices.push({
        kind: 'dataset_refused',
        message: `${error.message} The map shows the data it held before.`,
        problems: error.problems ?? [],
      });
    }
  }
  const dataset = currentDataset(db);
  if (!dataset || dataset.origin === 'bundled') load(options.bundledDatasetPath, 'bundled');

  return { db, databaseFile, backupDirectory, bundledDatasetPath: options.bundledDatasetPath, notices };
}
