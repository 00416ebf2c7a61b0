import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './pages/axe-findings';
import { BriefingPanel } from './pages/briefing-panel';
import { problemsOf, readMap, type MapReading } from './pages/map-reading';
import { prepareThreeScenes } from './scenarios/three-scenes';

/**
 * Presenting reads from the back of the room (issue 9): projector-sized labels that never
 * overlap, nothing under the title, a presenter view with readable controls, pictures of the
 * scenes and a black screen, and scenes that frame the same area on any screen.
 */

const PROJECTORS = [
  { size: { width: 1920, height: 1080 }, minFontPx: 24 },
  { size: { width: 1280, height: 720 }, minFontPx: 18 },
] as const;
const LABEL_MODES = ['English', '日本語', 'EN + 日本語'] as const;

/** Where the drawn map sits on the page, below the presentation's title and above its controls. */
async function mapBand(page: Page): Promise<{ mapTop: number; mapBottom: number; headerBottom: number; controlsTop: number }> {
  return page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const map = rect('[data-testid="presentation"] [data-testid="map"]');
    return {
      mapTop: map?.top ?? -1,
      mapBottom: map?.bottom ?? -1,
      headerBottom: rect('.presentation__header')?.bottom ?? Infinity,
      controlsTop: rect('.presentation__controls')?.top ?? -Infinity,
    };
  });
}

function nodesOutside(reading: MapReading): string[] {
  return reading.nodes.filter((n) => n.box.y1 < -1 || n.box.y2 > reading.height + 1 || n.box.x1 < -1 || n.box.x2 > reading.width + 1).map((n) => n.id);
}

test('presenting the whole map: projector-sized labels that never overlap, nothing under the title, at both sizes and in every label language', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  for (const { size, minFontPx } of PROJECTORS) {
    await page.setViewportSize(size);
    await briefing.present();
    await briefing.expectPresenting(0, 'The whole map');
    for (const mode of LABEL_MODES) {
      await atlas.chooseLanguage(mode);
      const where = `${size.width}×${size.height}, ${mode}`;
      const reading = await readMap(page);
      const problems = problemsOf(reading, minFontPx);
      expect(problems, where).toEqual([]);
      // Two-line bilingual labels at 18 px fit between the chart's rows at 1280×720 only where the
      // row below leaves room: fewer names show there, and the rest show on selection.
      const fewestLabelled = size.width === 1280 && mode === 'EN + 日本語' ? 10 : 15;
      expect(reading.texts.filter((t) => t.kind === 'actor').length, `${where}: organizations labelled`).toBeGreaterThanOrEqual(fewestLabelled);
      expect(nodesOutside(reading), `${where}: nodes cut off`).toEqual([]);
      const band = await mapBand(page);
      expect(band.mapTop, `${where}: the map starts below the title`).toBeGreaterThanOrEqual(band.headerBottom - 1);
      expect(band.mapBottom, `${where}: the map ends above the controls`).toBeLessThanOrEqual(band.controlsTop + 1);
    }
    // The whole alliance fills the screen: the regions span most of the map's width.
    const reading = await readMap(page);
    const span = Math.max(...reading.regions.map((r) => r.box.x2)) - Math.min(...reading.regions.map((r) => r.box.x1));
    expect(span / reading.width, `${size.width}×${size.height}: share of the width used`).toBeGreaterThan(0.75);
    await page.getByRole('radio', { name: 'English', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(briefing.presentation).toBeHidden();
  }
});

test('the presenter view: readable controls, pictures of this and the next scene, clock, and a black screen', async ({ atlas, page, context }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto(`${atlas.url}#presenter`);
  await briefing.present();
  const view = presenter.getByTestId('presenter');
  await expect(view.locator('h1')).toHaveText('The whole map');

  const current = view.getByRole('img', { name: 'The whole map' });
  const next = view.getByRole('img', { name: 'NISC in 2016' });
  for (const picture of [current, next]) {
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  }
  await expect(view.getByLabel('Time of day')).toHaveText(/^\d{1,2}:\d{2}/);
  await expect(view.getByLabel('Time elapsed')).toHaveText(/^\d+:\d{2}$/);

  expect(await seriousViolations(presenter)).toEqual([]);

  // B (or a clicker's ".") blacks the audience screen out; any key brings it back, on the same scene.
  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await expect(view.getByRole('button', { name: 'Black screen (B)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('black-screen')).toBeHidden();
  await briefing.expectPresenting(0, 'The whole map');
  await presenter.keyboard.press('.');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await view.getByRole('button', { name: 'Black screen (B)' }).click();
  await expect(page.getByTestId('black-screen')).toBeHidden();

  await presenter.getByRole('radio', { name: '日本語', exact: true }).click();
  await expect(view.locator('h1')).toHaveText('全体像');
  await expect(view.getByRole('img', { name: '2016年のNISC' })).toBeVisible();
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('a scene comes back framing the same map area at another window size, with the details panel open', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await atlas.open();
  await briefing.open();
  await briefing.createBriefing('Framing', 'フレーミング');
  // An area of Japan's side, zoomed in by hand.
  await atlas.search('MOFA');
  await atlas.searchBox.press('Enter');
  await atlas.atRest();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await atlas.atRest();
  const saved = await page.evaluate(() => window.__atlasMapController!.extent());
  await briefing.addScene({ en: 'MOFA up close', ja: '外務省の周辺' });
  await briefing.addScene({ en: 'MOFA again', ja: '外務省の周辺（再）' });

  await page.setViewportSize({ width: 1280, height: 720 });
  await atlas.atRest();
  await page.getByRole('button', { name: 'Fit' }).click();
  await atlas.atRest();
  await briefing.scene('MOFA up close').locator('.scene-list__title').click();
  await atlas.atRest();
  const shown = await page.evaluate(() => window.__atlasMapController!.extent());
  // The saved area is wholly in view, and fills the view in one direction (the other may show more).
  expect(shown.x1).toBeLessThanOrEqual(saved.x1 + 1);
  expect(shown.y1).toBeLessThanOrEqual(saved.y1 + 1);
  expect(shown.x2).toBeGreaterThanOrEqual(saved.x2 - 1);
  expect(shown.y2).toBeGreaterThanOrEqual(saved.y2 - 1);
  const fill = Math.max((saved.x2 - saved.x1) / (shown.x2 - shown.x1), (saved.y2 - saved.y1) / (shown.y2 - shown.y1));
  // Room is kept above the regions for their titles, so the area may not fill the view edge to edge.
  expect(fill).toBeGreaterThan(0.7);

  // Presented on a projector, the same area again.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await briefing.present();
  await briefing.expectPresenting(0, 'MOFA up close');
  await atlas.atRest();
  const presented = await page.evaluate(() => window.__atlasMapController!.extent());
  expect(presented.x1).toBeLessThanOrEqual(saved.x1 + 1);
  expect(presented.x2).toBeGreaterThanOrEqual(saved.x2 - 1);
  expect(presented.y1).toBeLessThanOrEqual(saved.y1 + 1);
  expect(presented.y2).toBeGreaterThanOrEqual(saved.y2 - 1);
});

test('a double click on a dialog’s Save saves once and does not reach what lies behind it', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await atlas.open();
  await briefing.open();
  await briefing.createBriefing('Double click', 'ダブルクリック');
  const asOfBefore = await page.getByRole('slider').first().inputValue();
  await page.getByRole('button', { name: '+ Add the current view as a scene' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scene' });
  await dialog.getByRole('textbox', { name: 'Title (English)' }).fill('Once');
  // Count the presses that reach the page behind the dialog once it has gone.
  await page.evaluate(() => {
    window.__pressesBehindDialog = 0;
    for (const type of ['mousedown', 'click']) {
      document.addEventListener(type, (event) => {
        if (!(event.target instanceof Element && event.target.closest('dialog'))) window.__pressesBehindDialog = (window.__pressesBehindDialog ?? 0) + 1;
      });
    }
  });
  await dialog.getByRole('button', { name: 'Save' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(briefing.scenes).toHaveCount(1);
  expect(await page.evaluate(() => window.__pressesBehindDialog)).toBe(0);
  expect(await page.getByRole('slider').first().inputValue()).toBe(asOfBefore);
});
