import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL_BUNDLE_PATH } from '../support/bundles';
import { writeThreeCountryBundle } from '../support/generated-bundles';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import type { AtlasPage } from './pages/atlas-page';
import { BriefingPanel } from './pages/briefing-panel';
import { ComparePanel } from './pages/compare-panel';
import { breaksInsideKatakanaWords, wrappedTexts } from './pages/japanese-lines';

/**
 * Who does what (issue 10): the countries side by side by function, counterparts, sectors,
 * paths between two organizations and the key connectors, tied to the map both ways.
 */

const hasPoppler = existsSync('/usr/bin/pdftotext');
// A language switch relabels the whole map and the print view draws every scene: on a shared CI machine these take a while.
test.describe.configure({ timeout: 240_000 });
const generated = makeTempDir('atlas-compare-bundles-');
const threeCountryBundle = writeThreeCountryBundle(generated.path);
test.afterAll(() => generated.remove());

async function openComparison(atlas: AtlasPage, date: string): Promise<ComparePanel> {
  await atlas.open();
  await atlas.showMapAsOf(date);
  const compare = new ComparePanel(atlas.page);
  await compare.open();
  await expect(compare.panel).toBeVisible();
  return compare;
}

test('the incident-response and information-sharing rows follow the as-of date: CISA and the National Cybersecurity Office, NISC before', async ({ atlas }) => {
  const compare = await openComparison(atlas, '2026-12-01');
  await expect(compare.columnHeaders()).toHaveText(['Japan', 'United States']);
  for (const fn of ['incident_response', 'information_sharing']) {
    await expect(compare.cell(fn, 'US').locator('li').first()).toContainText('Cybersecurity and Infrastructure Security Agency');
    await expect(compare.cell(fn, 'US').locator('li').first()).toContainText('Lead');
    await expect(compare.cell(fn, 'JP').locator('li').first()).toContainText('National Cybersecurity Office');
    await expect(compare.cell(fn, 'JP').locator('li').first()).toContainText('Lead');
    await expect(compare.cell(fn, 'JP')).not.toContainText('National center of Incident readiness');
  }
  await expect(compare.cell('incident_response', 'US').getByRole('button', { name: /organizations$/ })).toHaveText(/^\d+ organizations$/);

  await atlas.showMapAsOf('2020-01-01');
  for (const fn of ['incident_response', 'information_sharing']) {
    await expect(compare.cell(fn, 'JP').locator('li').first()).toContainText('National center of Incident readiness and Strategy for Cybersecurity');
    await expect(compare.cell(fn, 'JP')).not.toContainText('National Cybersecurity Office');
    await expect(compare.cell(fn, 'US').locator('li').first()).toContainText('Cybersecurity and Infrastructure Security Agency');
  }
  // A function nobody held in Japan in 2020 is shown as such, not left blank.
  await expect(compare.cell('oversight', 'JP')).toHaveText('None');

  await atlas.chooseLanguage('日本語');
  await expect(compare.columnHeaders()).toHaveText(['日本', '米国']);
  await expect(compare.cell('incident_response', 'JP').locator('li').first()).toContainText('内閣サイバーセキュリティセンター');
  await expect(compare.cell('incident_response', 'JP').locator('li').first()).toContainText('主担当');
  await expect(compare.cell('oversight', 'JP')).toHaveText('該当なし');
});

test('a counterpart pair and a cell light up on the map, and a node chosen on the map is marked in the table', async ({ atlas, page }) => {
  const compare = await openComparison(atlas, '2026-12-01');
  const pair = compare.row('incident_response').locator('button[data-relation-id="r_cisa_counterpart_of_nco"]');
  await expect(pair).toHaveText('CISA ⇄ NCO');
  await pair.click();
  await expect(pair).toHaveAttribute('aria-pressed', 'true');
  await atlas.atRest();
  await expect.poll(async () => [(await atlas.node('cisa')).highlighted, (await atlas.node('nco')).highlighted]).toEqual([true, true]);
  await expect.poll(async () => (await atlas.node('cisa')).visible && (await atlas.node('nco')).visible).toBe(true);
  // The rest of what is drawn steps back (organizations folded away get their classes when they show).
  await expect.poll(() => page.evaluate(() => ['mofa', 'meti'].map((id) => [window.__atlasMap?.getElementById(id).visible(), window.__atlasMap?.getElementById(id).hasClass('faded')]))).toEqual([
    [true, true],
    [true, true],
  ]);

  await compare.cell('law_enforcement', 'JP').getByRole('button', { name: /organizations$/ }).click();
  await atlas.atRest();
  const holders = await compare.holders('law_enforcement', 'JP');
  expect(holders).toContain('npa');
  await expect.poll(async () => (await atlas.nodes()).filter((n) => holders.includes(n.id)).every((n) => n.highlighted)).toBe(true);
  await expect.poll(async () => (await atlas.node('cisa')).highlighted).toBe(false);

  // And back: choosing the FBI on the map marks it in the law-enforcement row.
  await atlas.clickNode('fbi');
  await expect(compare.cell('law_enforcement', 'US').locator('li[data-actor-id="fbi"] button')).toHaveAttribute('aria-current', 'true');
  await expect(atlas.details).toContainText('Federal Bureau of Investigation');
});

test('the path from the National Police Agency to the FBI is found, drawn and explained in English and Japanese', async ({ atlas, page }) => {
  const compare = await openComparison(atlas, '2026-12-01');
  await compare.showTab(/Connections/);
  await page.getByTestId('path-from').selectOption('npa');
  await page.getByTestId('path-to').selectOption('fbi');
  const paths = page.getByTestId('path');
  await expect(paths.first()).toBeVisible();
  expect(await paths.count()).toBeLessThanOrEqual(3);
  const first = paths.first();
  await expect(first.locator('.path__sentence').first()).toContainText('National Police Agency');
  await expect(first.locator('.path__sentence').last()).toContainText('Federal Bureau of Investigation');
  await expect(first.locator('.path__sentence').first()).toHaveText(/\.$/);
  // Every hop names its source.
  const hops = await first.locator('li').count();
  await expect(first.locator('.hop-source[data-source-id]')).toHaveCount(hops);

  await first.getByRole('button', { name: 'Show this path on the map' }).click();
  await atlas.atRest();
  await expect.poll(async () => [(await atlas.node('npa')).highlighted, (await atlas.node('fbi')).highlighted]).toEqual([true, true]);

  await atlas.chooseLanguage('日本語');
  await expect(first.locator('.path__sentence').first()).toContainText('警察庁');
  await expect(first.locator('.path__sentence').last()).toContainText('米連邦捜査局');
  await expect(first.locator('.path__sentence').first()).toHaveText(/。$/);
  await expect(first.locator('.hop-source').first()).toContainText('出典：');
});

test('sectors line up where they correspond, and key connectors are explained', async ({ atlas, page }) => {
  const compare = await openComparison(atlas, '2026-12-01');
  await compare.showTab(/Critical infrastructure/);
  const energy = page.getByTestId('sector-table').locator('tr', { has: page.locator('li[data-actor-id="us_sector_energy"]') });
  await expect(energy.locator('td[data-country="JP"]')).toContainText('Electric power');
  await expect(energy.locator('td[data-country="US"]')).toContainText('Overseen by DOE');
  const dams = page.getByTestId('sector-table').locator('tr', { has: page.locator('li[data-actor-id="us_sector_dams"]') });
  await expect(dams.locator('td[data-country="JP"]')).toHaveText('No corresponding sector');

  await compare.showTab(/Key connectors/);
  const connectors = page.getByTestId('connectors');
  await expect(connectors.locator('tbody tr').first()).toBeVisible();
  await expect(connectors).toContainText('not importance or power');
  await atlas.chooseLanguage('日本語');
  await expect(connectors).toContainText('重要度や権限を示すものではありません');
});

test('the table exports to CSV that Excel opens in Japanese', async ({ atlas, page }) => {
  const compare = await openComparison(atlas, '2026-12-01');
  await atlas.chooseLanguage('日本語');
  const [download] = await Promise.all([page.waitForEvent('download'), compare.panel.getByRole('button', { name: '表を書き出す（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe('who-does-what-2026-12-01.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split('\r\n');
  expect(rows[0]).toBe('機能,日本,米国');
  const incident = rows.find((r) => r.startsWith('インシデント対応'));
  expect(incident).toContain('国家サイバー統括室 (主担当)');
  expect(incident).toContain('サイバーセキュリティ・インフラストラクチャーセキュリティ庁 (主担当)');
});

test('the comparison page appears in the PDF briefing pack and in the presented scene', async ({ atlas, page, context }) => {
  test.skip(!hasPoppler, 'pdftotext is not installed (Debian package poppler-utils); .ci/run installs it.');
  const compare = await openComparison(atlas, '2026-12-01');
  const briefing = new BriefingPanel(page);
  await briefing.open();
  await briefing.createBriefing('Who does what', '機能別の体制');
  await briefing.addScene({ en: 'Functions side by side', ja: '機能の比較' });
  await expect(compare.panel).toBeVisible();
  const [printView] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'PDF briefing pack' }).click()]);
  await printView.waitForFunction(() => document.documentElement.dataset['printReady'] === 'true');
  await expect(printView.locator('.print-page--comparison')).toHaveCount(1);
  const dir = makeTempDir('atlas-compare-pdf-');
  try {
    const file = join(dir.path, 'pack.pdf');
    await printView.pdf({ path: file, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Who does what — Functions side by side');
    expect(text).toContain('Incident response');
    expect(text).toContain('National Cybersecurity Office (Lead)');
  } finally {
    dir.remove();
  }
  // Presenting the scene shows the comparison too.
  await briefing.present();
  await expect(page.getByTestId('presented-comparison')).toContainText('National Cybersecurity Office (Lead)');
});

test.describe('bundles of other shapes', () => {
  test.describe('a generated three-country bundle', () => {
    test.use({ previewArgs: ['--dataset', threeCountryBundle] });
    test('gets three columns', async ({ atlas }) => {
      const compare = await openComparison(atlas, '2026-12-01');
      await expect(compare.columnHeaders()).toHaveCount(3);
    });
  });

  test.describe('a version 1 bundle', () => {
    const v1 = join(generated.path, 'version-1.json');
    writeFileSync(v1, readFileSync(SMALL_BUNDLE_PATH));
    test.use({ previewArgs: ['--dataset', v1] });
    test('still loads, with every function shown as none', async ({ atlas }) => {
      const compare = await openComparison(atlas, '2026-12-01');
      await expect(compare.columnHeaders()).toHaveCount(2);
      await expect(compare.cell('incident_response', 'JP')).toHaveText('No organization in this dataset');
    });
  });
});

test('on a 1280×720 laptop both countries’ columns are whole and wide enough to read names, in English and Japanese', async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await atlas.open();
  const compare = new ComparePanel(page);
  await compare.open();
  await expect(compare.table).toBeVisible();
  for (const language of ['English', '日本語'] as const) {
    await atlas.chooseLanguage(language);
    const layout = await page.evaluate(() => {
      const content = document.querySelector('.compare-panel__content')?.getBoundingClientRect();
      const columns = [...document.querySelectorAll('[data-testid="compare-table"] thead th[data-country]')].map((th) => th.getBoundingClientRect());
      const overflowing = [...document.querySelectorAll('[data-testid="compare-table"] td .compare-holder')]
        .filter((holder) => {
          const cell = holder.closest('td')?.getBoundingClientRect();
          return [...holder.children].some((part) => cell !== undefined && part.getBoundingClientRect().right > cell.right + 0.5);
        })
        .map((holder) => holder.textContent ?? '');
      const functionsCut = [...document.querySelectorAll('[data-testid="compare-table"] tbody th[scope="row"]')].filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent ?? '');
      return { left: content?.left ?? 0, right: content?.right ?? 0, columns: columns.map((c) => ({ left: c.left, right: c.right, width: c.width })), overflowing, functionsCut };
    });
    expect(layout.functionsCut, `${language}: functions whose name runs out of its cell`).toEqual([]);
    expect(layout.overflowing, `${language}: names that run out of their cell`).toEqual([]);
    // A wrapped Japanese name breaks between its parts (内閣官房情報｜セキュリティセンター), not inside a word (…セ｜ンター).
    const wrongBreaks = (await wrappedTexts(page, '[data-testid="compare-table"] .compare-holder > .link-button')).filter((name) => breaksInsideKatakanaWords(name).length > 0).map((name) => name.text);
    expect(wrongBreaks, `${language}: names broken inside a katakana word`).toEqual([]);
    expect(layout.columns, language).toHaveLength(2);
    for (const column of layout.columns) {
      expect(column.left, `${language}: a column starts inside the panel`).toBeGreaterThanOrEqual(layout.left);
      expect(column.right, `${language}: a column ends inside the panel`).toBeLessThanOrEqual(layout.right);
      expect(column.width, `${language}: a column has room for names`).toBeGreaterThanOrEqual(200);
    }
    // The map beside the table is narrow: its controls still fit it, on one row with zoom above.
    const controls = await page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const buttons = [...document.querySelectorAll('.map__controls button')].map((button) => ({
        name: button.getAttribute('aria-label') ?? button.textContent ?? '',
        zoom: button.closest('.map__zoom') !== null,
        box: button.getBoundingClientRect().toJSON() as DOMRect,
      }));
      return { map: map.toJSON() as DOMRect, buttons };
    });
    const outside = controls.buttons.filter(({ box }) => box.left < controls.map.left || box.right > controls.map.right || box.top < controls.map.top || box.bottom > controls.map.bottom);
    expect(outside.map((b) => b.name), `${language}: map controls outside the map`).toEqual([]);
    const overlapping = controls.buttons.flatMap((a, i) =>
      controls.buttons.slice(i + 1).filter((b) => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom).map((b) => `${a.name} / ${b.name}`),
    );
    expect(overlapping, `${language}: map controls that cover each other`).toEqual([]);
    expect(new Set(controls.buttons.filter((b) => !b.zoom).map((b) => Math.round(b.box.top))).size, `${language}: rows of map controls`).toBe(1);
  }
});
