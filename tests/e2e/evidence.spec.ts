import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../support/bundles';
import { expect, test } from './fixtures';

const sourceCount = readRawBundle(SHIPPED_BUNDLE_PATH).sources.length;

test('an event shows its sources, confidence and correction note, in both languages', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickNode('japan_us_cyber_dialogue');
  await page.getByTestId('actor-details').getByRole('button', { name: '5th Japan–U.S. Cyber Dialogue, Tokyo' }).click();
  const event = page.getByTestId('event-details');
  await expect(event).toHaveAttribute('data-event-id', 'e_2017_07_20_cyber_dialogue_5');
  await expect(event.locator('.eyebrow time')).toHaveText('July 20–21, 2017');
  await expect(event.getByRole('note')).toContainText('24 July is the date of the joint press release');
  await expect(event.locator('.citation')).toHaveCount(3);
  await expect(event.locator('.confidence').first()).toHaveText('Official');

  await atlas.chooseLanguage('日本語');
  await expect(event.getByRole('heading', { level: 2 })).toHaveText('第5回日米サイバー対話（東京）');
  await expect(event.locator('.eyebrow time')).toHaveText('2017年7月20日～21日');
  await expect(event.locator('.confidence').first()).toHaveText('公式');
  await expect(event.locator('.citation__title').first()).toContainText('第5回日米サイバー対話の開催');
});

test('an edge between counterparts shows the evidence and its confidence in Japanese', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseLanguage('日本語');
  await atlas.clickNode('uscybercom');
  await page.getByTestId('actor-details').getByRole('button', { name: /カウンターパート/ }).first().click();
  const relation = page.getByTestId('relation-details');
  await expect(relation.getByRole('heading', { level: 2 })).toContainText('カウンターパート');
  await expect(relation.locator('.confidence').first()).toHaveText('分析者の判断');
  expect(await page.evaluate(() => window.__atlasMap?.$('edge.chosen').map((edge) => edge.id()))).toEqual([
    expect.stringMatching(/^relation:r_uscybercom_counterpart_of_jsdf_cyber_defense_(command|group)$/),
  ]);
});

test('a name that is our own translation is marked as such', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickNode('ais');
  const japaneseName = page.getByTestId('actor-details').locator('li[lang="ja"]');
  await expect(japaneseName.locator('.unofficial-marker')).toHaveText('our translation');
  await expect(page.getByTestId('actor-details').locator('li[lang="en"] .unofficial-marker')).toHaveCount(0);
  await atlas.chooseLanguage('日本語');
  await expect(japaneseName.locator('.unofficial-marker')).toHaveText('仮訳');
});

test('the sources view lists every source with the records that cite it', async ({ atlas, page }) => {
  await atlas.open();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `${sourceCount} sources` });
  await expect(dialog.locator('.source-list__item')).toHaveCount(sourceCount);
  await dialog.getByRole('searchbox').fill('press3_000318');
  await expect(dialog.locator('.source-list__item')).toHaveCount(1);
  const source = dialog.locator('.source-list__item');
  await expect(source.locator('code')).toHaveText('https://www.mofa.go.jp/mofaj/press/release/press3_000318.html');
  await source.getByText(/Cited by \d+ records/).click();
  await source.getByRole('button', { name: /5th Japan–U.S. Cyber Dialogue/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', 'e_2017_07_20_cyber_dialogue_5');

  await atlas.chooseLanguage('日本語');
  await page.getByRole('button', { name: '出典一覧' }).click();
  const japanese = page.getByRole('dialog', { name: `出典（${sourceCount}件）` });
  await expect(japanese.locator('.source-list__item').first()).toBeVisible();
  await japanese.getByRole('searchbox').fill('press3_000318');
  await japanese.getByText(/引用している記録/).click();
  await expect(japanese.getByRole('button', { name: /第5回日米サイバー対話/ })).toBeVisible();
});
