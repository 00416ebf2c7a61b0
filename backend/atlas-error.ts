import type { UserMessage } from '../api/messages';
import type { ErrorCode } from '../api/result';
import { messageText } from './messages';

/**
 * An expected failure with a message meant for the user; anything else is reported as
 * 'internal'. Given as message keys, it reaches the renderer as keys too (so it is shown in
 * the UI language), with its English text as `message`.
 */
export class AtlasError extends Error {
  readonly texts: readonly UserMessage[] | undefined;
  readonly problemCount: number | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string | readonly UserMessage[],
    readonly problems?: readonly string[],
    problemCount?: number,
  ) {
    super(typeof message === 'string' ? message : messageText(message));
    this.name = 'AtlasError';
    this.texts = typeof message === 'string' ? undefined : message;
    this.problemCount = problemCount;
  }
}
