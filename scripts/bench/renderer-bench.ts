import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview } from '../../tests/support/preview-server';
import { makeTempDir } from '../../tests/support/temp-dir';
import { syntheticBundle } from './synthetic-bundle';
import { runApp, type AppRun } from './renderer/app-steps';
import { runBare, type BareRun } from './renderer/bare-steps';
import { startBareServer } from './renderer/bare-server';
import { captureHidden, captureLabels, captureLoaded, type BareScene } from './renderer/capture';
import { installBenchHooks } from './renderer/page-hooks';
import { sizeTable, type SizeName } from './renderer/report';

/**
 * The renderer's side of `npm run bench` (after scripts/benchmark.ts): Chromium against the
 * browser preview and, side by side in the same run, a bare page drawing the same elements
 * with the same Cytoscape build at the same positions (issue 14). App and bare runs alternate;
 * each app run starts from a fresh copy of the same data folder and a fresh browser context.
 * BENCH_RUNS (default 7) sets the repetitions, BENCH_SIZES (default shipped,1000,5000) the sizes.
 */

const executablePath = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 7));
const SIZES = (process.env['BENCH_SIZES'] ?? 'shipped,1000,5000').split(',').map((s) => s.trim()) as SizeName[];
const TIMEOUT_MS = 300_000;
// Every run has a fresh context and data folder, so the warm-up differs from the others only by
// the OS's file cache; BENCH_COUNT_WARMUP=1 counts it (for a quick 5k figure on a busy machine).
const COUNT_WARMUP = process.env['BENCH_COUNT_WARMUP'] === '1';
// Each one existed on the date the search runs at (2016), and is folded away in the first view,
// so choosing it opens its parent. (CISA, searched before, dates from 2018: at that date it is
// not on the map, and the step timed the details panel only.)
const SEARCH_QUERY: Record<SizeName, string> = { shipped: 'FBI', '1000': 'US ministry 2', '5000': 'US ministry 2' };
const DESCRIPTION: Record<SizeName, string> = {
  shipped: 'shipped dataset',
  '1000': '1,000 organizations / 4,000 relations',
  '5000': '5,000 organizations / 20,000 relations',
};

async function newContext(browser: Browser, blocked: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  // At 5,000 organizations a step can freeze the page for longer than Playwright's default 30 s.
  context.setDefaultTimeout(TIMEOUT_MS);
  context.on('weberror', (error) => console.error(`  page error: ${error.error().message}`));
  // tsx (esbuild) wraps named functions in __name(); the page has no such helper, so give it one.
  await context.addInitScript({ content: `(() => { const __name = (target) => target; (${installBenchHooks.toString()})(); })();` });
  // Offline: anything that tries to leave 127.0.0.1 is refused and reported.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return context;
}

async function benchSize(browser: Browser, size: SizeName, root: string, blocked: string[]): Promise<void> {
  const datasetArgs: string[] = [];
  if (size !== 'shipped') {
    const file = join(root, `synthetic-${size}.json`);
    writeFileSync(file, JSON.stringify(syntheticBundle(Number(size))));
    datasetArgs.push('--dataset', file);
  }
  // The first start imports the dataset; every run then starts from a copy of that folder.
  const template = join(root, `template-${size}`);
  await (await startPreview(template, datasetArgs)).stop();
  let copies = 0;
  const withPreview = async <T>(use: (url: string) => Promise<T>): Promise<T> => {
    const folder = join(root, `run-${size}-${copies++}`);
    cpSync(template, folder, { recursive: true });
    const server = await startPreview(folder, datasetArgs);
    try {
      return await use(server.url);
    } finally {
      await server.stop();
    }
  };
  const inContext = async <T>(use: (context: BrowserContext) => Promise<T>): Promise<T> => {
    const context = await newContext(browser, blocked);
    try {
      return await use(context);
    } finally {
      await context.close();
    }
  };

  // A first, uncounted app run warms the caches and captures what the bare page draws.
  const scene: Partial<BareScene> = {};
  const warmUp = await withPreview((url) =>
    inContext(async (context) => {
      const page = await context.newPage();
      return runApp(page, {
        url,
        searchQuery: SEARCH_QUERY[size],
        timeoutMs: TIMEOUT_MS,
        onState: async (state) => {
          if (state === 'loaded') Object.assign(scene, await captureLoaded(page));
          if (state === 'japanese') scene.labelsJa = await captureLabels(page);
          if (state === 'dateBefore') scene.hiddenBefore = await captureHidden(page);
          if (state === 'dateAfter') scene.hiddenAfter = await captureHidden(page);
        },
      });
    }),
  );
  const bareServer = await startBareServer();
  bareServer.setScene(JSON.stringify(scene));
  const app: AppRun[] = [];
  const bare: BareRun[] = [];
  try {
    console.error(`  ${size}: warm-up done (${(warmUp.navigation.ms / 1000).toFixed(1)} s to an interactive map, ${scene.elements?.length ?? 0} elements)`);
    for (let run = 1; run <= RUNS; run++) {
      try {
        const appRun =
          COUNT_WARMUP && run === 1
            ? warmUp
            : await withPreview((url) => inContext(async (context) => runApp(await context.newPage(), { url, searchQuery: SEARCH_QUERY[size], timeoutMs: TIMEOUT_MS })));
        const bareRun = await inContext(async (context) => runBare(await context.newPage(), bareServer.url, warmUp.clickedId, TIMEOUT_MS));
        app.push(appRun);
        bare.push(bareRun);
        console.error(`  ${size}: run ${run}/${RUNS}: app ${(appRun.navigation.ms / 1000).toFixed(2)} s, bare ${(bareRun.navigation.ms / 1000).toFixed(2)} s to the map`);
      } catch (error) {
        console.error(`  ${size}: run ${run}/${RUNS} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await bareServer.stop();
  }
  console.log(`\n${DESCRIPTION[size]} — ${app.length} app and ${bare.length} bare runs, interleaved:\n`);
  if (app.length > 0) console.log(sizeTable(size, app, bare));
}

async function rendererBenchmark(): Promise<void> {
  if (!existsSync('dist/preview/server.mjs')) {
    console.log('\nRenderer: skipped, the app is not built (run `npm run build` first).');
    return;
  }
  const dir = makeTempDir('atlas-bench-renderer-');
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const blocked: string[] = [];
  try {
    const runs = `${RUNS} run${RUNS === 1 ? '' : 's'} per size${COUNT_WARMUP ? ', the first being the capture run' : ' after a warm-up'}`;
    console.log(`\nRenderer (Chromium, 1440×900, EN locale; ${runs}; times are from the user's input to the painted frame after the page settles):`);
    for (const size of SIZES) {
      try {
        await benchSize(browser, size, dir.path, blocked);
      } catch (error) {
        console.log(`\n${DESCRIPTION[size] ?? size}: failed: ${error instanceof Error ? error.stack : String(error)}`);
        process.exitCode = 1;
      }
    }
    if (blocked.length > 0) {
      console.log(`\nRequests that tried to leave 127.0.0.1 (refused): ${[...new Set(blocked)].join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    dir.remove();
  }
}

await rendererBenchmark();
