import type { Page } from '@playwright/test';
import { startPreview } from '../support/preview-server';
import { expect, test } from './fixtures';
import { AtlasPage } from './pages/atlas-page';

/**
 * Editing in the app: a Japanese name typed through an input method, undone and redone from
 * the keyboard, still undoable after a reload and after the server was killed; invalid input
 * is refused with the field named; a deletion asks first and can be undone.
 */

// Each test opens the shipped map, some twice: on a busy machine that takes longer than the default allowance.
test.slow();

/** A change redraws the map and the timeline from the changed data; on a busy machine the details panel may wait that long for its turn. */
const AFTER_A_CHANGE = { timeout: 60_000 };

const japaneseName = (page: Page) => page.getByTestId('actor-details').locator('li[lang="ja"]');

/** Opens the app (first, again after a reload, or after a restart) and waits for the map; a busy machine may need more than the usual allowance. */
async function reopen(atlas: AtlasPage, page: Page): Promise<void> {
  await page.goto(atlas.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 90_000 });
  await page.waitForFunction(() => window.__atlasMap !== undefined && window.__atlasMap.nodes().length > 0, undefined, { timeout: 90_000 });
  await atlas.atRest();
}

async function openNpa(atlas: AtlasPage, page: Page): Promise<void> {
  await atlas.search('警察');
  await atlas.searchBox.press('Enter');
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
}

/** Types `text` into the focused field as a Japanese input method does: composition first (Enter confirms a conversion), then the committed text. */
async function typeWithIme(page: Page, field: ReturnType<Page['getByRole']>, reading: string, text: string): Promise<void> {
  await field.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: reading, selectionStart: reading.length, selectionEnd: reading.length });
  // The Enter that confirms the conversion must not submit the form.
  await field.dispatchEvent('keydown', { key: 'Enter', isComposing: true, keyCode: 229 });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

test('a Japanese name typed with an input method is saved, undone with Ctrl+Z, redone, and still undoable after a reload', async ({ atlas, page }) => {
  await reopen(atlas, page);
  await openNpa(atlas, page);
  await expect(japaneseName(page)).toContainText('警察庁');

  await page.getByTestId('actor-details').locator('..').getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit organization' });
  const field = dialog.getByRole('textbox', { name: 'Name (Japanese)', exact: true });
  await field.fill('');
  await typeWithIme(page, field, 'けいさつちょうさいばー', '警察庁サイバー');
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue('警察庁サイバー');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(japaneseName(page)).toContainText('警察庁サイバー', AFTER_A_CHANGE);
  await expect(page.getByTestId('edit-status')).toHaveText('Saved: Edited organization “npa”');

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edit-status')).toHaveText('Undone: Edited organization “npa”');
  await expect(japaneseName(page)).not.toContainText('サイバー', AFTER_A_CHANGE);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('edit-status')).toHaveText('Redone: Edited organization “npa”');
  await expect(japaneseName(page)).toContainText('警察庁サイバー', AFTER_A_CHANGE);

  await reopen(atlas, page);
  await openNpa(atlas, page);
  await expect(japaneseName(page)).toContainText('警察庁サイバー');
  // Somewhere outside a text field, so Ctrl+Z undoes the edit rather than typing.
  await page.getByTestId('actor-details').getByRole('heading').first().click();
  await page.keyboard.press('Control+z');
  await expect(japaneseName(page)).not.toContainText('サイバー', AFTER_A_CHANGE);
  await expect(japaneseName(page)).toContainText('警察庁');
});

test('an invalid edit is refused naming the field, and saves nothing', async ({ atlas, page }) => {
  await reopen(atlas, page);
  await openNpa(atlas, page);
  await page.getByTestId('actor-details').locator('..').getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit organization' });
  await dialog.getByRole('textbox', { name: 'Name (Japanese)', exact: true }).fill('');
  await dialog.getByRole('textbox', { name: 'From', exact: true }).fill('1954-13-40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Not saved');
  await expect(refusal).toContainText('Name — name.ja: Japanese text is empty');
  await expect(refusal).toContainText('From — from: is not a real date');
  await expect(dialog.locator('[data-field="from"] input')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(japaneseName(page)).toContainText('警察庁');
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('dialog', { name: 'History of changes' })).toContainText('No changes yet');
});

test('deleting an organization asks first, takes its relations with it, and Undo brings all back', async ({ atlas, page }) => {
  await reopen(atlas, page);
  await openNpa(atlas, page);
  const panel = page.getByTestId('actor-details').locator('..');
  await panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Delete this organization?');
  await panel.getByRole('alert').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('edit-status')).toContainText('Saved: Deleted organization “npa” (and');
  await expect.poll(async () => (await atlas.nodes()).map((n) => n.id), AFTER_A_CHANGE).not.toContain('npa');
  await expect(page.getByTestId('actor-details')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await atlas.nodes()).map((n) => n.id), AFTER_A_CHANGE).toContain('npa');
  await expect(page.getByTestId('edit-status')).toContainText('Undone: Deleted organization “npa”');
});

test('an edit the app reported saved survives the server being killed with SIGKILL, and can still be undone', async ({ atlas, page, preview }) => {
  await reopen(atlas, page);
  await openNpa(atlas, page);
  await page.getByTestId('actor-details').locator('..').getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit organization' });
  await dialog.getByRole('textbox', { name: 'Name (Japanese)', exact: true }).fill('警察庁（強制終了前）');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('edit-status')).toHaveText('Saved: Edited organization “npa”');
  await page.goto('about:blank');
  await preview.kill();

  const restarted = await startPreview(preview.dataDirectory);
  try {
    const again = new AtlasPage(page, restarted.url);
    await reopen(again, page);
    await openNpa(again, page);
    await expect(japaneseName(page)).toContainText('警察庁（強制終了前）');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(japaneseName(page)).not.toContainText('強制終了前', AFTER_A_CHANGE);
    await page.goto('about:blank');
  } finally {
    await restarted.stop();
  }
});
