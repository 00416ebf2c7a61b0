import { ESLint } from 'eslint';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Lints a snippet as if it were the given file, and returns the boundary rule's messages. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: projectRoot });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importing = (source: string) => `import * as imported from '${source}';\nexport const x = imported;`;

/** docs/architecture.md's folder table: what each folder may and may not import. */
const TABLE: readonly { folder: string; file: string; allowed: readonly string[]; forbidden: readonly string[] }[] = [
  { folder: 'domain/', file: 'domain/example.ts', allowed: ['./partial-date'], forbidden: ['../api/types', '../db/connection', 'zod', 'node:fs', 'electron'] },
  { folder: 'api/', file: 'api/example.ts', allowed: ['../domain/languages', 'zod'], forbidden: ['../db/connection', '../backend/handlers', '../renderer/main', 'node:fs', 'electron'] },
  { folder: 'db/', file: 'db/example.ts', allowed: ['../domain/languages', '../api/types', 'better-sqlite3'], forbidden: ['../backend/handlers', '../electron/main/main', '../renderer/main', 'electron'] },
  { folder: 'backend/', file: 'backend/example.ts', allowed: ['../db/connection', '../api/contract'], forbidden: ['../electron/main/main', '../preview/server', '../renderer/main', 'electron'] },
  { folder: 'electron/main/', file: 'electron/main/example.ts', allowed: ['../../backend/handlers', '../../db/connection', 'electron'], forbidden: ['../../renderer/main', '../../preview/server'] },
  { folder: 'electron/preload/', file: 'electron/preload/example.ts', allowed: ['../../api/operations', 'electron'], forbidden: ['../../db/connection', '../../backend/handlers', '../../renderer/main', 'better-sqlite3'] },
  { folder: 'preview/', file: 'preview/example.ts', allowed: ['../backend/handlers', '../api/contract', 'node:http'], forbidden: ['../db/connection', '../renderer/main', 'electron'] },
  {
    folder: 'renderer/',
    file: 'renderer/features/example.ts',
    allowed: ['../../api/operations', '../../domain/languages', '../../locales/en/app.json'],
    forbidden: ['electron', 'node:fs', 'better-sqlite3', '../../db/queries/search', '../../backend/handlers', '../../electron/main/main', '../../preview/server'],
  },
];

describe('process boundaries, enforced by lint', () => {
  for (const row of TABLE) {
    it(`${row.folder} imports what its row of the table allows, and nothing it forbids`, async () => {
      for (const source of row.allowed) expect(await boundaryErrors(row.file, importing(source)), `${row.folder} may import ${source}`).toEqual([]);
      for (const source of row.forbidden) expect(await boundaryErrors(row.file, importing(source)), `${row.folder} may not import ${source}`).not.toEqual([]);
    });
  }
});

/** The renderer's folders (app, state, ui, i18n, api, and each features/<name>) and which import which. */
function rendererFolderGraph(): Map<string, Set<string>> {
  const rendererRoot = join(projectRoot, 'renderer');
  const folderOf = (file: string) => {
    const parts = relative(rendererRoot, file).split('/');
    return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] ?? '');
  };
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(rendererRoot);
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = resolve(dirname(file), specifier ?? '');
      if (!target.startsWith(rendererRoot + '/')) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to) graph.set(from, new Set([...(graph.get(from) ?? []), to]));
    }
  }
  return graph;
}

describe('the renderer’s folders', () => {
  it('depend on each other without cycles, so each can be read on its own', () => {
    const graph = rendererFolderGraph();
    expect(graph.get('features/map')).toBeDefined();
    const cycles: string[] = [];
    const visit = (folder: string, path: readonly string[]) => {
      if (path.includes(folder)) {
        cycles.push([...path.slice(path.indexOf(folder)), folder].join(' → '));
        return;
      }
      for (const next of graph.get(folder) ?? []) visit(next, [...path, folder]);
    };
    for (const folder of graph.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('keep state/ and ui/ below the features', () => {
    const graph = rendererFolderGraph();
    for (const low of ['state', 'ui']) expect([...(graph.get(low) ?? [])].filter((to) => to.startsWith('features/') || to === 'app'), low).toEqual([]);
  });
});
