import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * In development, node_modules holds better-sqlite3 built for Node (tests need that), so
 * `npm start` prepares a copy built for Electron's ABI in .electron-native/ and the main
 * process loads that one. Packaged apps are rebuilt for Electron by electron-builder.
 */
export function electronNativeBinding(appPath: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = join(appPath, '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
