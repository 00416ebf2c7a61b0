import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CommandLineOptions {
  /** --dataset <bundle.json>: start on this bundle instead of the shipped one. */
  readonly datasetPath: string | null;
  /** --data-dir <folder>: where the database lives (tests use a fresh temporary folder). */
  readonly dataDirectory: string | null;
  /** --port <n>: preview only; 0 picks a free port. */
  readonly port: number | null;
}

/**
 * Reads the options both the desktop app and the preview accept. Unknown arguments are
 * ignored because Electron and Chromium add their own.
 */
export function parseCommandLine(argv: readonly string[], workingDirectory = process.cwd()): CommandLineOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dataset: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const path = (value: unknown) => (typeof value === 'string' && value !== '' ? resolve(workingDirectory, value) : null);
  const port = typeof values.port === 'string' ? Number(values.port) : null;
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${String(values.port)}".`);
  }
  return { datasetPath: path(values.dataset), dataDirectory: path(values['data-dir']), port };
}
