import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../api/result';
import { OPERATION_NAMES } from '../../../api/operations';
import { registerIpcHandlers } from '../../../electron/main/ipc';
import { presentationDisplays } from '../../../electron/main/presentation-displays';
import { blockNetworkRequests, denyPermissions, hardenWebContents, isTrustedUrl, LOCKED_DOWN_WEB_PREFERENCES } from '../../../electron/main/security';

/**
 * Fakes stand in for the few Electron objects these modules touch (no Electron binary can
 * run here); each fake records only what the code under test hands to it.
 */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

describe('window hardening', () => {
  it('creates the window with context isolation, the sandbox, and no Node or webviews', () => {
    expect(LOCKED_DOWN_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
  });

  it('trusts only the app’s own pages', () => {
    expect(isTrustedUrl('app://atlas/index.html')).toBe(true);
    for (const url of ['https://atlas/', 'app://evil/index.html', 'file:///index.html', 'http://127.0.0.1:4178/', '', null, 'not a url']) {
      expect(isTrustedUrl(url), String(url)).toBe(false);
    }
  });

  it('stops navigation, redirects and webviews, and denies new windows', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeEvent();
      contents.emit(name, event, 'https://example.com/');
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission except writing to the clipboard', () => {
    type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    type CheckHandler = (contents: unknown, permission: string) => boolean;
    const installed: { request?: RequestHandler; check?: CheckHandler } = {};
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (installed.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (installed.check = handler),
    };
    denyPermissions(session as unknown as Session);
    const answers: Record<string, boolean> = {};
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'clipboard-sanitized-write']) {
      installed.request?.(null, permission, (granted) => (answers[permission] = granted));
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      'clipboard-read': false,
      openExternal: false,
      'clipboard-sanitized-write': true,
    });
    expect(installed.check?.(null, 'media')).toBe(false);
  });

  it('cancels every request to the network', () => {
    type Listener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    const installed: { filter?: { urls: string[] }; listener?: Listener } = {};
    const session = {
      webRequest: { onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => Object.assign(installed, { filter, listener }) },
    };
    blockNetworkRequests(session as unknown as Session);
    expect(installed.filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const responses: { cancel: boolean }[] = [];
    installed.listener?.({ url: 'https://fonts.googleapis.com/css' }, (response) => responses.push(response));
    expect(responses).toEqual([{ cancel: true }]);
  });
});

describe('IPC handlers', () => {
  function register() {
    const handlers = new Map<string, (event: unknown, args: unknown) => unknown>();
    const dispatched: [string, unknown][] = [];
    registerIpcHandlers({ handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) => handlers.set(channel, handler) } as never, async (
      operation,
      args,
    ) => {
      dispatched.push([operation, args]);
      return ok('answered');
    });
    return { handlers, dispatched };
  }

  it('registers one channel per operation of the contract', () => {
    expect([...register().handlers.keys()]).toEqual(OPERATION_NAMES.map((name) => `atlas:${name}`));
  });

  it('answers the app’s own window and refuses any other sender before looking at its arguments', async () => {
    const { handlers, dispatched } = register();
    const handler = handlers.get('atlas:getActorDetails');
    expect(await handler?.({ senderFrame: { url: 'app://atlas/index.html' } }, { actorId: 'nisc' })).toEqual(ok('answered'));
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' } }, { actorId: 'nisc' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'getActorDetails may only be called by the Alliance Atlas window.' },
    });
    expect(await handler?.({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatched).toEqual([['getActorDetails', { actorId: 'nisc' }]]);
  });
});

describe('choosing displays for presenting', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
  const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

  it('puts the audience on the projector and the notes on the laptop', () => {
    expect(presentationDisplays([laptop, projector], 1)).toEqual({ audience: projector, presenter: laptop });
    expect(presentationDisplays([projector, laptop], 1)).toEqual({ audience: projector, presenter: laptop });
  });

  it('has nothing to arrange with a single display', () => {
    expect(presentationDisplays([laptop], 1)).toBeNull();
  });
});
