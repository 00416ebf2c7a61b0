import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../dist/preview/server.mjs', import.meta.url));

export interface PreviewServer {
  readonly url: string;
  readonly dataDirectory: string;
  /** Everything the server wrote to stderr so far (startup notices, errors). */
  stderr(): string;
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or a power cut would stop it. */
  kill(): Promise<void>;
}

/** Starts `node dist/preview/server.mjs` on a free port with its own data folder. */
export function startPreview(dataDirectory: string, extraArgs: readonly string[] = []): Promise<PreviewServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--port', '0', '--data-dir', dataDirectory, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.once('exit', (code) => reject(new Error(`preview server exited with ${code}: ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (!match) return;
      child.removeAllListeners('exit');
      resolve({
        url: match[0],
        dataDirectory,
        stderr: () => stderr,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}
