import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { seriousViolations } from './pages/axe-findings';

/** The table view, the map's accessible twin, as a keyboard or screen-reader user meets it. */

async function openTable(page: Page, which: 'Organizations' | 'Connections' | 'Events' = 'Organizations') {
  await page.getByRole('tab', { name: 'Table', exact: true }).click();
  await page.getByRole('tab', { name: which, exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return table;
}

const rowHeaders = (page: Page) => page.getByRole('table').locator('tbody th').allInnerTexts();

test('organizations sort by any column, with aria-sort saying how', async ({ atlas, page }) => {
  test.slow();
  await atlas.open();
  const table = await openTable(page);
  const name = table.getByRole('columnheader', { name: 'Name', exact: true });
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await rowHeaders(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  expect(await rowHeaders(page)).toEqual([...ascending].reverse());
  const from = table.getByRole('columnheader', { name: 'From', exact: true });
  await from.getByRole('button').click();
  await expect(from).toHaveAttribute('aria-sort', 'ascending');
  await expect(name).not.toHaveAttribute('aria-sort');
});

test('the tables follow the legend filters and the as-of date', async ({ atlas, page }) => {
  // Several steps, each waiting on the app; the machine running the suite may be busy.
  test.slow();
  await atlas.open();
  const table = await openTable(page);
  await expect(table.locator('tr[data-row-id="nisc"]')).toBeVisible();
  await expect(table.locator('tr[data-row-id="nco"]')).toBeVisible();
  await atlas.showMapAsOf('2020-01-01');
  // NISC was succeeded by the National Cybersecurity Office in July 2025.
  await expect(table.locator('tr[data-row-id="nco"]')).toHaveCount(0);
  await expect(table.locator('tr[data-row-id="nisc"]')).toBeVisible();
  await atlas.legendFilter('United States').uncheck();
  await expect(table.locator('tr[data-row-id="fbi"]')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Events', exact: true }).click();
  const dates = await table.locator('tbody tr').evaluateAll((rows) => rows.length);
  expect(dates).toBeGreaterThan(0);
  await expect(table.locator('tr[data-row-id="e_2025_07_01_nco"]')).toHaveCount(0);
});

test('a row opens its details, selects it on the map, and copies as tab-separated text', async ({ atlas, page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atlas.open();
  const table = await openTable(page);
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('National Police');
  const row = table.locator('tr[data-row-id="npa"]');
  await row.getByRole('button', { name: 'National Police Agency', exact: true }).click();
  await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', 'npa');
  await expect(atlas.details).toBeFocused();
  await expect.poll(async () => (await atlas.node('npa')).selected).toBe(true);

  await row.getByRole('button', { name: 'Copy row: National Police Agency' }).click();
  await expect(row.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\t').slice(0, 2)).toEqual(['National Police Agency', 'NPA']);

  await row.getByRole('button', { name: 'Show on map: National Police Agency' }).click();
  await expect(page.getByRole('tab', { name: 'Map', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table')).toHaveCount(0);
  await atlas.atRest();
  expect(await atlas.inView('npa')).toBe(true);
});

test('connections and events open in the details panel; labels follow the label language', async ({ atlas, page }) => {
  test.slow();
  await atlas.open();
  const table = await openTable(page, 'Connections');
  await table.locator('tbody th button').first().click();
  await expect(page.getByTestId('relation-details')).toBeVisible();
  await openTable(page, 'Events');
  await table.locator('tbody th button').first().click();
  await expect(page.getByTestId('event-details')).toBeVisible();

  await atlas.chooseLanguage('日本語');
  await page.getByRole('tab', { name: '組織', exact: true }).click();
  await expect(page.getByRole('table').locator('tr[data-row-id="npa"] th')).toHaveText('警察庁');
  await expect(page.getByRole('columnheader', { name: '名称', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  // Dates read on one line in Japanese too (「2025年7月1日」, never 「2025年7月1」 over 「日」).
  await expect(page.getByRole('table').locator('tr[data-row-id="ntt_inc"] td').filter({ hasText: '2025年7月1日' })).toHaveCount(1);
  const brokenDates = await page.getByRole('table').evaluate((table) =>
    [...table.querySelectorAll('td')]
      .filter((cell) => /^\d{4}年/.test(cell.textContent ?? ''))
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      })
      .map((cell) => cell.textContent),
  );
  expect(brokenDates).toEqual([]);
});

test('the table view and grouped search results have no serious or critical axe violation', async ({ atlas, page }) => {
  test.slow();
  await atlas.open();
  await openTable(page);
  const scope = '.view-switch, .table-view, .search';
  expect(await seriousViolations(page, scope)).toEqual([]);
  await atlas.search('Cyber Dialogue');
  expect(await seriousViolations(page, scope)).toEqual([]);
});
