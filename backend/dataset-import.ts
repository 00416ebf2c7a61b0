import { Worker } from 'node:worker_threads';
import type { UserMessage } from '../api/messages';
import type { ErrorCode } from '../api/result';
import type { ImportSummary } from '../api/types';
import type { UiLanguage } from '../domain/languages';
import { AtlasError } from './atlas-error';
import { importBundleText } from './dataset-files';
import type { AtlasSession } from './open-atlas';

/** What the import worker is given: where the database is, and the bundle the user chose. */
export interface ImportJob {
  readonly databaseFile: string;
  readonly backupDirectory: string;
  readonly nativeBinding: string | undefined;
  readonly fileName: string;
  readonly text: string;
  /** The language a refused bundle's findings are worded in. */
  readonly language: UiLanguage | undefined;
}

/** What it answers; errors travel as plain data because a thrown error loses its fields between threads. */
export type ImportOutcome =
  | { readonly ok: true; readonly summary: ImportSummary }
  | {
      readonly ok: false;
      readonly message: string;
      /** SQLite's or Node's error code, e.g. SQLITE_FULL. */
      readonly code?: string;
      readonly atlas?: { readonly code: ErrorCode; readonly texts?: readonly UserMessage[]; readonly problems?: readonly string[]; readonly problemCount?: number };
    };

export function outcomeOfError(error: unknown): ImportOutcome {
  if (error instanceof AtlasError) {
    return { ok: false, message: error.message, atlas: { code: error.code, texts: error.texts, problems: error.problems, problemCount: error.problemCount } };
  }
  const code = (error as { code?: unknown } | null)?.code;
  return { ok: false, message: (error as Error | null)?.message ?? String(error), ...(typeof code === 'string' ? { code } : {}) };
}

function errorOfOutcome(outcome: Extract<ImportOutcome, { ok: false }>): Error {
  if (outcome.atlas) return new AtlasError(outcome.atlas.code, outcome.atlas.texts ?? outcome.message, outcome.atlas.problems, outcome.atlas.problemCount);
  return Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {});
}

export type RunImport = (fileName: string, text: string, language?: UiLanguage) => Promise<ImportSummary>;

/**
 * Imports a bundle the user chose. With a worker script, validation, backup and import run
 * on a worker thread with its own connection, so the process that draws the windows (or
 * answers the preview's requests) never waits for them; without one (unit tests), here.
 */
export function importRunner(session: Pick<AtlasSession, 'db' | 'databaseFile' | 'backupDirectory' | 'nativeBinding'>, workerFile?: string): RunImport {
  const { db, databaseFile, backupDirectory, nativeBinding } = session;
  if (!workerFile) return async (fileName, text, language) => importBundleText(db, text, { name: fileName, origin: 'file', backupDirectory }, language);
  return (fileName, text, language) =>
    new Promise((resolve, reject) => {
      const job: ImportJob = { databaseFile, backupDirectory, nativeBinding, fileName, text, language };
      const worker = new Worker(workerFile, { workerData: job });
      worker.once('message', (outcome: ImportOutcome) => (outcome.ok ? resolve(outcome.summary) : reject(errorOfOutcome(outcome))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The import worker stopped (exit code ${code}) before answering.`)));
    });
}
