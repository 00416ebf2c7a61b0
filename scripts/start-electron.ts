// npm start [-- --dataset bundle.json] [-- --data-dir folder]
// Runs the desktop app from the built files (npm start builds them first).
import { spawn } from 'node:child_process';
import { installedElectronBinary, MISSING_ELECTRON_HELP, PROJECT_ROOT } from './electron-binary';
import { prepareElectronNativeBinding } from './electron-native';

const electron = installedElectronBinary();
if (!electron) {
  console.error(MISSING_ELECTRON_HELP);
  process.exit(1);
}
prepareElectronNativeBinding();
const child = spawn(electron, [PROJECT_ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
