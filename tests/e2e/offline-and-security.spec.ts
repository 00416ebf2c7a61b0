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
