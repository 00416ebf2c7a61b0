import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const docs = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

/** The README's screenshots are produced here, so they always show the current app. */
test('screenshots of the map in English and Japanese', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickNode('nisc');
  await page.evaluate(() => {
    window.__atlasMap?.fit(undefined, 40);
  });
  await expect(page.getByTestId('actor-details')).toBeVisible();
  await page.screenshot({ path: docs('map-en.png') });
  await atlas.chooseLanguage('日本語');
  await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText('内閣サイバーセキュリティセンター');
  await page.screenshot({ path: docs('map-ja.png') });
});

test('screenshot of the timeline linked with the map', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.showMapAsOf('2017-07-21');
  await atlas.showTimelineBetween('2012-06-01', '2020-06-01');
  await atlas.timelineItem('e_2017_07_20_cyber_dialogue_5').click();
  await expect(page.getByTestId('event-details')).toBeVisible();
  await page.evaluate(() => {
    const cy = window.__atlasMap;
    cy?.fit(cy.nodes('.highlighted'), 60);
  });
  await page.screenshot({ path: docs('timeline-linked.png') });
});
