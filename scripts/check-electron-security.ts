// npm run check:electron
// Scans the built Electron code (npm run build:main first) with @doyensec/electronegativity
// and fails on any HIGH or MEDIUM finding that electronegativity.config.json does not document
// as a false positive. The scanner reads only .js files and takes the Electron version from a
// package.json, so the bundles are copied into a scratch folder as such.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from './electron-binary';

interface Config {
  readonly scan: readonly string[];
  readonly skippedChecks: readonly { readonly check: string; readonly reason: string }[];
  readonly falsePositives: readonly { readonly id: string; readonly reason: string }[];
}

interface Issue {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly description: string;
  readonly severity: { readonly value: number; readonly name: string };
  readonly confidence: { readonly name: string };
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<{ readonly issues: readonly Issue[]; readonly errors: readonly unknown[] }>;

const MEDIUM = 2;
const config = JSON.parse(readFileSync(join(PROJECT_ROOT, 'electronegativity.config.json'), 'utf8')) as Config;
const projectPackage = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const scannerRequire = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/runner.js'));
// On start the scanner downloads translations of its messages, retrying for seconds when there
// is no network; its English messages are built in, so the download is answered "offline" at once.
const got = scannerRequire.resolve('got');
scannerRequire.cache[got] = Object.assign(new Module(got), { loaded: true, exports: () => Promise.reject(new Error('offline')) });
const run = scannerRequire('./runner.js') as Run;

const missing = config.scan.filter((file) => !existsSync(join(PROJECT_ROOT, file)));
if (missing.length > 0) {
  console.error(`Build the app first (npm run build:main): ${missing.join(', ')} missing.`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'atlas-electronegativity-'));
try {
  for (const file of config.scan) copyFileSync(join(PROJECT_ROOT, file), join(scratch, basename(file).replace(/\.c?js$/, '.js')));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'alliance-atlas', devDependencies: { electron: projectPackage.devDependencies['electron'] } }));
  const { issues, errors } = await run(
    {
      input: scratch,
      customScan: [],
      excludeFromScan: config.skippedChecks.map((skipped) => skipped.check),
      isRelative: true,
      isVerbose: false,
      parserPlugins: [],
    },
    false,
  );
  const serious = issues.filter((issue) => issue.severity.value >= MEDIUM);
  const documented = new Map(config.falsePositives.map((entry) => [entry.id, entry.reason]));
  const failing = serious.filter((issue) => !documented.has(issue.id));
  for (const issue of serious) {
    const where = issue.file === 'N/A' ? 'whole app' : `${issue.file}:${issue.location.line}`;
    const verdict = documented.has(issue.id) ? `documented false positive: ${documented.get(issue.id)}` : 'FAIL';
    console.log(`${issue.severity.name} ${issue.confidence.name} ${issue.id} (${where}): ${issue.description}\n  → ${verdict}`);
  }
  for (const skipped of config.skippedChecks) console.log(`skipped ${skipped.check}: ${skipped.reason}`);
  if (errors.length > 0) console.error(`The scanner could not parse part of the code:`, errors);
  console.log(`electronegativity: ${config.scan.length} files, ${serious.length} high or medium findings, ${failing.length} not documented as false positives.`);
  if (failing.length > 0 || errors.length > 0) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
