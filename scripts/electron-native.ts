import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedElectronVersion, PROJECT_ROOT } from './electron-binary';

/**
 * Electron embeds its own Node with another ABI than the Node that runs the tests and the
 * preview, so node_modules/better-sqlite3 cannot serve both. This builds a second copy of the
 * native module for Electron into .electron-native/, which the main process loads in
 * development (electron/main/native-binding.ts). Packaged apps are rebuilt by electron-builder.
 */
const OUTPUT_DIR = join(PROJECT_ROOT, '.electron-native');
const OUTPUT_FILE = join(OUTPUT_DIR, 'better_sqlite3.node');
const STAMP_FILE = join(OUTPUT_DIR, 'stamp.txt');
const SOURCE_PACKAGE = join(PROJECT_ROOT, 'node_modules', 'better-sqlite3');

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export function prepareElectronNativeBinding(): string {
  const electronVersion = installedElectronVersion();
  const stamp = `electron ${electronVersion}, better-sqlite3 ${packageVersion(SOURCE_PACKAGE)}, ${process.platform}-${process.arch}`;
  if (existsSync(OUTPUT_FILE) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === stamp) return OUTPUT_FILE;

  const work = join(OUTPUT_DIR, 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  cpSync(SOURCE_PACKAGE, work, { recursive: true, filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`) });

  const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const target = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
  // A machine-wide nodedir (set here for offline Node builds) would make node-gyp use Node's headers.
  const env = { ...process.env, npm_config_nodedir: '' };
  console.log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
  try {
    execFileSync(bin('prebuild-install'), target, { cwd: work, stdio: 'inherit', env });
  } catch {
    console.log('No prebuilt binary; compiling against Electron headers.');
    execFileSync(bin('node-gyp'), ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit', env });
  }
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), OUTPUT_FILE);
  writeFileSync(STAMP_FILE, stamp);
  return OUTPUT_FILE;
}
