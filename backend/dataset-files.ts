import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportSummary } from '../api/types';
import { DATASET_MAX_BYTES } from '../api/contract';
import { backupDatabase } from '../db/backup';
import type { AtlasDatabase } from '../db/connection';
import { contentHashOf, importBundle } from '../db/bundle/import-bundle';
import { validateBundleText } from '../db/bundle/validate-bundle';
import { AtlasError } from './atlas-error';

export interface DatasetState {
  readonly origin: 'bundled' | 'file';
  readonly contentHash: string;
}

export function currentDataset(db: AtlasDatabase): DatasetState | null {
  return (db.prepare('SELECT origin, content_hash AS contentHash FROM dataset WHERE id = 1').get() as DatasetState | undefined) ?? null;
}

/** Reads a bundle file, refusing unreadable or oversized files with a message that names the file. */
export function readBundleFile(path: string): string {
  const name = basename(path);
  try {
    const size = statSync(path).size;
    if (size > DATASET_MAX_BYTES) {
      throw new AtlasError('invalid_dataset', `The dataset file "${name}" is too large (${size} bytes; the limit is ${DATASET_MAX_BYTES}).`);
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof AtlasError) throw error;
    throw new AtlasError('invalid_dataset', `The dataset file "${name}" cannot be read: ${(error as Error).message}`);
  }
}

/**
 * Validates the text of a bundle and, if it passes, replaces the dataset with it after
 * copying the current database to the backup folder. A refused bundle changes nothing.
 */
export function importBundleText(
  db: AtlasDatabase,
  text: string,
  source: { readonly name: string; readonly origin: 'bundled' | 'file'; readonly backupDirectory: string },
): ImportSummary {
  const validation = validateBundleText(text);
  if (!validation.ok) {
    throw new AtlasError(
      'invalid_dataset',
      `The dataset file "${source.name}" was refused (${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'}); nothing was changed.`,
      validation.problems,
    );
  }
  const { bundle, warnings } = validation;
  const backupFile = currentDataset(db) ? backupDatabase(db, source.backupDirectory, 'before-import') : null;
  importBundle(db, bundle, { sourceName: source.name, origin: source.origin, contentHash: contentHashOf(text), warnings });
  return {
    actors: bundle.actors.length,
    relations: bundle.relations.length,
    events: bundle.events.length,
    sources: bundle.sources.length,
    warnings,
    backupFile,
  };
}
