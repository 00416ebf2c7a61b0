import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * A tiny static server on 127.0.0.1 for the bare baseline page: its HTML and script, the app's
 * own Cytoscape build from node_modules, and the scene captured from the app for the current
 * dataset size. Nothing leaves the machine.
 */

const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const STATIC: Record<string, { path: string; type: string }> = {
  '/': { path: file('../bare-page/index.html'), type: 'text/html; charset=utf-8' },
  '/bare.js': { path: file('../bare-page/bare.js'), type: 'text/javascript; charset=utf-8' },
  '/cytoscape.min.js': { path: file('../../../node_modules/cytoscape/dist/cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
};

export interface BareServer {
  readonly url: string;
  /** The scene the page draws next time it loads (JSON text). */
  setScene(json: string): void;
  stop(): Promise<void>;
}

export function startBareServer(): Promise<BareServer> {
  let scene = '{}';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/scene.json') {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(scene);
      return;
    }
    const entry = STATIC[path];
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': entry.type });
    response.end(readFileSync(entry.path));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/`,
        setScene: (json) => (scene = json),
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
