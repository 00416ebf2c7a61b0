import { message, type UserMessage } from '../api/messages';
import { isDiskFullError } from '../db/backup';
import { DatabaseTooNewError } from '../db/migrate';
import type { UiLanguage } from '../domain/languages';
import { messageText } from './messages';

const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);
const MISSING_CODES = new Set(['ENOENT', 'ENOTDIR', 'ENODEV', 'ENXIO']);

/**
 * Why the app cannot start, in words the user can act on: what is wrong, with which folder or
 * file, and what to do. The desktop app shows it in a dialog, the preview prints it.
 */
export class StartupError extends Error {
  constructor(
    readonly texts: readonly UserMessage[],
    /** The data folder, which the desktop app's dialog offers to open. */
    readonly dataDirectory: string,
    options?: { cause?: unknown },
  ) {
    super(messageText(texts), options);
    this.name = 'StartupError';
  }

  inLanguage(language: UiLanguage): string {
    return messageText(this.texts, language);
  }
}

/** Turns whatever stopped the start (an fs or SQLite error, a database from a newer app) into a StartupError. */
export function startupErrorFrom(error: unknown, paths: { readonly dataDirectory: string; readonly databaseFile: string }): StartupError {
  if (error instanceof StartupError) return error;
  const folder = paths.dataDirectory;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const reason = (error as Error | null)?.message ?? String(error);
  const texts = (() => {
    if (error instanceof DatabaseTooNewError) {
      return message('startupTooNew', { file: paths.databaseFile, databaseVersion: error.databaseVersion, appVersion: error.appVersion });
    }
    if (isDiskFullError(error)) return message('startupDiskFull', { folder });
    if (READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY')) return message('startupReadOnly', { folder });
    if (MISSING_CODES.has(code) || /directory does not exist/.test(reason)) return message('startupFolderMissing', { folder });
    return message('startupUnexpected', { folder, reason });
  })();
  return new StartupError([texts], folder, { cause: error });
}
