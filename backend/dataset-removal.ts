import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { message } from '../api/messages';
import { backupDatabase, isDiskFullError } from '../db/backup';
import { syncDirectory } from '../db/durable-files';
import { openSqliteFile } from '../db/sqlite-file';
import { AtlasError } from './atlas-error';
import { datasetDirectory, datasetExists, datasetsFolder, SHIPPED_DATASET_ID } from './dataset-shelf';

/**
 * Deleting a dataset the user added. Nothing is destroyed: a checked copy of its database is
 * written to its backups first (VACUUM INTO, like every backup), then its whole folder (database,
 * backups, briefings and notes inside) moves to <data>/datasets/deleted/<id>/ in one rename, so
 * a crash leaves the dataset either kept or deleted, never half of it. The caller makes sure the
 * dataset is not open (the workspace opens the shipped one first).
 */

const DELETED_FOLDER = 'deleted';

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
  const deleted = deletedDatasetsFolder(dataDirectory);
  mkdirSync(deleted, { recursive: true });
  const target = join(deleted, id);
  renameSync(directory, target);
  syncDirectory(datasetsFolder(dataDirectory));
  syncDirectory(deleted);
  return join(target, relative(directory, kept));
}
