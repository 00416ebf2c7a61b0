import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf, resolveStaticPath, SECURITY_HEADERS } from '../../backend/static-files';

const SCHEME = 'app';

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetch-able). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer at app://atlas/ with the app's Content-Security-Policy; nothing outside its folder. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'atlas' ? resolveStaticPath(rendererRoot, url.pathname) : null;
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(body, { headers: { 'Content-Type': contentTypeOf(file), ...SECURITY_HEADERS } });
  });
}
