import { expect, test } from './fixtures';

test('a two-character Japanese query finds the National Police Agency and jumps to it', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('警察');
  await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'npa');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
  await expect.poll(async () => (await atlas.node('npa')).selected).toBe(true);
  await atlas.atRest();
  // Brought into view at a zoom where its name can be read.
  expect(await atlas.inView('npa')).toBe(true);
  expect((await atlas.node('npa')).label).not.toBe('');
});

test('a longer Japanese query and an English acronym find their actors', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('国家サイバー統括室');
  await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'nco');
  await atlas.search('CISA');
  await expect(atlas.searchResults.getByRole('option').first()).toHaveAttribute('data-actor-id', 'cisa');
  await atlas.searchResults.getByRole('option').first().click();
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'cisa');
});

test('Enter that confirms a Japanese IME conversion does not choose a result', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('警察');
  await atlas.searchBox.dispatchEvent('keydown', { key: 'Enter', isComposing: true });
  await expect(atlas.searchResults).toBeVisible();
  await expect(page.getByTestId('actor-details')).toHaveCount(0);
  await atlas.searchBox.press('Enter');
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
});

test('choosing a result hidden by a filter brings it back into view', async ({ atlas }) => {
  await atlas.open();
  await atlas.legendFilter('United States').uncheck();
  expect((await atlas.node('fbi')).visible).toBe(false);
  await atlas.search('FBI');
  await atlas.searchBox.press('Enter');
  await expect.poll(async () => (await atlas.node('fbi')).visible).toBe(true);
});
