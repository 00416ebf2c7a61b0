import type { UserMessage } from './messages';

/**
 * Every operation answers with a Result rather than throwing: errors thrown across
 * Electron IPC lose their type and fields, and HTTP has no exceptions at all.
 */
export type ErrorCode =
  | 'unknown_operation'
  | 'invalid_arguments'
  | 'forbidden'
  | 'not_found'
  | 'invalid_dataset'
  | 'unsupported'
  | 'disk_full'
  | 'dataset_too_large'
  | 'backup_failed'
  // Editing and undo
  | 'invalid_record'
  | 'nothing_to_undo'
  | 'internal';

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Individual findings, e.g. one line per invalid field of a dataset bundle; at most PROBLEMS_SHOWN of them. */
  readonly problems?: readonly string[];
  /** How many problems there were in all, when `problems` holds only the first ones. */
  readonly problemCount?: number;
  /** The message as keys and values, for the renderer to say in the UI language; `message` is its English text. */
  readonly texts?: readonly UserMessage[];
}

export type ApiErrorDetails = Pick<ApiError, 'problems' | 'problemCount' | 'texts'>;

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, problems?: readonly string[], details: Omit<ApiErrorDetails, 'problems'> = {}): Result<never> {
  return { ok: false, error: { code, message, ...(problems ? { problems } : {}), ...details } };
}
