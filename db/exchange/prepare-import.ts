import type { ImportPreview } from '../../api/exchange-types';
import type { Bundle } from '../bundle/bundle-schema';
import { validateBundle, validateBundleText } from '../bundle/validate-bundle';
import { canonicalBundle, type BundleFile } from './canonical-bundle';
import { compareBundles } from './compare-bundles';
import type { LooseRecord } from './record-labels';
import { readCsv } from './spreadsheet/csv-file';
import { SHEET_LAYOUTS, SHEET_NAMES } from './spreadsheet/sheet-layouts';
import type { SheetTable } from './spreadsheet/sheet-table';
import { restoreShiftJisLosses } from './spreadsheet/shift-jis-losses';
import { sheetsToBundle } from './spreadsheet/sheets-to-bundle';
import { readWorkbook, UnreadableWorkbookError } from './spreadsheet/xlsx-file';

/**
 * Everything an import of a spreadsheet (XLSX, CSV) or bundle (JSON) does before it changes
 * anything: read the file, build the bundle it stands for over the current data, validate it
 * as a bundle is validated, and compare it with the current data. The preview and the import
 * itself both run this, so what is imported is what was previewed.
 */

export interface PreparedImport {
  readonly preview: ImportPreview;
  /** The valid bundle to import; null when the preview lists problems. */
  readonly bundle: Bundle | null;
}

type FileKind = 'xlsx' | 'csv' | 'json';

export function kindOf(fileName: string): FileKind | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (extension === 'json') return 'json';
  return null;
}

function preview(fileName: string, parts: Partial<ImportPreview>): ImportPreview {
  return { fileName, encoding: null, listsRead: [], sheetsIgnored: [], comparison: null, problems: [], warnings: [], ...parts };
}

function prepareBundleFile(current: BundleFile, fileName: string, bytes: Uint8Array): PreparedImport {
  const text = new TextDecoder('utf-8').decode(bytes);
  const validation = validateBundleText(text);
  if (!validation.ok) return { preview: preview(fileName, { problems: validation.problems }), bundle: null };
  const comparison = compareBundles(current as unknown as LooseRecord, canonicalBundle(validation.bundle) as unknown as LooseRecord);
  return { preview: preview(fileName, { comparison, listsRead: SHEET_NAMES, warnings: validation.warnings }), bundle: validation.bundle };
}

function shiftJisNote(kept: number): string {
  return `Shift_JIS cannot hold some characters of the current data (such as "–" or "é"), and the file has "?" or look-alikes in their place: the current text was kept in ${kept} field${kept === 1 ? '' : 's'}.`;
}

async function tablesOf(kind: 'xlsx' | 'csv', fileName: string, bytes: Uint8Array) {
  if (kind === 'xlsx') return { tables: await readWorkbook(bytes), encoding: null, problems: [] as readonly string[] };
  const csv = readCsv(fileName, bytes);
  return { tables: [csv.table] as SheetTable[], encoding: csv.encoding, problems: csv.problems };
}

export async function prepareImport(current: BundleFile, fileName: string, bytes: Uint8Array): Promise<PreparedImport> {
  const kind = kindOf(fileName);
  if (!kind) return { preview: preview(fileName, { problems: [`"${fileName}" is not an .xlsx, .csv or .json file.`] }), bundle: null };
  if (kind === 'json') return prepareBundleFile(current, fileName, bytes);

  let read: Awaited<ReturnType<typeof tablesOf>>;
  try {
    read = await tablesOf(kind, fileName, bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { preview: preview(fileName, { problems: [error.message] }), bundle: null };
    throw error;
  }
  const reading = sheetsToBundle(read.tables, current);
  const restored = read.encoding === 'Shift_JIS (CP932)' ? restoreShiftJisLosses(current as unknown as LooseRecord, reading.bundle) : { bundle: reading.bundle, kept: 0 };
  const notes = restored.kept > 0 ? [shiftJisNote(restored.kept)] : [];
  const found = { encoding: read.encoding, listsRead: reading.sheetsRead, sheetsIgnored: reading.sheetsIgnored };
  if (reading.sheetsRead.length === 0) {
    const expected = SHEET_LAYOUTS.map((l) => `${l.sheet}: ${l.columns.filter((c) => c.kind !== 'label').map((c) => c.key).join(', ')}`);
    const problem = `${fileName}: no sheet has a row of field names (row 1 or 2) that says what it holds. Expected, for example, ${expected.slice(0, 3).join('; ')}.`;
    return { preview: preview(fileName, { ...found, problems: [...read.problems, problem] }), bundle: null };
  }
  const comparison = compareBundles(current as unknown as LooseRecord, restored.bundle);
  const structural = [...read.problems, ...reading.problems];
  if (structural.length > 0) return { preview: preview(fileName, { ...found, comparison, problems: structural }), bundle: null };

  const validation = validateBundle(restored.bundle, reading.describe);
  if (!validation.ok) return { preview: preview(fileName, { ...found, comparison, problems: validation.problems, warnings: notes }), bundle: null };
  return { preview: preview(fileName, { ...found, comparison, warnings: [...notes, ...validation.warnings] }), bundle: validation.bundle };
}
