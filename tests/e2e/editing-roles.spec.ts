import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AtlasPage } from './pages/atlas-page';

/**
 * An organization's functions (the rows of the comparison view) are edited in the
 * organization form: validated like every field (a function without a source is refused,
 * naming it), shown in the details panel once saved, and taken back with Ctrl+Z.
 */

test.slow();
const AFTER_A_CHANGE = { timeout: 60_000 };

async function reopen(atlas: AtlasPage, page: Page): Promise<void> {
  await page.goto(atlas.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 90_000 });
  await page.waitForFunction(() => window.__atlasMap !== undefined && window.__atlasMap.nodes().length > 0, undefined, { timeout: 90_000 });
  await atlas.atRest();
}

test('a function is added to an organization, refused until it cites a source, saved, and undone', async ({ atlas, page }) => {
  await reopen(atlas, page);
  await atlas.search('警察');
  await atlas.searchBox.press('Enter');
  const details = page.getByTestId('actor-details');
  await expect(details).toHaveAttribute('data-actor-id', 'npa');
  const functions = page.getByTestId('actor-functions');
  await expect(functions.locator('li[data-function]')).toHaveCount(2);

  await details.locator('..').getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit organization' });
  const roles = dialog.getByRole('group', { name: /^Function \d+:/ });
  await expect(roles).toHaveCount(2);
  await expect(dialog.getByRole('group', { name: 'Function 1: Law enforcement' }).getByRole('checkbox', { name: 'Leads this function in its country' })).toBeChecked();

  await dialog.getByRole('button', { name: '+ Add a function' }).click();
  const added = dialog.getByRole('group', { name: /^Function 3:/ });
  await added.getByRole('combobox', { name: 'Function 3' }).selectOption({ label: 'Diplomacy' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Functions — roles[2].sources: must cite at least one source');
  await expect(functions.locator('li[data-function]')).toHaveCount(2);

  const diplomacy = dialog.getByRole('group', { name: 'Function 3: Diplomacy' });
  await diplomacy.getByRole('button', { name: '+ Add a citation' }).click();
  await diplomacy.getByRole('combobox', { name: 'Diplomacy – Confidence of citation 1' }).selectOption('analyst');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(functions.locator('li[data-function="diplomacy"]')).toBeVisible(AFTER_A_CHANGE);
  await expect(page.getByTestId('edit-status')).toHaveText('Saved: Edited organization “npa”');

  await page.getByTestId('actor-details').getByRole('heading').first().click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edit-status')).toHaveText('Undone: Edited organization “npa”');
  await expect(functions.locator('li[data-function]')).toHaveCount(2, AFTER_A_CHANGE);
  await expect(functions.locator('li[data-function="diplomacy"]')).toHaveCount(0);
});
