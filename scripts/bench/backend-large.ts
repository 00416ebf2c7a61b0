// Part of `npm run bench`: the backend figures issue 14 names at 5,000 organizations / 20,000
// relations (the synthetic bundle): the first run's import, getAtlas (time and JSON size),
// listSources and the two-character search, each with its target. Real SQLite in a temp folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../../backend/dispatch';
import { createHandlers } from '../../backend/handlers';
import { openAtlas } from '../../backend/open-atlas';
import { makeTempDir } from '../../tests/support/temp-dir';
import { syntheticBundle } from './synthetic-bundle';
import { median, sortedTimes } from './timing';

const SIZE = 5_000;
const RUNS = 7;

function report(name: string, ms: number, budgetMs: number, extra = ''): boolean {
  const within = ms <= budgetMs;
  console.log(`${within ? 'ok  ' : 'SLOW'} ${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms   target ${budgetMs} ms${extra}`);
  return within;
}

async function medianOf(run: () => Promise<unknown>): Promise<number> {
  return median(await sortedTimes(RUNS, run));
}

const dir = makeTempDir('atlas-bench-large-');
try {
  const file = join(dir.path, `synthetic-${SIZE}.json`);
  writeFileSync(file, JSON.stringify(syntheticBundle(SIZE)));
  console.log(`\nBackend at ${SIZE.toLocaleString('en')} organizations / ${(SIZE * 4).toLocaleString('en')} relations (median of ${RUNS} runs; the import once):`);
  const start = performance.now();
  const session = openAtlas({ dataDirectory: join(dir.path, 'data'), bundledDatasetPath: 'assets/dataset/alliance-atlas.json', requestedDatasetPath: file });
  const results = [report('first run: create the database, import 5k', performance.now() - start, 2000)];
  const dispatch = createDispatcher(createHandlers(session));
  const call = async (operation: string, args: unknown) => {
    const result = await dispatch(operation, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const bytes = Buffer.byteLength(JSON.stringify(await call('getAtlas', {})));
  results.push(
    report('getAtlas (everything the map draws)', await medianOf(() => call('getAtlas', {})), 100, `   ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON`),
    report('listSources', await medianOf(() => call('listSources', {})), 100),
    report('search, 2 characters 警察', await medianOf(() => call('search', { query: '警察' })), 20),
    report('search, English US ministry 2', await medianOf(() => call('search', { query: 'US ministry 2' })), 20),
  );
  session.db.close();
  if (results.includes(false)) process.exitCode = 1;
} finally {
  dir.remove();
}
