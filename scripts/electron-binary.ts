import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELECTRON_PACKAGE = join(PROJECT_ROOT, 'node_modules', 'electron');

/**
 * The installed Electron executable, or null when `npm install` skipped its download
 * (ELECTRON_SKIP_BINARY_DOWNLOAD, or no network). Requiring the electron package instead
 * would try to download the binary on the spot.
 */
export function installedElectronBinary(): string | null {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ELECTRON_PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function installedElectronVersion(): string {
  return (JSON.parse(readFileSync(join(ELECTRON_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
}

export const MISSING_ELECTRON_HELP =
  'The Electron binary is not installed (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or without network access). ' +
  'On a machine with internet access and Node 22.12 or newer, run "npm install" again (without that variable) to download it. ' +
  'Meanwhile, "npm run preview" runs the same app in a browser.';
