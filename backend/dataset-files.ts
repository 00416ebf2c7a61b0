import type { UiLanguage } from '../domain/languages';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DATASET_MAX_BYTES, PROBLEMS_SHOWN } from '../api/contract';
import { message } from '../api/messages';
import type { ImportSummary } from '../api/types';
import { backupDatabase, BackupFailedError } from '../db/backup';
import type { AtlasDatabase } from '../db/connection';
import { contentHashOf, importBundle } from '../db/bundle/import-bundle';
import { validateBundleText } from '../db/bundle/validate-bundle';
import { AtlasError } from './atlas-error';

export interface DatasetState {
  readonly origin: 'bundled' | 'file';
  readonly contentHash: string;
}

const MEGABYTE = 1024 * 1024;

export function currentDataset(db: AtlasDatabase): DatasetState | null {
  return (db.prepare('SELECT origin, content_hash AS contentHash FROM dataset WHERE id = 1').get() as DatasetState | undefined) ?? null;
}

/** The refusal of a file over the size limit, naming the file (when known), its size and the limit. */
export function datasetTooLarge(name: string | null, bytes: number): AtlasError {
  const sizes = { size: bytes / MEGABYTE, limit: DATASET_MAX_BYTES / MEGABYTE };
  return new AtlasError('dataset_too_large', [name === null ? message('requestTooLarge', sizes) : message('datasetTooLarge', { file: name, ...sizes })]);
}

/** Reads a bundle file, refusing unreadable or oversized files with a message that names the file. */
export function readBundleFile(path: string): string {
  const name = basename(path);
  try {
    const size = statSync(path).size;
    if (size > DATASET_MAX_BYTES) throw datasetTooLarge(name, size);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof AtlasError) throw error;
    throw new AtlasError('invalid_dataset', [message('datasetUnreadable', { file: name, reason: (error as Error).message })]);
  }
}

function backupBeforeImport(db: AtlasDatabase, backupDirectory: string): string {
  try {
    return backupDatabase(db, backupDirectory, 'before-import');
  } catch (error) {
    if (!(error instanceof BackupFailedError)) throw error;
    const reason = (error.cause as Error).message;
    throw error.diskFull
      ? new AtlasError('disk_full', [message('backupDiskFullBeforeImport')])
      : new AtlasError('backup_failed', [message('backupFailedBeforeImport', { reason })]);
  }
}

/**
 * Validates the text of a bundle and, if it passes, replaces the dataset with it after
 * copying the current database to the backup folder. A refused bundle changes nothing; of
 * its problems and warnings, the first PROBLEMS_SHOWN are kept, with the total.
 */
export function importBundleText(
  db: AtlasDatabase,
  text: string,
  source: { readonly name: string; readonly origin: 'bundled' | 'file'; readonly backupDirectory: string },
  language: UiLanguage = 'en',
): ImportSummary {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > DATASET_MAX_BYTES) throw datasetTooLarge(source.name, bytes);
  const validation = validateBundleText(text, language);
  if (!validation.ok) {
    const count = validation.problems.length;
    throw new AtlasError('invalid_dataset', [message('datasetRefused', { file: source.name, count })], validation.problems.slice(0, PROBLEMS_SHOWN), count);
  }
  const { bundle } = validation;
  const warnings = validation.warnings.slice(0, PROBLEMS_SHOWN);
  const backupFile = currentDataset(db) ? backupBeforeImport(db, source.backupDirectory) : null;
  importBundle(db, bundle, { sourceName: source.name, origin: source.origin, contentHash: contentHashOf(text), warnings });
  return {
    actors: bundle.actors.length,
    relations: bundle.relations.length,
    events: bundle.events.length,
    sources: bundle.sources.length,
    warnings,
    warningCount: validation.warnings.length,
    backupFile,
  };
}
