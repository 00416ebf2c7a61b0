import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles a TypeScript entry point into a plain ES module a child process or worker thread can
 * run without a TypeScript loader. Written inside node_modules so that it finds better-sqlite3
 * there, as the built app does. Returns the bundle's path.
 */
export function bundleForTests(entryPoint: string): string {
  const name = entryPoint.split('/').pop()?.replace(/\.ts$/, '.mjs') ?? 'bundle.mjs';
  const outfile = join(PROJECT_ROOT, 'node_modules', '.cache', 'alliance-atlas-tests', name);
  buildSync({
    entryPoints: [join(PROJECT_ROOT, entryPoint)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}
