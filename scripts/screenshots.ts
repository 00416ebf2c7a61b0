// npm run screenshots
// Makes the README's screenshots (docs/screenshots/*.png) from the built app, in Chromium against
// the browser preview on a fresh data folder. Run it after a change that shows; the test suite
// never rewrites these files.
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasPage } from '../tests/e2e/pages/atlas-page';
import { BriefingPanel } from '../tests/e2e/pages/briefing-panel';
import { hasPoppler, printReady } from '../tests/e2e/pages/handout-files';
import { prepareThreeScenes } from '../tests/e2e/scenarios/three-scenes';
import { startPreview } from '../tests/support/preview-server';
import { makeTempDir } from '../tests/support/temp-dir';

const out = (name: string) => fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url));
const executablePath = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** One shot: a fresh data folder and server, a page of the given size, then `take`. */
async function shoot(size: { width: number; height: number }, take: (atlas: AtlasPage, page: Page) => Promise<void>): Promise<void> {
  const dataDir = makeTempDir('atlas-screenshots-');
  const server = await startPreview(dataDir.path);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: size, locale: 'en-US' });
    await take(new AtlasPage(page, server.url), page);
  } finally {
    await browser.close();
    await server.stop();
    dataDir.remove();
  }
}

const LAPTOP = { width: 1440, height: 900 };

/** The first page of the briefing's PDF pack, printed as the desktop app prints it, as a picture (poppler's pdftoppm). */
async function pdfPagePicture(page: Page): Promise<void> {
  if (!hasPoppler) {
    console.log('PDF page picture skipped: pdftoppm is not installed (Debian package poppler-utils).');
    return;
  }
  const [printView] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'PDF briefing pack' }).click()]);
  await printReady(printView);
  const dir = makeTempDir('atlas-screenshots-pdf-');
  try {
    const pdf = join(dir.path, 'pack.pdf');
    await printView.pdf({ path: pdf, landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, out('pdf-page-en')]);
  } finally {
    await printView.close();
    dir.remove();
  }
}

await shoot(LAPTOP, async (atlas, page) => {
  await atlas.open();
  await page.screenshot({ path: out('map-en.png') });
  await atlas.chooseLanguage('日本語');
  await atlas.atRest();
  await page.screenshot({ path: out('map-ja.png') });
});

await shoot(LAPTOP, async (atlas, page) => {
  await atlas.open();
  await atlas.search('NISC');
  await atlas.searchBox.press('Enter');
  await atlas.atRest();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await atlas.atRest();
  await page.screenshot({ path: out('focus-en.png') });
});

await shoot(LAPTOP, async (atlas, page) => {
  await atlas.open();
  await atlas.showMapAsOf('2017-07-21');
  await atlas.showTimelineBetween('2012-06-01', '2020-06-01');
  await atlas.timelineItem('e_2017_07_20_cyber_dialogue_5').click();
  await atlas.atRest();
  await page.screenshot({ path: out('timeline-linked.png') });
});

await shoot(LAPTOP, async (atlas, page) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.screenshot({ path: out('briefing-panel.png') });
  await pdfPagePicture(page);
  // The whole alliance, the scene whose labels must read from the back of the room.
  await briefing.present();
  await briefing.expectPresenting(0, 'The whole map');
  await atlas.atRest();
  await page.screenshot({ path: out('presenting-en.png') });
  await page.getByRole('radio', { name: '日本語', exact: true }).click();
  await briefing.expectPresenting(0, '全体像');
  await atlas.atRest();
  await page.screenshot({ path: out('presenting-ja.png') });
});

await shoot(LAPTOP, async (atlas, page) => {
  await atlas.open();
  await atlas.showMapAsOf('2026-12-01');
  await page.getByTestId('compare-button').click();
  await page.getByTestId('compare-table').locator('tbody[data-function="incident_response"] button[data-relation-id="r_cisa_counterpart_of_nco"]').click();
  await atlas.atRest();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await atlas.atRest();
  await page.screenshot({ path: out('compare-en.png') });
  await atlas.chooseLanguage('日本語');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  await page.getByTestId('compare-panel').getByRole('tab', { name: 'つながり' }).click();
  await page.getByTestId('path-from').selectOption('npa');
  await page.getByTestId('path-to').selectOption('fbi');
  await page.getByTestId('path').first().getByRole('button').click();
  await atlas.atRest();
  await page.getByRole('button', { name: '全体表示', exact: true }).click();
  await atlas.atRest();
  await page.screenshot({ path: out('compare-ja.png') });
});

console.log('Screenshots written to docs/screenshots/.');
