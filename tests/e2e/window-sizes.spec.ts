import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../support/bundles';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import type { AtlasPage } from './pages/atlas-page';

/**
 * The app at every window size: a small laptop window (1024×640), and a 1440×900 window at
 * 200 % browser zoom, which lays the page out in 720×450 CSS pixels at two device pixels each.
 * The shipped data gets a very long title, the case that once squashed the search box.
 */
const LONG_TITLE = {
  en: 'United States–Japan cyber defence organizations, their relations and the events between them, with every source cited (annotated edition for the working group)',
  ja: '日米のサイバー防衛組織とその関係、両国間の出来事（出典付き・作業部会用注釈版）日米のサイバー防衛組織とその関係、両国間の出来事',
};
const bundles = makeTempDir('atlas-e2e-sizes-');
const longTitled = join(bundles.path, 'long-title.json');
const bundle = readRawBundle(SHIPPED_BUNDLE_PATH);
bundle['title'] = LONG_TITLE;
writeFileSync(longTitled, JSON.stringify(bundle));

test.use({ previewArgs: ['--dataset', longTitled] });

/** What a user needs at any size: a map they can see, with organizations on it, and a search box to type in. */
async function expectUsable(atlas: AtlasPage, page: Page): Promise<void> {
  await atlas.atRest();
  const map = await page.getByTestId('map').boundingBox();
  expect(map, 'the map is on screen').not.toBeNull();
  expect((map?.width ?? 0) * (map?.height ?? 0), 'the map has an area').toBeGreaterThan(0);
  const viewport = page.viewportSize();
  expect((map?.y ?? 0) + 1, 'the map starts inside the window').toBeLessThan(viewport?.height ?? 0);
  const shown = await page.evaluate(() => {
    const cy = window.__atlasMap;
    if (!cy) return 0;
    return cy.nodes('[kind = "actor"]').filter((n) => {
      const p = n.renderedPosition();
      return n.visible() && p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    }).length;
  });
  expect(shown, 'organizations drawn inside the map').toBeGreaterThan(0);
  const search = await atlas.searchBox.boundingBox();
  expect(search?.width ?? 0, 'the search box keeps room to type').toBeGreaterThanOrEqual(180);
  // Nothing pushes the page sideways: no horizontal scrolling of the whole window.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test.describe('a small laptop window', () => {
  test.use({ viewport: { width: 1024, height: 640 } });
  test('at 1024×640 the map shows and the search box keeps its width, also after growing to 1440×900', async ({ atlas, page }) => {
    test.setTimeout(180_000);
    await atlas.open();
    await expect(page.locator('.top-bar')).toContainText(/Alliance Atlas/);
    await expectUsable(atlas, page);
    await atlas.search('CISA');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('actor-details')).toBeVisible();
    await expectUsable(atlas, page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectUsable(atlas, page);
  });
});

test.describe('200 % browser zoom', () => {
  test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
  test('a 1440×900 window at 200 % zoom still shows the map and a usable search box', async ({ atlas, page }) => {
    test.setTimeout(180_000);
    await atlas.open();
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    await expectUsable(atlas, page);
    await atlas.search('CISA');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('actor-details')).toBeVisible();
    await expectUsable(atlas, page);
  });
});
