import type { AtlasApi } from '../../api/contract';
import { OPERATION_NAMES } from '../../api/operations';
import { fail, type Result } from '../../api/result';

/** The preview's transport: the same operations as Electron's preload, as POST /api/<operation>. */
export function createHttpApi(baseUrl = ''): AtlasApi {
  const call = async (operation: string, args: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`${baseUrl}/api/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return fail('internal', `The preview server did not answer (${(error as Error).message}). Is "npm run preview" still running?`);
    }
  };
  return Object.fromEntries(OPERATION_NAMES.map((operation) => [operation, (args: unknown) => call(operation, args)])) as AtlasApi;
}
