import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { message } from '../api/messages';
import { backupDatabase, isDiskFullError } from '../db/backup';
import { syncDirectory } from '../db/durable-files';
import { openSqliteFile } from '../db/sqlite-file';
import { AtlasError } from './atlas-error';
import { DATASET_ID_PATTERN } from '../api/contract';
import type { DeletedDatasetEntry } from '../api/types';
import type { LocalizedText } from '../domain/languages';
import { forgetDatasetName, localizedTextFrom, nameDataset, readDatasetNames } from './dataset-names';
import { datasetDirectory, datasetExists, datasetsFolder, describeDatasetFolder, SHIPPED_DATASET_ID } from './dataset-shelf';

/**
 * Deleting a dataset the user added. Nothing is destroyed: a checked copy of its database is
 * written to its backups first (VACUUM INTO, like every backup), then its whole folder (database,
 * backups, briefings and notes inside) moves to <data>/datasets/deleted/<id>/ in one rename, so
 * a crash leaves the dataset either kept or deleted, never half of it. The caller makes sure the
 * dataset is not open (the workspace opens the shipped one first). The name the user gave it
 * goes with it, so restoring it (one rename back) brings it back as it was.
 */

const DELETED_FOLDER = 'deleted';
const KEPT_NAME_FILE = 'name.json';

export function deletedDatasetsFolder(dataDirectory: string): string {
  return join(datasetsFolder(dataDirectory), DELETED_FOLDER);
}

/** Returns where the backup kept is now (the path the user is told). */
export function removeDataset(dataDirectory: string, id: string, now = new Date()): string {
  if (id === SHIPPED_DATASET_ID) throw new AtlasError('forbidden', 'The shipped dataset cannot be deleted; "Restore the shipped dataset" brings its data back instead.');
  if (!datasetExists(dataDirectory, id)) throw new AtlasError('not_found', `No dataset has the id "${id}".`);
  const directory = datasetDirectory(dataDirectory, id);
  const databaseFile = join(directory, 'atlas.sqlite');
  let kept = databaseFile;
  if (existsSync(databaseFile)) {
    try {
      const db = openSqliteFile(databaseFile, { readonly: true, fileMustExist: true });
      try {
        kept = backupDatabase(db, join(directory, 'backups'), 'before-delete', now);
      } finally {
        db.close();
      }
    } catch (error) {
      // Without room for a copy nothing is done; a file too damaged to copy still moves away whole, as it is.
      if (isDiskFullError(error)) throw new AtlasError('disk_full', [message('diskFull')]);
    }
  }
  const name = readDatasetNames(dataDirectory)[id];
  if (name) writeFileSync(join(directory, KEPT_NAME_FILE), `${JSON.stringify(name)}\n`);
  const deleted = deletedDatasetsFolder(dataDirectory);
  mkdirSync(deleted, { recursive: true });
  const target = join(deleted, id);
  renameSync(directory, target);
  syncDirectory(datasetsFolder(dataDirectory));
  syncDirectory(deleted);
  forgetDatasetName(dataDirectory, id);
  return join(target, relative(directory, kept));
}

function keptName(directory: string): LocalizedText {
  try {
    return localizedTextFrom(JSON.parse(readFileSync(join(directory, KEPT_NAME_FILE), 'utf8')));
  } catch {
    return {};
  }
}

/** The datasets deleted so far, the most recently made first (ids sort by when they were made). */
export function deletedDatasets(dataDirectory: string): DeletedDatasetEntry[] {
  const folder = deletedDatasetsFolder(dataDirectory);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && DATASET_ID_PATTERN.test(entry.name))
    .map((entry) => {
      const directory = join(folder, entry.name);
      return { id: entry.name, ...describeDatasetFolder(directory), name: keptName(directory) };
    })
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** Puts a deleted dataset back beside the others, with its briefings, notes and name, in one rename. */
export function restoreDeletedDataset(dataDirectory: string, id: string): void {
  const source = join(deletedDatasetsFolder(dataDirectory), id);
  if (!DATASET_ID_PATTERN.test(id) || !existsSync(source)) throw new AtlasError('not_found', `No deleted dataset has the id "${id}".`);
  if (datasetExists(dataDirectory, id)) throw new AtlasError('forbidden', `A dataset with the id "${id}" is kept already.`);
  const target = datasetDirectory(dataDirectory, id);
  renameSync(source, target);
  syncDirectory(deletedDatasetsFolder(dataDirectory));
  syncDirectory(datasetsFolder(dataDirectory));
  // The name file goes only once the name is back on the shelf.
  const name = keptName(target);
  if (Object.keys(name).length > 0) nameDataset(dataDirectory, id, name);
  rmSync(join(target, KEPT_NAME_FILE), { force: true });
}
