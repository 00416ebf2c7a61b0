import type { Dispatch } from '../../backend/dispatch';

/**
 * An operation called as the renderer calls it, through the dispatcher, returning its value; a
 * refusal fails the test with its message and the problems it names. `dispatch` is read on each
 * call, so a test that restarts the backend keeps the same `call`.
 */
export function callThrough(dispatch: () => Dispatch): <T>(operation: string, args?: unknown) => Promise<T> {
  return async <T>(operation: string, args: unknown = {}): Promise<T> => {
    const result = await dispatch()(operation, args);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}\n${(result.error.problems ?? []).join('\n')}`);
    return result.value as T;
  };
}
