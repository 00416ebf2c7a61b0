// Bundles the Node-side entry points with esbuild: the Electron main process and preload
// (CommonJS, as Electron loads them), the browser-preview server (ES module), and for each of
// the two the worker thread that validates and imports datasets off their main thread.
// better-sqlite3 stays external: it is a native module, loaded from node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', target: 'node22' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', target: 'node22' }),
  build({
    ...common,
    entryPoints: ['preview/server.ts'],
    outfile: 'dist/preview/server.mjs',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies (exceljs, iconv-lite) require Node built-ins, which an ES module can only do through createRequire.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  build({ ...common, entryPoints: ['backend/import-worker.ts'], outfile: 'dist/electron/import-worker.cjs', format: 'cjs', target: 'node22' }),
  build({
    ...common,
    entryPoints: ['backend/import-worker.ts'],
    outfile: 'dist/preview/import-worker.mjs',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
]);
