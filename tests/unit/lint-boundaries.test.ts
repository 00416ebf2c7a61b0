import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Lints a snippet as if it were the given file, and returns the boundary rule's messages. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: projectRoot });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries, enforced by lint', () => {
  it('keep Electron, Node built-ins, SQLite and main-process code out of the renderer', async () => {
    for (const source of ["import { ipcRenderer } from 'electron';", "import { readFileSync } from 'node:fs';", "import Database from 'better-sqlite3';", "import { searchActors } from '../../db/queries/search';"]) {
      const errors = await boundaryErrors('renderer/features/example.ts', `${source}\nexport const x = 1;`);
      expect(errors, source).toEqual([expect.stringContaining('sandboxed web page')]);
    }
  });

  it('keep Electron out of the data layer and the preview server', async () => {
    expect(await boundaryErrors('db/example.ts', "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
    expect(await boundaryErrors('preview/example.ts', "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
  });

  it('let the renderer use the shared contract', async () => {
    expect(await boundaryErrors('renderer/features/example.ts', "import { OPERATION_NAMES } from '../../api/operations';\nexport const x = OPERATION_NAMES;")).toEqual([]);
  });
});
