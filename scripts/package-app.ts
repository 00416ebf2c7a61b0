// npm run package [-- --win | --mac | --linux]
// Builds installers with electron-builder (see electron-builder.yml). electron-builder
// rebuilds better-sqlite3 for Electron inside node_modules; afterwards it is rebuilt for Node
// again so that the tests and the preview keep working.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { installedElectronBinary, MISSING_ELECTRON_HELP, PROJECT_ROOT } from './electron-binary';

if (!installedElectronBinary()) {
  console.error(MISSING_ELECTRON_HELP);
  process.exit(1);
}
// Both tools are started through Node itself: Windows refuses to spawn .cmd shims without a shell.
const electronBuilder = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const npm = process.env['npm_execpath'];
try {
  execFileSync(process.execPath, [electronBuilder, '--publish', 'never', ...process.argv.slice(2)], { cwd: PROJECT_ROOT, stdio: 'inherit' });
} finally {
  if (npm) execFileSync(process.execPath, [npm, 'rebuild', 'better-sqlite3'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  else console.warn('Run "npm rebuild better-sqlite3" now: the tests and the preview need it built for Node again.');
}
