// npm run package [-- --win | --mac | --linux]
// Builds installers with electron-builder (see electron-builder.yml). electron-builder
// rebuilds better-sqlite3 for Electron inside node_modules; afterwards it is rebuilt for Node
// again so that the tests and the preview keep working.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { installedElectronBinary, MISSING_ELECTRON_HELP, PROJECT_ROOT } from './electron-binary';

if (!installedElectronBinary()) {
  console.error(MISSING_ELECTRON_HELP);
  process.exit(1);
}
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
try {
  execFileSync(bin('electron-builder'), ['--publish', 'never', ...process.argv.slice(2)], { cwd: PROJECT_ROOT, stdio: 'inherit' });
} finally {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
