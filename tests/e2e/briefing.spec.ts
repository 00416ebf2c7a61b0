import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { BriefingPanel } from './pages/briefing-panel';
import { prepareThreeScenes } from './scenarios/three-scenes';

const hasPoppler = ['/usr/bin/pdftotext', '/usr/bin/pdffonts'].every((tool) => existsSync(tool));

test('scenes are saved, reordered and presented with clicker keys', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  expect(await briefing.sceneTitles()).toEqual(['The whole map', 'NISC in 2016', 'After July 2025']);

  await briefing.scene('After July 2025').getByRole('button', { name: 'Move up' }).click();
  await expect.poll(() => briefing.sceneTitles()).toEqual(['The whole map', 'After July 2025', 'NISC in 2016']);

  await briefing.present();
  await briefing.expectPresenting(0, 'The whole map');
  expect(await page.evaluate(() => [window.__atlasMap?.autoungrabify(), window.__atlasMap?.userPanningEnabled()])).toEqual([true, false]);
  await page.keyboard.press('ArrowRight');
  await briefing.expectPresenting(1, 'After July 2025');
  await expect.poll(async () => (await atlas.node('nco')).visible).toBe(true);
  expect((await atlas.node('nisc')).visible).toBe(false);
  expect((await atlas.node('nco')).selected).toBe(true);
  await page.keyboard.press('PageDown');
  await briefing.expectPresenting(2, 'NISC in 2016');
  await expect.poll(async () => (await atlas.node('nisc')).visible).toBe(true);
  await page.keyboard.press(' ');
  await briefing.expectPresenting(2, 'NISC in 2016');
  await page.keyboard.press('ArrowLeft');
  await briefing.expectPresenting(1, 'After July 2025');
  await page.keyboard.press('PageUp');
  await briefing.expectPresenting(0, 'The whole map');
  await page.getByRole('button', { name: 'Next scene' }).click();
  await briefing.expectPresenting(1, 'After July 2025');
  await page.getByRole('button', { name: 'Exit (Esc)' }).click();
  await expect(briefing.presentation).toBeHidden();
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
});

test('the language switches in the middle of a presentation without leaving it', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await briefing.present();
  await page.keyboard.press('n');
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveText('Start with the big picture.');
  await page.getByRole('radio', { name: '日本語', exact: true }).click();
  await briefing.expectPresenting(0, '全体像');
  await expect(page.getByRole('complementary', { name: '発表者メモ' })).toHaveText('まず全体像から。');
  expect((await atlas.node('mofa')).label).toBe('外務省');
  await page.keyboard.press('ArrowRight');
  await briefing.expectPresenting(1, '2016年のNISC');
  expect((await atlas.node('mofa')).label).toBe('外務省');
  await atlas.chooseLanguage('EN + 日本語');
  await expect(briefing.presentation.locator('.presentation__header h1')).toHaveText(['NISC in 2016', '2016年のNISC']);
  expect((await atlas.node('mofa')).label).toBe('MOFA\n外務省');
  await page.keyboard.press('Escape');
  await expect(briefing.presentation).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Briefing' })).toBeVisible();
});

test('a cumulative scene adds to what the previous scene showed', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await atlas.open();
  await atlas.expandAll();
  await briefing.open();
  await briefing.createBriefing('Building up', '段階的に');
  await page.getByRole('tab', { name: 'Legend' }).click();
  await atlas.legendFilter('United States').uncheck();
  await briefing.open();
  await briefing.addScene({ en: 'Japan', ja: '日本' });
  await page.getByRole('tab', { name: 'Legend' }).click();
  await atlas.legendFilter('United States').check();
  await atlas.legendFilter('Japan').uncheck();
  await briefing.open();
  await briefing.addScene({ en: 'Add the United States', ja: '米国を追加' }, { cumulative: true });
  await expect(briefing.scene('Add the United States').getByText('adds to previous')).toBeVisible();

  await briefing.present();
  expect((await atlas.node('cisa')).visible).toBe(false);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await atlas.node('cisa')).visible).toBe(true);
  expect((await atlas.node('nisc')).visible).toBe(true);
  const counterpartShown = await page.evaluate(() => window.__atlasMap?.getElementById('relation:r_cisa_counterpart_of_nco').visible());
  expect(counterpartShown).toBe(true);
});

test('scenes can be renamed, duplicated and deleted, and outlive a reload', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await briefing.scene('The whole map').getByRole('button', { name: 'Duplicate' }).click();
  await expect.poll(() => briefing.sceneTitles()).toEqual(['The whole map', 'The whole map (copy)', 'NISC in 2016', 'After July 2025']);
  await briefing.scene('The whole map (copy)').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit scene' });
  await dialog.getByRole('textbox', { name: 'Title (English)' }).fill('Overview again');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await briefing.scene('NISC in 2016').getByRole('button', { name: 'Delete' }).click();
  await briefing.scene('NISC in 2016').getByRole('alert').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => briefing.sceneTitles()).toEqual(['The whole map', 'Overview again', 'After July 2025']);

  await page.reload();
  await atlas.open();
  await briefing.open();
  await page.getByRole('combobox', { name: 'Briefing' }).selectOption({ label: 'Alliance cyber structure (3 scenes)' });
  await expect.poll(() => briefing.sceneTitles()).toEqual(['The whole map', 'Overview again', 'After July 2025']);
});

test('a PDF briefing pack in Japanese keeps Japanese as text in embedded fonts', async ({ atlas, page, context }) => {
  test.skip(!hasPoppler, 'pdftotext and pdffonts are not installed (Debian package poppler-utils); .ci/run installs them.');
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const [printView] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'PDF briefing pack' }).click()]);
  await expect(page.locator('.briefing-panel').getByRole('status')).toContainText('The print view opened in a new tab');
  await printView.waitForFunction(() => document.documentElement.dataset['printReady'] === 'true');
  await expect(printView.locator('.print-page')).toHaveCount(3);
  const dir = makeTempDir('atlas-pdf-');
  try {
    const file = join(dir.path, 'briefing-ja.pdf');
    // Chromium's print-to-PDF, the same engine the desktop app's printToPDF uses.
    await printView.pdf({ path: file, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('内閣サイバーセキュリティセンター');
    expect(text).toContain('国家サイバー統括室');
    expect(text).toContain('2025年7月以降');
    expect(text).toContain('外務省');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is embedded ("emb" column is yes), so the Japanese glyphs travel with the file.
    expect(fonts.filter((line) => !/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toEqual([]);
    expect(fonts.some((line) => line.includes('NotoSansJP'))).toBe(true);
  } finally {
    dir.remove();
  }
});

test('a scene exports as SVG with Japanese labels as text, PNG at the chosen width, and CSV data', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.getByRole('combobox', { name: 'Export in' }).selectOption('ja');
  const scene = briefing.scene('The whole map');

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), scene.getByRole('button', { name: 'SVG' }).click()]);
  const svg = readFileSync((await svgDownload.path()) ?? '', 'utf8');
  expect(svgDownload.suggestedFilename()).toBe('日米のサイバー体制-01-全体像.svg');
  expect(svg).toMatch(/<text[^>]*>外務省<\/text>/);
  expect(svg).toMatch(/@font-face\{font-family:'Noto Sans JP';font-weight:400;src:url\(data:font\/woff2;base64,/);

  await page.getByRole('combobox', { name: 'PNG width' }).selectOption('1920');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), scene.getByRole('button', { name: 'PNG' }).click()]);
  const png = readFileSync((await pngDownload.path()) ?? '');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1920);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), briefing.scene('After July 2025').getByRole('button', { name: 'CSV' }).click()]);
  const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split('\r\n');
  expect(rows[0]).toBe('record,id,type,country,name_en,name_ja,source,target,from,to');
  expect(rows).toContain('actor,nco,agency,JP,National Cybersecurity Office,国家サイバー統括室,,,2025-07-01,');
  expect(rows.some((row) => row.startsWith('actor,nisc,'))).toBe(false);
  expect(rows.some((row) => row.startsWith('relation,'))).toBe(true);
});

test('a presenter view shows the current and next scene with notes, and drives the audience view', async ({ atlas, page, context }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  // The desktop app opens this in its own window on the laptop's display; in a browser it is a second tab.
  const presenter = await context.newPage();
  await presenter.goto(`${atlas.url}#presenter`);
  await expect(presenter.getByText('Waiting for a presentation to start…')).toBeVisible();

  await briefing.present();
  const view = presenter.getByTestId('presenter');
  await expect(view.locator('h1')).toHaveText('The whole map');
  await expect(view.locator('.presenter__notes')).toHaveText('Start with the big picture.');
  await expect(view.locator('.presenter__next p')).toHaveText('NISC in 2016');

  await presenter.keyboard.press('ArrowRight');
  await briefing.expectPresenting(1, 'NISC in 2016');
  await expect(view.locator('.presenter__next p')).toHaveText('After July 2025');
  await page.keyboard.press('ArrowRight');
  await expect(view.locator('h1')).toHaveText('After July 2025');
  await expect(view.locator('.presenter__next p')).toHaveText('This is the last scene.');

  await presenter.getByRole('radio', { name: '日本語', exact: true }).click();
  await briefing.expectPresenting(2, '2025年7月以降');
  await presenter.getByRole('button', { name: '終了（Esc）' }).click();
  await expect(briefing.presentation).toBeHidden();
  await expect(presenter.getByText('発表は終了しました。')).toBeVisible();
});
