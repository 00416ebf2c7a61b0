import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { BriefingPanel } from './pages/briefing-panel';
import { prepareThreeScenes } from './scenarios/three-scenes';

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

test('screenshots of preparing and presenting a briefing', async ({ atlas, page }) => {
  const briefing = new BriefingPanel(page);
  await prepareThreeScenes(atlas, briefing);
  await page.screenshot({ path: docs('briefing-panel.png') });
  await briefing.present();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await briefing.expectPresenting(2, 'After July 2025');
  await expect.poll(async () => (await atlas.node('nco')).visible).toBe(true);
  await page.screenshot({ path: docs('presenting-en.png') });
  await page.getByRole('radio', { name: '日本語', exact: true }).click();
  await briefing.expectPresenting(2, '2025年7月以降');
  await page.screenshot({ path: docs('presenting-ja.png') });
});
