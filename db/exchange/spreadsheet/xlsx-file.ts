import ExcelJS, { type CellValue, type Workbook, type Worksheet } from 'exceljs';
import type { SheetToWrite } from './bundle-to-sheets';
import type { SheetTable } from './sheet-table';

/**
 * XLSX files through exceljs. Every cell is written as text in columns formatted as text, so
 * Excel never turns "2017-07" into a date or an id into a number when the user edits it; and
 * what Excel did turn into a date or number anyway is read back as the text it stood for.
 */

const WIDE_COLUMNS = new Set(['localized', 'lines', 'label']);
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const;
const LABEL_FONT = { color: { argb: 'FF5F6B7A' } } as const;

/** A dataset sheet, or another sheet laid out the same way (the user's notes, notes-sheet.ts). */
type AnySheetToWrite = Omit<SheetToWrite, 'name'> & { readonly name: string };

function addSheet(workbook: Workbook, sheet: AnySheetToWrite): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  worksheet.columns = sheet.columns.map((spec, index) => ({
    key: sheet.keys[index] ?? '',
    width: spec.kind === 'localized' && /^(description|summary|note)$/.test(spec.key) ? 60 : WIDE_COLUMNS.has(spec.kind) ? 32 : 18,
    style: { numFmt: '@', alignment: { vertical: 'top', wrapText: WIDE_COLUMNS.has(spec.kind) }, ...(spec.kind === 'label' ? { font: LABEL_FONT } : {}) },
  }));
  const headerRow = worksheet.addRow([...sheet.headers]);
  headerRow.font = { bold: true };
  headerRow.fill = HEADER_FILL;
  const keyRow = worksheet.addRow([...sheet.keys]);
  keyRow.font = { italic: true, size: 9, color: { argb: 'FF5F6B7A' } };
  keyRow.fill = HEADER_FILL;
  for (const row of sheet.rows) worksheet.addRow([...row]);
}

export async function writeWorkbook(sheets: readonly AnySheetToWrite[], createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alliance Atlas';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The text a cell shows, whatever exceljs made of it. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

function tableOf(worksheet: Worksheet): SheetTable {
  const rows: { number: number; cells: string[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= worksheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ number: row.number, cells });
  });
  return { name: worksheet.name, rows };
}

export class UnreadableWorkbookError extends Error {}

export async function readWorkbook(bytes: Uint8Array): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(`The file is not an XLSX workbook Excel could open (${(error as Error).message}).`);
  }
  return workbook.worksheets.map(tableOf);
}
