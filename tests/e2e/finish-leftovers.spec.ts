import { smallBundleWith } from '../support/bundles';
import { expect, test } from './fixtures';

/** Leftovers of issues 13 and 10: findings, focus, camera and empty comparison cells in the UI language. */

test('in the Japanese UI a malformed bundle is refused in Japanese, naming the record and field', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseLanguage('日本語');
  await page.getByRole('button', { name: 'データセットを開く…' }).click();
  const dialog = page.getByRole('dialog', { name: 'データセットを開く' });
  const broken = smallBundleWith((b) => {
    (b.events[0]!['title'] as Record<string, string>)['ja'] = '';
    b.actors[1]!['parent'] = 'nobody_here';
  });
  await dialog.getByTestId('dataset-file').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('データセットファイル「draft.json」は受け付けられませんでした（問題 2 件）');
  await expect(alert).toContainText('events[0]「e_2017_07_20_dialogue_5」の項目 title.ja：日本語のテキストが空です');
  await expect(alert).toContainText('の項目 parent：ID が「nobody_here」の組織はありません');
  await expect(alert).not.toContainText('field');
  await expect(alert).not.toContainText('is empty');
});
