import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_MAX_BYTES } from '../api/contract';
import { fail } from '../api/result';
import { parseCommandLine } from '../backend/command-line';
import { datasetTooLarge } from '../backend/dataset-files';
import { createDispatcher, type Dispatch } from '../backend/dispatch';
import { openWorkspace } from '../backend/workspace';
import { StartupError } from '../backend/startup-error';
import { contentTypeOf, resolveStaticPath, SECURITY_HEADERS } from '../backend/static-files';
import { pickUiLanguage } from '../domain/languages';

/**
 * The browser preview: the built renderer and the same operation handlers as the desktop
 * app, over HTTP on 127.0.0.1 only. POST /api/<operation> with JSON arguments answers the
 * operation's Result; everything else is a file of the renderer.
 */

// This file is bundled to dist/preview/server.mjs, two folders below the project root.
const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const rendererRoot = join(projectRoot, 'dist', 'renderer');
const importWorkerFile = fileURLToPath(new URL('./import-worker.mjs', import.meta.url));
const DEFAULT_PORT = 4178;
// A dataset's text, JSON-escaped, with room for the file name around it.
const MAX_BODY_BYTES = DATASET_MAX_BYTES * 2;

/** The terminal's language, for start-up errors printed before any page is open. */
const consoleLanguage = pickUiLanguage(
  [process.env['LC_ALL'], process.env['LC_MESSAGES'], process.env['LANG'], Intl.DateTimeFormat().resolvedOptions().locale].filter(
    (tag): tag is string => typeof tag === 'string' && tag !== '' && tag !== 'C' && !tag.startsWith('C.'),
  ),
);

class BodyTooLargeError extends Error {}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}

/** Reads the body; past the limit it keeps reading but drops the rest, so the browser receives the answer instead of a broken connection. */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLargeError()) : resolveBody(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Refuses requests addressed to another host name: a DNS-rebinding page cannot reach the preview. */
function isAddressedToUs(request: IncomingMessage, port: number): boolean {
  return allowedHosts(port).includes(request.headers.host ?? '');
}

/**
 * The preview's equivalent of Electron's sender check: only pages served by this server may
 * call the API. The Origin and Fetch-Metadata checks stop other sites open in the same
 * browser from calling it.
 */
function isOwnPage(request: IncomingMessage, port: number): boolean {
  if (!isAddressedToUs(request, port)) return false;
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((host) => origin === `http://${host}`)) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

async function handleApi(request: IncomingMessage, response: ServerResponse, operation: string, dispatch: Dispatch): Promise<void> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(response, 415, fail('invalid_arguments', 'Send the arguments as application/json.'));
    return;
  }
  let args: unknown;
  try {
    args = JSON.parse(await readBody(request));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      const tooLarge = datasetTooLarge(null, Number(request.headers['content-length'] ?? MAX_BODY_BYTES));
      sendJson(response, 413, fail(tooLarge.code, tooLarge.message, undefined, { texts: tooLarge.texts }));
    } else sendJson(response, 400, fail('invalid_arguments', `The request body is not valid JSON: ${(error as Error).message}`));
    return;
  }
  sendJson(response, 200, await dispatch(operation, args));
}

async function handleFile(urlPath: string, response: ServerResponse, headOnly: boolean): Promise<void> {
  const file = resolveStaticPath(rendererRoot, urlPath);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
  response.end(headOnly ? undefined : body);
}

function main(): void {
  const options = parseCommandLine(process.argv.slice(2));
  const workspace = openWorkspace(
    {
      dataDirectory: options.dataDirectory ?? join(projectRoot, '.preview-data'),
      bundledDatasetPath: join(projectRoot, 'assets', 'dataset', 'alliance-atlas.json'),
      requestedDatasetPath: options.datasetPath,
      systemLanguage: consoleLanguage,
    },
    { hooks: { importWorkerFile } },
  );
  for (const notice of workspace.session().notices) console.error([notice.message, ...notice.problems.map((p) => `  - ${p}`)].join('\n'));
  const dispatch = createDispatcher(workspace.handlers);

  const server = createServer((request, response) => {
    const port = (server.address() as { port: number }).port;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    const respond = async () => {
      if (!isAddressedToUs(request, port)) sendJson(response, 403, fail('forbidden', 'The preview answers only at 127.0.0.1 or localhost.'));
      else if (api && !isOwnPage(request, port)) sendJson(response, 403, fail('forbidden', 'Only the preview page itself may use its API.'));
      else if (api && request.method === 'POST') await handleApi(request, response, api[1] ?? '', dispatch);
      else if (request.method === 'GET' || request.method === 'HEAD') await handleFile(url.pathname, response, request.method === 'HEAD');
      else sendJson(response, 405, fail('invalid_arguments', `${request.method ?? 'This method'} is not supported here.`));
    };
    respond().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, fail('internal', 'The preview server failed; see its log.'));
    });
  });

  server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(`Alliance Atlas preview: http://127.0.0.1:${port}/`);
  });
  const stop = () => {
    server.close();
    workspace.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  main();
} catch (error) {
  console.error(error instanceof StartupError ? error.inLanguage(consoleLanguage) : `Alliance Atlas preview could not start: ${(error as Error).message}`);
  process.exit(1);
}
