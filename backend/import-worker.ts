import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { useNativeBinding } from '../db/sqlite-file';
import { importBundleText } from './dataset-files';
import { outcomeOfError, type ImportJob, type ImportOutcome } from './dataset-import';

/**
 * Entry point of the import worker thread (bundled on its own by scripts/build-main.mjs):
 * validates the bundle, backs the database up and imports, on a connection of its own.
 */
const job = workerData as ImportJob;
useNativeBinding(job.nativeBinding);

function run(): ImportOutcome {
  try {
    const db = openDatabase(job.databaseFile);
    try {
      return { ok: true, summary: importBundleText(db, job.text, { name: job.fileName, origin: 'file', backupDirectory: job.backupDirectory }, job.language) };
    } finally {
      db.close();
    }
  } catch (error) {
    return outcomeOfError(error);
  }
}

parentPort?.postMessage(run());
