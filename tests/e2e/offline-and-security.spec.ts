import { createServer } from 'node:http';
import type { Request } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { smallBundleWith } from '../support/bundles';
import { expect, test } from './fixtures';

test('everything, fonts included, comes from the app itself', async ({ atlas, page }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await atlas.open();
  expect([...origins]).toEqual([new URL(atlas.url).origin]);
  const fontLoaded = await page.evaluate(() => document.fonts.check('12px "Noto Sans JP"', '内閣サイバーセキュリティセンター'));
  expect(fontLoaded).toBe(true);
});

test('pages carry a strict Content-Security-Policy', async ({ page, preview }) => {
  const response = await page.goto(preview.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
});

test('the preview API answers only its own page', async ({ playwright, preview }) => {
  const request = await playwright.request.newContext();
  const own = await request.post(`${preview.url}api/getSettings`, { data: {}, headers: { Origin: preview.url.replace(/\/$/, '') } });
  expect(own.status()).toBe(200);
  const foreign = await request.post(`${preview.url}api/getSettings`, { data: {}, headers: { Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  const rebound = await request.post(`${preview.url}api/getSettings`, { data: {}, headers: { Host: 'evil.example:80' } });
  expect(rebound.status()).toBe(403);
  const crossSite = await request.post(`${preview.url}api/getSettings`, { data: {}, headers: { 'Sec-Fetch-Site': 'cross-site' } });
  expect(crossSite.status()).toBe(403);
  const badArgs = await request.post(`${preview.url}api/getActorDetails`, { data: { actorId: 1 } });
  expect(await badArgs.json()).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  const traversal = await request.get(`${preview.url}..%2f..%2fpackage.json`);
  expect(traversal.status()).toBe(404);
  await request.dispose();
});

test('a page from another local port cannot change anything through the preview API, with fetch or sendBeacon', async ({ atlas, context, page, preview }) => {
  await atlas.open();
  const own = async <T>(operation: string, args: unknown = {}) =>
    page.evaluate(
      async ([name, body]) => (await (await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()) as { value: unknown },
      [operation, args] as const,
    ).then((result) => result.value as T);
  const { id: briefingId } = await own<{ id: number }>('createBriefing', { title: { en: 'Not to be deleted' } });
  const datasetBefore = (await own<{ dataset: unknown }>('getAtlas')).dataset;

  // Another site on the same machine: same host, another port, so another origin.
  const elsewhere = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Elsewhere</title><p>Another local web app</p>');
  });
  await new Promise<void>((listening) => elsewhere.listen(0, '127.0.0.1', listening));
  const attacker = await context.newPage();
  // The attacker's page sees no answers (the browser withholds them); the requests' ends are what tell that they were made.
  const settled: string[] = [];
  const settle = (request: Request, outcome: string) => {
    if (request.url().startsWith(`${preview.url}api/`)) settled.push(`${request.resourceType()} ${new URL(request.url()).pathname}: ${outcome}`);
  };
  attacker.on('requestfinished', (request) => settle(request, 'answered'));
  attacker.on('requestfailed', (request) => settle(request, request.failure()?.errorText ?? 'failed'));
  try {
    await attacker.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
    const bundle = JSON.stringify(smallBundleWith(() => undefined));
    const beacons = await attacker.evaluate(
      async ({ api, briefing, text }) => {
        let queued = 0;
        for (const [operation, args] of [['deleteBriefing', { briefingId: briefing }], ['importDataset', { fileName: 'x.json', text }]] as const) {
          const body = JSON.stringify(args);
          // A "simple" request, which the browser sends without asking the server first.
          await fetch(`${api}${operation}`, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }).catch(() => undefined);
          // A JSON request: the browser asks first (a CORS preflight), and the preview says no.
          await fetch(`${api}${operation}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).catch(() => undefined);
          if (navigator.sendBeacon(`${api}${operation}`, body)) queued += 1;
          if (navigator.sendBeacon(`${api}${operation}`, new Blob([body], { type: 'text/plain' }))) queued += 1;
        }
        return queued;
      },
      { api: `${preview.url}api/`, briefing: briefingId, text: bundle },
    );
    expect(beacons).toBe(4);
    // Two fetches and two beacons per operation, each ended: the server has answered all it received.
    await expect.poll(() => settled.length).toBe(8);
    expect(settled.filter((request) => request.startsWith('ping')).every((request) => request.endsWith('net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin'))).toBe(true);
  } finally {
    await attacker.close();
    elsewhere.close();
  }
  expect((await own<{ id: number }[]>('listBriefings')).map((briefing) => briefing.id)).toEqual([briefingId]);
  expect((await own<{ dataset: unknown }>('getAtlas')).dataset).toEqual(datasetBefore);
});
