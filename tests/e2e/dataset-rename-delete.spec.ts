import type { Locator, Page } from '@playwright/test';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH } from '../support/bundles';
import { expect, test } from './fixtures';
import { call } from './pages/preview-api';
import { AtlasPage } from './pages/atlas-page';

const shippedActorCount = readRawBundle(SHIPPED_BUNDLE_PATH).actors.length;
const smallBundle = () => Buffer.from(JSON.stringify(readRawBundle(SMALL_BUNDLE_PATH)));

// Switching datasets rebuilds the map; on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 240_000 });
const SLOW = { timeout: 60_000 };
const SLOW_START = 120_000;

async function addSmallDataset(page: Page): Promise<Locator> {
  await new AtlasPage(page, page.url()).chooseFromFileMenu('Open dataset…');
  const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
  await dialog.getByTestId('dataset-file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: smallBundle() });
  await expect(dialog.getByRole('status').filter({ hasText: 'Loaded small.json.' })).toBeVisible(SLOW);
  return dialog;
}

test('a dataset is renamed in English and Japanese, and each UI language shows its own name', async ({ atlas, page }) => {
  await atlas.open(SLOW_START);
  const dialog = await addSmallDataset(page);
  await dialog.getByRole('button', { name: 'Rename Test bundle' }).click();
  const form = page.getByRole('dialog', { name: 'Rename the dataset Test bundle' });
  await form.getByRole('textbox', { name: 'Name (English)' }).fill('Japan–Australia');
  await form.getByRole('textbox', { name: 'Name (Japanese)' }).fill('日豪');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(dialog.getByRole('rowheader', { name: 'Japan–Australia' })).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Test bundle' })).toHaveCount(0);
  // The top bar names the open dataset as the user does.
  await expect(page.locator('.top-bar__dataset')).toHaveText('Japan–Australia');

  await call(page, 'updateSettings', { uiLanguage: 'ja' });
  await page.reload();
  await atlas.open(SLOW_START);
  await atlas.chooseFromFileMenu('データセットを開く…');
  const japanese = page.getByRole('dialog', { name: 'データセットを開く' });
  await expect(japanese.getByRole('rowheader', { name: '日豪' })).toBeVisible();
  await expect(page.locator('.top-bar__dataset')).toHaveText('日豪');
});

test('deleting the open dataset asks first, keeps a backup, and shows the shipped dataset in its place', async ({ atlas, page }) => {
  await atlas.open(SLOW_START);
  const dialog = await addSmallDataset(page);
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(6);
  await call(page, 'createBriefing', { title: { en: 'Scratch briefing' } });
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(shippedActorCount);
  await dialog.getByRole('row', { name: /Test bundle/ }).getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(6);

  await dialog.getByRole('button', { name: 'Delete Test bundle' }).click();
  const question = dialog.getByRole('alertdialog');
  await expect(question).toContainText('Delete the dataset Test bundle? Its 1 briefing and its notes go with it. A backup is kept first.');
  await expect(question).toContainText('It is open now: the shipped dataset opens in its place.');
  // Cancelling changes nothing.
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('row')).toHaveCount(3);

  await dialog.getByRole('button', { name: 'Delete Test bundle' }).click();
  await dialog.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  const done = dialog.getByRole('status').filter({ hasText: 'Deleted the dataset Test bundle.' });
  await expect(done).toContainText(/Its backup is kept at .*before-delete\.sqlite\. Now showing /, SLOW);
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(shippedActorCount);
  // The shipped dataset offers no Delete.
  await expect(dialog.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
});

test('a deleted dataset is listed aside and restored with its name and briefings', async ({ atlas, page }) => {
  await atlas.open(SLOW_START);
  const dialog = await addSmallDataset(page);
  await call(page, 'createBriefing', { title: { en: 'Kept through a delete' } });
  await call(page, 'renameDataset', { datasetId: await dialog.locator('tr[aria-current="true"]').getAttribute('data-dataset-id'), name: { en: 'Scratch', ja: '下書き' } });
  await call(page, 'switchDataset', { datasetId: 'main' });
  await page.reload();
  await atlas.open(SLOW_START);
  await atlas.chooseFromFileMenu('Open dataset…');
  const reopened = page.getByRole('dialog', { name: 'Open a dataset' });
  await reopened.getByRole('button', { name: 'Delete Scratch' }).click();
  await reopened.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(reopened.getByRole('status').filter({ hasText: 'Deleted the dataset Scratch.' })).toBeVisible(SLOW);
  await expect(reopened.getByRole('rowheader', { name: 'Scratch' })).toHaveCount(0);

  await reopened.getByText('Deleted datasets (1)').click();
  await expect(reopened.locator('[data-deleted-dataset-id]')).toContainText('Scratch · small.json · 1 briefing');
  await reopened.getByRole('button', { name: 'Restore Scratch' }).click();
  await expect(reopened.getByRole('status').filter({ hasText: 'Restored the dataset Scratch with its briefings and notes.' })).toBeVisible(SLOW);
  await expect(reopened.getByText(/^Deleted datasets/)).toHaveCount(0);
  const row = reopened.getByRole('row', { name: /Scratch/ });
  await expect(row).toContainText('small.json');
  await row.getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(6);
  expect((await call<{ title: { en?: string } }[]>(page, 'listBriefings')).map((b) => b.title.en)).toEqual(['Kept through a delete']);
});
