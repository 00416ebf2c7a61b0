import { expect, test } from './fixtures';
import { BriefingPanel } from './pages/briefing-panel';

/** Creating, renaming and deleting a briefing are undone and redone like every other change. */

test.slow();

test('a deleted briefing comes back with its scenes on Ctrl+Z, and a rename is undone too', async ({ atlas, page }) => {
  await atlas.open(120_000);
  const briefing = new BriefingPanel(page);
  await briefing.open();
  await briefing.createBriefing('Cyber dialogue', 'サイバー対話');
  await briefing.addScene({ en: 'Overview', ja: '概観' });

  await page.locator('.briefing-panel__title').getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename' });
  await rename.getByRole('textbox', { name: 'Title (English)' }).fill('Cyber dialogue, final');
  await rename.getByRole('button', { name: 'Save' }).click();
  const title = page.locator('.briefing-panel__title h3');
  await expect(title).toHaveText('Cyber dialogue, final');

  await page.locator('.briefing-panel__title').getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alert').filter({ hasText: 'Delete this briefing and all its scenes?' });
  await expect(confirm).toContainText('Undo (Ctrl+Z) brings it back.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(title).toBeHidden();

  // The focus is on no text field (the confirmation is gone), so Ctrl+Z is the app's undo.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edit-status')).toHaveText('Undone: Deleted a briefing');
  await expect(title).toHaveText('Cyber dialogue, final');
  expect(await briefing.sceneTitles()).toEqual(['Overview']);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edit-status')).toHaveText('Undone: Renamed a briefing');
  await expect(title).toHaveText('Cyber dialogue');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveText('Cyber dialogue, final');
});
