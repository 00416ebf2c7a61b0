import { chromium, type Browser } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPreview } from '../../tests/support/preview-server';
import { makeTempDir } from '../../tests/support/temp-dir';
import { syntheticBundle } from './synthetic-bundle';

/**
 * The renderer's side of `npm run bench` (after scripts/benchmark.ts): in Chromium against the browser preview, the time
 * from navigation to the first readable map (data loaded, fonts ready, labels placed, nothing
 * moving), on the shipped data and on generated bundles of 1,000 and 5,000 organizations.
 */

const executablePath = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const RUNS = 3;

async function firstReadableMap(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const start = performance.now();
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector('.app[data-ready="true"]') !== null && window.__atlasMapController !== undefined && !window.__atlasMapController.settling,
      undefined,
      { timeout: 180_000, polling: 50 },
    );
    return performance.now() - start;
  } finally {
    await page.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
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
  try {
    console.log(`\nRenderer (Chromium, 1440×900; median of ${RUNS} page loads, first load excluded):`);
    const cases: { name: string; dataset: string | null }[] = [{ name: 'shipped data', dataset: null }];
    for (const size of [1000, 5000]) {
      const file = join(dir.path, `synthetic-${size}.json`);
      writeFileSync(file, JSON.stringify(syntheticBundle(size)));
      cases.push({ name: `${size.toLocaleString('en')} organizations / ${(size * 4).toLocaleString('en')} relations`, dataset: file });
    }
    for (const { name, dataset } of cases) {
      const server = await startPreview(join(dir.path, `data-${cases.indexOf(cases.find((c) => c.name === name)!)}`), dataset ? ['--dataset', dataset] : []);
      try {
        await firstReadableMap(browser, server.url);
        const times: number[] = [];
        for (let run = 0; run < RUNS; run++) times.push(await firstReadableMap(browser, server.url));
        console.log(`  first readable map, ${name.padEnd(44)} median ${(median(times) / 1000).toFixed(2).padStart(6)} s   min ${(Math.min(...times) / 1000).toFixed(2)} s   max ${(Math.max(...times) / 1000).toFixed(2)} s`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
    dir.remove();
  }
}

await rendererBenchmark();
