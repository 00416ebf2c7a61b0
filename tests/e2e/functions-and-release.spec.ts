import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../support/bundles';
import { expect, test } from './fixtures';

const release = readRawBundle(SHIPPED_BUNDLE_PATH)['release'] as { date: string; changes: { en: string; ja: string }[] };
const [year, month, day] = release.date.split('-').map(Number) as [number, number, number];
const englishDate = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

test('"Data as of" opens the release changelog in the UI language, and NISC and CISA list their functions', async ({ atlas, page }) => {
  await atlas.open();

  await page.getByRole('button', { name: `Data as of ${englishDate}` }).click();
  let changelog = page.getByRole('dialog', { name: `What changed in the data of ${englishDate}` });
  await expect(changelog.getByRole('listitem')).toHaveText(release.changes.map((c) => c.en));
  await page.keyboard.press('Escape');
  await expect(changelog).toBeHidden();

  // Details are opened through search, which does not depend on where the map draws a node.
  await atlas.search('CISA');
  await atlas.searchResults.locator('[data-actor-id="cisa"]').click();
  const details = page.getByTestId('actor-details');
  const functions = details.getByTestId('actor-functions');
  await expect(functions.getByRole('heading', { name: 'Functions' })).toBeVisible();
  const incidentResponse = functions.locator('li[data-function="incident_response"]');
  await expect(incidentResponse.locator('.function-list__name')).toHaveText('Incident responseLead');
  await expect(incidentResponse.locator('.citation').first()).toContainText('Presidential Policy Directive 41');
  await expect(functions.locator('li[data-function="information_sharing"] .lead-marker')).toHaveText('Lead');

  await atlas.chooseLanguage('日本語');
  await page.getByRole('button', { name: `${year}年${month}月${day}日時点のデータ` }).click();
  changelog = page.getByRole('dialog', { name: `${year}年${month}月${day}日版データの変更点` });
  await expect(changelog.getByRole('listitem')).toHaveText(release.changes.map((c) => c.ja));
  await changelog.getByRole('button', { name: '閉じる' }).click();
  await expect(changelog).toBeHidden();

  await atlas.search('内閣サイバーセキュリティセンター');
  await atlas.searchResults.locator('[data-actor-id="nisc"]').click();
  await expect(details).toHaveAttribute('data-actor-id', 'nisc');
  await expect(functions.getByRole('heading', { name: '機能' })).toBeVisible();
  await expect(functions.locator('.function-list__name')).toHaveText(['戦略・総合調整', '重要インフラ防護主担当', '情報共有主担当', 'インシデント対応主担当']);
  await expect(functions.locator('li[data-function="incident_response"] .citation')).not.toHaveCount(0);
  await expect(functions.locator('li[data-function="incident_response"] span[title]').first()).toHaveAttribute(
    'title',
    '重大なサイバー事案に対処し、国としての対応を調整する。',
  );
});
