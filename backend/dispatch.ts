import { argumentSchemas } from '../api/contract';
import { message } from '../api/messages';
import { isOperationName } from '../api/operations';
import { fail, ok, type Result } from '../api/result';
import { isDiskFullError } from '../db/backup';
import { AtlasError } from './atlas-error';
import type { Handlers } from './handlers';

export type Dispatch = (operation: string, args: unknown) => Promise<Result<unknown>>;

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'arguments'}: ${issue.message}`);
}

/**
 * The single entry point of both transports: checks the operation name and validates the
 * arguments against the contract before any handler sees them, and turns every outcome into
 * a Result. Unexpected errors are logged here and reach the renderer without internals.
 */
export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void = console.error): Dispatch {
  return async (operation, rawArgs) => {
    if (!isOperationName(operation)) return fail('unknown_operation', `There is no operation called "${String(operation).slice(0, 80)}".`);
    const parsed = argumentSchemas[operation].safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return fail('invalid_arguments', `The arguments of ${operation} were refused.`, describeIssues(parsed.error.issues));
    }
    try {
      const handler = handlers[operation] as (args: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AtlasError) return fail(error.code, error.message, error.problems, { problemCount: error.problemCount, texts: error.texts });
      if (isDiskFullError(error)) {
        const diskFull = new AtlasError('disk_full', [message('diskFull')]);
        return fail(diskFull.code, diskFull.message, undefined, { texts: diskFull.texts });
      }
      logError(error);
      return fail('internal', `${operation} failed unexpectedly; the details are in the log.`);
    }
  };
}
