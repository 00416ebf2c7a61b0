import type { ErrorCode } from '../api/result';

/** An expected failure with a message meant for the user; anything else is reported as 'internal'. */
export class AtlasError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: readonly string[],
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}
