import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_ID_PATTERN } from '../api/contract';
import type { DatasetEntry } from '../api/types';
import type { LocalizedText } from '../domain/languages';
import type { AtlasDatabase } from '../db/connection';
import { syncDirectory, syncFile } from '../db/durable-files';
import { openSqliteFile } from '../db/sqlite-file';

/**
 * Where the datasets live. Each dataset is a database of its own, so every query, backup,
 * restore and recovery works on "the open database" exactly as before, and a dataset's
 * briefings and notes cannot leak into another:
 *
 *   <data>/atlas.sqlite, <data>/backups/            the shipped dataset ("main"), as always
 *   <data>/datasets/<id>/atlas.sqlite, …/backups/   each dataset the user opened beside it
 *   <data>/datasets/active.json                     which one opens at start
 *   <data>/datasets/.new-<id>/                      a dataset being imported; renamed when complete
 *
 * A dataset appears under its id only once its import is complete (a rename), so a process
 * killed during an import leaves an unfinished folder that the next start removes.
 */

export const SHIPPED_DATASET_ID = 'main';
const DATABASE_FILE_NAME = 'atlas.sqlite';
const ACTIVE_FILE = 'active.json';
const UNFINISHED_PREFIX = '.new-';

export function datasetsFolder(dataDirectory: string): string {
  return join(dataDirectory, 'datasets');
}

/** The folder of a dataset: the data folder itself for the shipped one, so existing installations need no move. */
export function datasetDirectory(dataDirectory: string, id: string): string {
  return id === SHIPPED_DATASET_ID ? dataDirectory : join(datasetsFolder(dataDirectory), id);
}

export function datasetExists(dataDirectory: string, id: string): boolean {
  if (id === SHIPPED_DATASET_ID) return true;
  const directory = datasetDirectory(dataDirectory, id);
  return DATASET_ID_PATTERN.test(id) && (existsSync(join(directory, DATABASE_FILE_NAME)) || existsSync(join(directory, 'backups')));
}

/** The ids of the datasets kept, the shipped one first, then the others in the order they were made. */
export function datasetIds(dataDirectory: string): string[] {
  const folder = datasetsFolder(dataDirectory);
  const others = existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== SHIPPED_DATASET_ID && DATASET_ID_PATTERN.test(entry.name) && datasetExists(dataDirectory, entry.name))
        .map((entry) => entry.name)
        .sort()
    : [];
  return [SHIPPED_DATASET_ID, ...others];
}

/** A new id: sortable by creation time, unique even for two made in the same millisecond. */
export function newDatasetId(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 17);
  return `ds-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

export function unfinishedDatasetDirectory(dataDirectory: string, id: string): string {
  return join(datasetsFolder(dataDirectory), `${UNFINISHED_PREFIX}${id}`);
}

/** Removes datasets whose import never finished (the process stopped during it). */
export function removeUnfinishedDatasets(dataDirectory: string): void {
  const folder = datasetsFolder(dataDirectory);
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith(UNFINISHED_PREFIX)) rmSync(join(folder, entry), { recursive: true, force: true });
  }
}

/** Makes a finished import a kept dataset in one rename, made durable. */
export function completeDataset(dataDirectory: string, id: string): void {
  const folder = datasetsFolder(dataDirectory);
  renameSync(unfinishedDatasetDirectory(dataDirectory, id), datasetDirectory(dataDirectory, id));
  syncDirectory(folder);
}

export function readActiveDatasetId(dataDirectory: string): string {
  try {
    const { active } = JSON.parse(readFileSync(join(datasetsFolder(dataDirectory), ACTIVE_FILE), 'utf8')) as { active?: unknown };
    if (typeof active === 'string' && datasetExists(dataDirectory, active)) return active;
  } catch {
    // No choice recorded yet, or a file cut short: the shipped dataset opens.
  }
  return SHIPPED_DATASET_ID;
}

/** Records the dataset to open at the next start: written aside, synced, renamed, so a crash leaves the old or the new choice. */
export function writeActiveDatasetId(dataDirectory: string, id: string): void {
  const folder = datasetsFolder(dataDirectory);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, ACTIVE_FILE);
  const pending = `${file}.pending`;
  writeFileSync(pending, JSON.stringify({ active: id }));
  syncFile(pending);
  renameSync(pending, file);
  syncDirectory(folder);
}

/** What the datasets list shows of one database: its title, origin and briefings. */
export function describeDatabase(db: AtlasDatabase): Omit<DatasetEntry, 'id' | 'name' | 'active' | 'shipped'> {
  const row = db.prepare('SELECT source_name AS sourceName, origin, imported_at AS importedAt FROM dataset WHERE id = 1').get() as
    | { sourceName: string; origin: 'bundled' | 'file'; importedAt: string }
    | undefined;
  const titles = db.prepare('SELECT lang, title FROM dataset_texts').all() as { lang: string; title: string }[];
  const title: LocalizedText = Object.fromEntries(titles.map((t) => [t.lang, t.title]));
  const briefings = db.prepare('SELECT COUNT(*) FROM briefings').pluck().get() as number;
  return { title, sourceName: row?.sourceName ?? '', origin: row?.origin ?? 'file', importedAt: row?.importedAt ?? null, briefings };
}

/** Describes a dataset that is not open, read-only; one that cannot be read is listed by its id alone. */
export function describeDatasetFile(dataDirectory: string, id: string): Omit<DatasetEntry, 'id' | 'name' | 'active' | 'shipped'> {
  return describeDatasetFolder(datasetDirectory(dataDirectory, id));
}

/** The same for a dataset's folder wherever it is (a deleted one is kept elsewhere). */
export function describeDatasetFolder(directory: string): Omit<DatasetEntry, 'id' | 'name' | 'active' | 'shipped'> {
  let db: AtlasDatabase | null = null;
  try {
    db = openSqliteFile(join(directory, DATABASE_FILE_NAME), { readonly: true, fileMustExist: true });
    return describeDatabase(db);
  } catch {
    return { title: {}, sourceName: '', origin: 'file', importedAt: null, briefings: 0 };
  } finally {
    db?.close();
  }
}
