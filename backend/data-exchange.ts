import type { BundleComparison, ExportedFile, ExportFormat, ImportPreview } from '../api/exchange-types';
import type { ImportSummary } from '../api/types';
import type { UiLanguage } from '../domain/languages';
import { validateBundle, validateBundleText } from '../db/bundle/validate-bundle';
import type { AtlasDatabase } from '../db/connection';
import { bundleJson, canonicalBundle } from '../db/exchange/canonical-bundle';
import { compareBundles } from '../db/exchange/compare-bundles';
import { readBundle } from '../db/exchange/export-bundle';
import { writeGexf } from '../db/exchange/graph/gexf';
import { graphModel } from '../db/exchange/graph/graph-model';
import { writeGraphml } from '../db/exchange/graph/graphml';
import { kindOf, prepareImport } from '../db/exchange/prepare-import';
import type { LooseRecord } from '../db/exchange/record-labels';
import { bundleToSheets } from '../db/exchange/spreadsheet/bundle-to-sheets';
import { notesFromTables, notesSheet } from '../db/exchange/spreadsheet/notes-sheet';
import { readWorkbook, writeWorkbook } from '../db/exchange/spreadsheet/xlsx-file';
import { listNotes, writeNote } from '../db/queries/notes';
import { AtlasError } from './atlas-error';
import type { RunImport } from './dataset-import';

/**
 * The data exchange operations over whichever database is open: files out (bundle, XLSX,
 * GraphML, GEXF), spreadsheets and bundles in (previewed, then imported through the same
 * backed-up, transactional path as any bundle), and comparisons with another bundle.
 */

const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  bundle: { extension: 'json', mimeType: 'application/json' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  graphml: { extension: 'graphml', mimeType: 'application/graphml+xml' },
  gexf: { extension: 'gexf', mimeType: 'application/gexf+xml' },
};

/** The current data as a parsed bundle: what the graph exports read. */
function currentBundle(db: AtlasDatabase) {
  const validation = validateBundle(readBundle(db));
  if (!validation.ok) throw new Error(`The database holds data that is not a valid bundle: ${validation.problems.join('; ')}`);
  return validation.bundle;
}

export async function exportData(db: AtlasDatabase, format: ExportFormat, language: UiLanguage, now = new Date()): Promise<ExportedFile> {
  const day = now.toISOString().slice(0, 10);
  const { extension, mimeType } = FILE_TYPES[format];
  const file = (encoding: ExportedFile['encoding'], content: string): ExportedFile => ({
    fileName: `alliance-atlas-${day}.${extension}`,
    mimeType,
    encoding,
    content,
  });
  switch (format) {
    case 'bundle':
      return file('text', bundleJson(readBundle(db)));
    case 'xlsx': {
      const notes = notesSheet(listNotes(db), language);
      const sheets = [...bundleToSheets(readBundle(db), language), ...(notes ? [notes] : [])];
      return file('base64', (await writeWorkbook(sheets, now)).toString('base64'));
    }
    case 'graphml':
      return file('text', writeGraphml(graphModel(currentBundle(db), language)));
    case 'gexf':
      return file('text', writeGexf(graphModel(currentBundle(db), language), day));
  }
}

export async function previewDataImport(db: AtlasDatabase, fileName: string, base64: string): Promise<ImportPreview> {
  return (await prepareImport(readBundle(db), fileName, Buffer.from(base64, 'base64'))).preview;
}

/** Imports the file if it passes every check of the preview; a refused file changes nothing. */
/** Imports a spreadsheet or bundle the user confirmed, through the same (backed-up, off-thread) path as a bundle. */
export async function importData(db: AtlasDatabase, fileName: string, base64: string, runImport: RunImport): Promise<ImportSummary> {
  const { preview, bundle } = await prepareImport(readBundle(db), fileName, Buffer.from(base64, 'base64'));
  if (!bundle) {
    throw new AtlasError(
      'invalid_dataset',
      `The file "${fileName}" was refused (${preview.problems.length} problem${preview.problems.length === 1 ? '' : 's'}); nothing was changed.`,
      preview.problems,
    );
  }
  const summary = await runImport(fileName, bundleJson(canonicalBundle(bundle)));
  return kindOf(fileName) === 'xlsx' ? importNotesSheet(db, Buffer.from(base64, 'base64'), summary) : summary;
}

/**
 * The notes sheet of an imported workbook, written after the data (notes are the user's table,
 * apart from the dataset, so they are not part of the data's transaction): the notes it lists
 * in one transaction, rows it cannot read added to the import's warnings.
 */
async function importNotesSheet(db: AtlasDatabase, bytes: Uint8Array, summary: ImportSummary): Promise<ImportSummary> {
  const read = notesFromTables(await readWorkbook(bytes));
  if (!read) return summary;
  db.transaction(() => {
    for (const note of read.notes) writeNote(db, note.kind, note.recordId, note.text);
  })();
  return { ...summary, warnings: [...summary.warnings, ...read.problems], warningCount: summary.warningCount + read.problems.length };
}

export type CompareDirection = 'sinceFile' | 'towardsFile';

/** What changed since the bundle in `text` (sinceFile), or what importing it would change (towardsFile). */
export function compareWithBundle(db: AtlasDatabase, fileName: string, text: string, direction: CompareDirection): BundleComparison {
  const validation = validateBundleText(text);
  if (!validation.ok) {
    throw new AtlasError('invalid_dataset', `The file "${fileName}" is not a bundle this app can read; nothing was compared.`, validation.problems);
  }
  const current = readBundle(db) as unknown as LooseRecord;
  const other = canonicalBundle(validation.bundle) as unknown as LooseRecord;
  return direction === 'sinceFile' ? compareBundles(other, current) : compareBundles(current, other);
}
