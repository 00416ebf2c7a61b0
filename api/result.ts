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
  | 'internal';

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Individual findings, e.g. one line per invalid field of a dataset bundle. */
  readonly problems?: readonly string[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, problems?: readonly string[]): Result<never> {
  return { ok: false, error: problems ? { code, message, problems } : { code, message } };
}
