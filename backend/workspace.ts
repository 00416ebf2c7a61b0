import type { UiLanguage } from '../domain/languages';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_NAMES } from '../api/operations';
import type { OperationResults } from '../api/contract';
import type { DatasetEntry, DeletedDatasetEntry, DeletedDatasetResult, ImportSummary, NewDatasetResult, RestoreShippedResult } from '../api/types';
import type { LocalizedText } from '../domain/languages';
import { contentHashOf } from '../db/bundle/import-bundle';
import { openDatabase } from '../db/connection';
import { readSettings, writeSettings } from '../db/queries/user-state';
import { AtlasError } from './atlas-error';
import { scheduleBackups, type BackupSchedule } from './backup-schedule';
import { currentDataset, importBundleText, readBundleFile } from './dataset-files';
import { importRunner } from './dataset-import';
import { nameDataset, readDatasetNames } from './dataset-names';
import { deletedDatasets, removeDataset, restoreDeletedDataset } from './dataset-removal';
import {
  completeDataset,
  datasetDirectory,
  datasetExists,
  datasetIds,
  describeDatabase,
  describeDatasetFile,
  newDatasetId,
  readActiveDatasetId,
  removeUnfinishedDatasets,
  SHIPPED_DATASET_ID,
  unfinishedDatasetDirectory,
  writeActiveDatasetId,
} from './dataset-shelf';
import { createHandlers, type HandlerHooks, type Handlers } from './handlers';
import { openAtlas, type AtlasSession, type AtlasStartOptions } from './open-atlas';

/** What the datasets operations need from the workspace; handlers reach them through HandlerHooks.datasets. */
export interface DatasetOperations {
  list(): DatasetEntry[];
  switchTo(id: string): Promise<DatasetEntry[]>;
  importAsNew(fileName: string, text: string, language?: UiLanguage): Promise<NewDatasetResult>;
  restoreShipped(): Promise<RestoreShippedResult>;
  rename(id: string, name: LocalizedText): Promise<DatasetEntry[]>;
  remove(id: string): Promise<DeletedDatasetResult>;
  listDeleted(): DeletedDatasetEntry[];
  restoreDeleted(id: string): Promise<OperationResults['restoreDeletedDataset']>;
}

export interface Workspace {
  /** The operations, always over the dataset open now: a stable object the transports register once. */
  readonly handlers: Handlers;
  /** The dataset open now. */
  session(): AtlasSession;
  /** Backs up if anything changed, and closes the open dataset (quitting). */
  close(): void;
}

export interface WorkspaceOptions {
  /** The shell's hooks (menus, presenting, PDF, the import worker); the workspace adds backups and datasets. */
  readonly hooks?: Omit<HandlerHooks, 'onDataChanged' | 'datasets'>;
  readonly onBackupError?: (error: unknown) => void;
  /** False in unit tests that want no timers. */
  readonly scheduleBackups?: boolean;
}

/** Runs one operation that opens, closes or fills a dataset at a time. */
function oneAtATime(): <T>(work: () => T | Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
}

/**
 * The datasets kept in the data folder and the one open now (backend/dataset-shelf.ts says
 * where each lives). Switching closes one database and opens another through openAtlas, so
 * every dataset gets the same start-up checks and recovery; the UI language and label
 * language follow the user from one dataset to the next, the working view stays each dataset's own.
 */
export function openWorkspace(start: AtlasStartOptions, options: WorkspaceOptions = {}): Workspace {
  const { dataDirectory } = start;
  removeUnfinishedDatasets(dataDirectory);
  let activeId = readActiveDatasetId(dataDirectory);
  const openDataset = (id: string, requestedDatasetPath: string | null = null) =>
    openAtlas({ ...start, dataDirectory: datasetDirectory(dataDirectory, id), requestedDatasetPath });

  let session = openDataset(activeId, start.requestedDatasetPath ?? null);
  let backups: BackupSchedule | null = null;
  let handlers: Handlers;
  const exclusive = oneAtATime();
  const onBackupError = options.onBackupError ?? ((error: unknown) => console.error(`A backup failed: ${(error as Error).message}`));

  const install = (next: AtlasSession) => {
    session = next;
    backups = options.scheduleBackups === false ? null : scheduleBackups(next.db, next.backupDirectory, onBackupError);
    handlers = createHandlers(next, { ...options.hooks, datasets, ...(backups ? { onDataChanged: backups.changed } : {}) });
  };

  const list = (): DatasetEntry[] => {
    const names = readDatasetNames(dataDirectory);
    return datasetIds(dataDirectory).map((id) => ({
      id,
      ...(id === activeId ? describeDatabase(session.db) : describeDatasetFile(dataDirectory, id)),
      name: names[id] ?? {},
      active: id === activeId,
      shipped: id === SHIPPED_DATASET_ID,
    }));
  };

  /** Closes the open dataset and opens another; if that fails, the one open before is opened again. */
  const switchNow = (id: string) => {
    if (id === activeId) return;
    if (!datasetExists(dataDirectory, id)) throw new AtlasError('not_found', `No dataset has the id "${id}".`);
    const { uiLanguage, labelLanguage } = readSettings(session.db);
    backups?.finish();
    session.db.close();
    let next: AtlasSession;
    try {
      next = openDataset(id);
    } catch (error) {
      install(openDataset(activeId));
      throw error;
    }
    writeSettings(next.db, { ...(uiLanguage ? { uiLanguage } : {}), ...(labelLanguage ? { labelLanguage } : {}) });
    writeActiveDatasetId(dataDirectory, id);
    activeId = id;
    install(next);
  };

  /** Imports the bundle into a folder of its own, which becomes a kept dataset only once the import is complete. */
  const importAsNew = async (fileName: string, text: string, language?: UiLanguage): Promise<NewDatasetResult> => {
    const id = newDatasetId();
    const staging = unfinishedDatasetDirectory(dataDirectory, id);
    mkdirSync(staging, { recursive: true });
    let summary: ImportSummary;
    try {
      const databaseFile = join(staging, 'atlas.sqlite');
      const db = openDatabase(databaseFile);
      try {
        const backupDirectory = join(staging, 'backups');
        summary = await importRunner({ db, databaseFile, backupDirectory, nativeBinding: start.nativeBinding }, options.hooks?.importWorkerFile)(fileName, text, language);
      } finally {
        db.close();
      }
      completeDataset(dataDirectory, id);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    switchNow(id);
    return { summary, datasets: list() };
  };

  /** Opens the shipped dataset and, if it no longer holds the shipped data, imports it again (after a backup). */
  const restoreShipped = (): RestoreShippedResult => {
    switchNow(SHIPPED_DATASET_ID);
    const text = readBundleFile(start.bundledDatasetPath);
    const state = currentDataset(session.db);
    let summary: ImportSummary | null = null;
    if (state?.origin !== 'bundled' || state.contentHash !== contentHashOf(text)) {
      summary = importBundleText(session.db, text, { name: bundleName(start.bundledDatasetPath), origin: 'bundled', backupDirectory: session.backupDirectory });
      backups?.changed();
    }
    return { summary, datasets: list() };
  };

  const rename = (id: string, name: LocalizedText): DatasetEntry[] => {
    if (!datasetExists(dataDirectory, id)) throw new AtlasError('not_found', `No dataset has the id "${id}".`);
    nameDataset(dataDirectory, id, name);
    return list();
  };

  /** Never deletes the open dataset from under the user: the shipped one is opened first. */
  const remove = (id: string): DeletedDatasetResult => {
    if (!datasetExists(dataDirectory, id)) throw new AtlasError('not_found', `No dataset has the id "${id}".`);
    const switched = id === activeId && id !== SHIPPED_DATASET_ID;
    if (switched) switchNow(SHIPPED_DATASET_ID);
    const backupFile = removeDataset(dataDirectory, id);
    return { backupFile, switched, datasets: list() };
  };

  const restoreDeleted = (id: string) => {
    restoreDeletedDataset(dataDirectory, id);
    return { datasets: list(), deleted: deletedDatasets(dataDirectory) };
  };

  const datasets: DatasetOperations = {
    list,
    switchTo: (id) =>
      exclusive(() => {
        switchNow(id);
        return list();
      }),
    importAsNew: (fileName, text, language) => exclusive(() => importAsNew(fileName, text, language)),
    restoreShipped: () => exclusive(restoreShipped),
    rename: (id, name) => exclusive(() => rename(id, name)),
    remove: (id) => exclusive(() => remove(id)),
    listDeleted: () => deletedDatasets(dataDirectory),
    restoreDeleted: (id) => exclusive(() => restoreDeleted(id)),
  };

  install(session);
  // Each operation looks up the open dataset's handler when called, so a switch needs no re-registration.
  const stable = Object.fromEntries(
    OPERATION_NAMES.map((operation) => [operation, (args: never) => (handlers[operation] as (args: never) => unknown)(args)]),
  ) as unknown as Handlers;

  return {
    handlers: stable,
    session: () => session,
    close: () => {
      backups?.finish();
      if (session.db.open) session.db.close();
    },
  };
}

function bundleName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
