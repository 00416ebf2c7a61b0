import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedElectronBinary, PROJECT_ROOT } from '../../scripts/electron-binary';
import { prepareElectronNativeBinding } from '../../scripts/electron-native';
import { smallBundleWith } from '../support/bundles';
import { makeTempDir } from '../support/temp-dir';

const binary = installedElectronBinary();
const SKIP_REASON = 'Electron end-to-end tests skipped: no Electron binary in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline).';
// Said once, by the runner (not by each worker), so the run's output records why.
if (!binary && process.env['TEST_WORKER_INDEX'] === undefined) console.log(SKIP_REASON);
// The release workflow must test the desktop app, never skip it.
if (!binary && process.env['ATLAS_REQUIRE_ELECTRON']) throw new Error(SKIP_REASON.replace('skipped', 'cannot run'));

test.describe('the desktop app', () => {
  test.skip(!binary, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let data: ReturnType<typeof makeTempDir>;

  const launch = async (...args: string[]) => {
    app = await electron.launch({ executablePath: binary ?? undefined, args: [PROJECT_ROOT, '--data-dir', data.path, ...args], cwd: PROJECT_ROOT });
    page = await app.firstWindow();
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  };

  test.beforeAll(() => {
    prepareElectronNativeBinding();
  });
  test.beforeEach(() => {
    data = makeTempDir('atlas-electron-');
  });
  test.afterEach(async () => {
    await app?.close();
    data.remove();
  });

  test('opens the map from its own database, in a locked-down window', async () => {
    await launch();
    expect(await page.evaluate(() => window.__atlasMap?.nodes().length)).toBeGreaterThan(60);
    expect(page.url()).toBe('app://atlas/index.html');
    // No Node in the page, and the bridge exposes the contract's methods but not ipcRenderer.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.atlas ?? {}))).toContain('getAtlas');
    expect(await page.evaluate(() => 'ipcRenderer' in (window.atlas ?? {}))).toBe(false);
  });

  test('refuses navigation, new windows and network requests', async () => {
    await launch();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://atlas/index.html');
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
    const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'));
    expect(fetched).toBe('blocked');
  });

  test('rebuilds the native menu in the language chosen in the window', async () => {
    await launch();
    await page.getByRole('radio', { name: '日本語', exact: true }).click();
    await expect
      .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []))
      .toContain('ファイル');
  });

  test('starts on a malformed --dataset file by saying what is wrong and keeping the data', async () => {
    const broken = join(data.path, 'broken.json');
    writeFileSync(broken, JSON.stringify(smallBundleWith((b) => (b.actors[0]!['type'] = 'embassy'))));
    await launch('--dataset', broken);
    await expect(page.locator('.banner')).toContainText('The dataset file "broken.json" was refused');
    expect(await page.evaluate(() => window.__atlasMap?.nodes().length)).toBeGreaterThan(60);
  });

  test('backs up on quitting, and brings a briefing back after the database was emptied', async () => {
    await launch();
    await page.evaluate(() => window.atlas?.createBriefing({ title: { en: 'Made today' } }));
    await app.close();
    truncateSync(join(data.path, 'atlas.sqlite'), 0);
    await launch();
    await expect(page.locator('.banner')).toContainText('was empty (0 bytes). It was restored from the newest good backup');
    const briefings = await page.evaluate(() => window.atlas?.listBriefings({}));
    expect(briefings).toMatchObject({ ok: true, value: [{ title: { en: 'Made today' } }] });
  });
});
