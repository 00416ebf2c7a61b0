// npm run bench
// Times the operations a user waits for, on the shipped dataset in a temporary database, and
// prints the figures (median and worst of several runs). Targets live here, not in tests,
// so that a slow CI machine does not make the suite flaky.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../backend/dispatch';
import { createHandlers } from '../backend/handlers';
import { openAtlas } from '../backend/open-atlas';
import { importBundleText } from '../backend/dataset-files';
import { orgChartLayout } from '../renderer/features/map/layout/org-chart-layout';
import { buildHierarchy, defaultExpanded, expandableNodes } from '../renderer/features/map/model/hierarchy';
import { backupDatabase } from '../db/backup';
import type { AtlasData } from '../api/types';
import type { ExportedFile } from '../api/exchange-types';
import { median, sortedTimes } from './bench/timing';

const BUNDLE = 'assets/dataset/alliance-atlas.json';
const RUNS = 25;

interface Target {
  readonly name: string;
  readonly budgetMs: number;
  readonly run: () => unknown;
}

async function measure({ name, budgetMs, run }: Target): Promise<boolean> {
  const times = await sortedTimes(RUNS, run);
  const middle = median(times);
  const worst = times.at(-1) ?? 0;
  const within = middle <= budgetMs;
  console.log(`${within ? 'ok  ' : 'SLOW'} ${name.padEnd(44)} median ${middle.toFixed(2).padStart(8)} ms   worst ${worst.toFixed(2).padStart(8)} ms   target ${budgetMs} ms`);
  return within;
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
try {
  const firstRunStart = performance.now();
  const session = openAtlas({ dataDirectory: join(dir, 'first-run'), bundledDatasetPath: BUNDLE });
  console.log(`first run (create database, validate and import the bundle): ${(performance.now() - firstRunStart).toFixed(1)} ms`);
  const dispatch = createDispatcher(createHandlers(session));
  const call = async (operation: string, args: unknown) => {
    const result = await dispatch(operation, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const atlas = (await call('getAtlas', {})) as AtlasData;
  const text = readFileSync(BUNDLE, 'utf8');
  const workbook = (await call('exportData', { format: 'xlsx', language: 'ja' })) as ExportedFile;
  const results = [
    await measure({ name: 'getAtlas (everything the map draws)', budgetMs: 50, run: () => call('getAtlas', {}) }),
    await measure({ name: 'getActorDetails (details panel)', budgetMs: 10, run: () => call('getActorDetails', { actorId: 'nisc' }) }),
    await measure({ name: 'search, 2 characters (LIKE fallback) 警察', budgetMs: 20, run: () => call('search', { query: '警察' }) }),
    await measure({ name: 'search, trigram index サイバー', budgetMs: 20, run: () => call('search', { query: 'サイバー' }) }),
    await measure({ name: 'search, English acronym CISA', budgetMs: 20, run: () => call('search', { query: 'CISA' }) }),
    await measure({
      name: 'organization charts, first view',
      budgetMs: 20,
      run: () => {
        const hierarchy = buildHierarchy(atlas.actors, atlas.countries.map((c) => c.code));
        return orgChartLayout(hierarchy, defaultExpanded(hierarchy));
      },
    }),
    await measure({
      name: 'organization charts, everything expanded',
      budgetMs: 20,
      run: () => {
        const hierarchy = buildHierarchy(atlas.actors, atlas.countries.map((c) => c.code));
        return orgChartLayout(hierarchy, expandableNodes(hierarchy));
      },
    }),
    await measure({
      name: 'backup (VACUUM INTO, quick_check, fsync, rename)',
      budgetMs: 250,
      run: () => backupDatabase(session.db, join(dir, 'backups'), 'after-changes'),
    }),
    await measure({
      name: 'import the bundle again (validate, backup, import)',
      budgetMs: 1000,
      run: () => importBundleText(session.db, text, { name: 'bench.json', origin: 'file', backupDirectory: join(dir, 'backups') }),
    }),
    await measure({ name: 'export the data as a bundle', budgetMs: 100, run: () => call('exportData', { format: 'bundle', language: 'en' }) }),
    await measure({ name: 'export the data as XLSX', budgetMs: 1500, run: () => call('exportData', { format: 'xlsx', language: 'ja' }) }),
    await measure({ name: 'export the data as GEXF', budgetMs: 200, run: () => call('exportData', { format: 'gexf', language: 'ja' }) }),
    await measure({
      name: 'preview an XLSX import (read, validate, compare)',
      budgetMs: 1500,
      run: () => call('previewDataImport', { fileName: 'bench.xlsx', content: workbook.content }),
    }),
    await measure({
      name: 'compare with a bundle',
      budgetMs: 200,
      run: () => call('compareWithBundle', { fileName: 'bench.json', text, direction: 'sinceFile' }),
    }),
  ];
  session.db.close();
  console.log(`\n${atlas.actors.length} actors, ${atlas.relations.length} relations, ${atlas.events.length} events; ${RUNS} runs each.`);
  if (results.includes(false)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
