import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../support/bundles';
import { cp932, excelCsv } from '../support/excel-csv';
import { expect, test } from './fixtures';

const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);

async function downloaded(page: Page, button: Locator): Promise<{ download: Download; content: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { download, content: await readFile(path) };
}

/** A sheet of a workbook as Excel shows it: rows of cell texts. */
async function sheetRows(xlsx: Buffer, name: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? ''))));
  return rows;
}

test('export, import a Shift_JIS CSV with a preview, and compare, from the Data dialog', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseFromFileMenu('Export, import, compare…');
  const dialog = page.getByRole('dialog', { name: 'Data: export, import, compare' });
  const exporting = dialog.getByRole('region', { name: 'Export' });
  const importing = dialog.getByRole('region', { name: 'Import from a spreadsheet' });
  const comparing = dialog.getByRole('region', { name: 'Compare with a bundle' });

  // Export: a workbook with Japanese headers and labels, and a GEXF file for Gephi.
  await exporting.getByLabel('Labels and headers in').selectOption('ja');
  const xlsx = await downloaded(page, exporting.getByRole('button', { name: 'Excel (XLSX)' }));
  expect(xlsx.download.suggestedFilename()).toMatch(/^alliance-atlas-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(exporting.getByRole('status')).toContainText(`Exported ${xlsx.download.suggestedFilename()}`);
  const organizations = await sheetRows(xlsx.content, 'organizations');
  expect(organizations[0]).toEqual(expect.arrayContaining(['名称（日本語）', '種別']));
  expect(organizations.length - 2).toBe(shipped.actors.length);

  const gexf = await downloaded(page, exporting.getByRole('button', { name: 'GEXF (Gephi)' }));
  expect(gexf.download.suggestedFilename()).toMatch(/\.gexf$/);
  const text = gexf.content.toString('utf8');
  expect(text).toContain('mode="dynamic"');
  const graph = parseGexf(Graph, text);
  expect(graph.order).toBe(shipped.actors.length);
  expect(graph.getNodeAttribute('npa', 'label')).toBe('警察庁');

  // Import: the organizations sheet saved by Japanese Excel as CSV, with one name changed.
  const keys = organizations[1]!;
  const named = organizations.slice(2).find((row) => row[keys.indexOf('short.ja')] === '')!;
  const id = named[0]!;
  const newName = `${named[keys.indexOf('name.ja')]}（改称）`;
  named[keys.indexOf('name.ja')] = newName;
  await importing.getByTestId('import-file').setInputFiles({ name: '組織.csv', mimeType: 'text/csv', buffer: cp932(excelCsv(organizations)) });
  const preview = importing.getByTestId('import-preview');
  await expect(preview).toContainText('Read as Shift_JIS (CP932).');
  const changes = preview.getByTestId('change-list').locator('li[data-change]');
  await expect(changes).toHaveCount(1);
  await expect(changes.first()).toHaveAttribute('data-record-id', id);
  await expect(changes.first()).toContainText('Changed');
  await expect(changes.first()).toContainText(newName);
  await preview.getByRole('button', { name: 'Import these changes' }).click();
  await expect(importing.getByRole('status')).toContainText('Imported 組織.csv');
  await expect(importing.getByRole('status')).toContainText('backed up');

  // Compare with the shipped bundle: the change shows, and goes into a Markdown changelog.
  await comparing.getByTestId('compare-file').setInputFiles(SHIPPED_BUNDLE_PATH);
  const comparison = comparing.getByTestId('comparison');
  await expect(comparison.locator('li[data-change]')).toHaveCount(1);
  await expect(comparison.locator(`li[data-record-id="${id}"]`)).toContainText(newName);
  const markdown = await downloaded(page, comparison.getByRole('button', { name: 'Changelog (Markdown)' }));
  expect(markdown.content.toString('utf8')).toContain(`→ ${newName}`);
  const csv = await downloaded(page, comparison.getByRole('button', { name: 'Changelog (CSV)' }));
  expect(csv.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.content.toString('utf8')).toContain(newName);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await atlas.chooseLanguage('日本語');
  // Labels break into lines at phrase boundaries; the text is the new name.
  await expect.poll(async () => (await atlas.node(id)).label.replace(/\n/g, '')).toBe(newName);
});
