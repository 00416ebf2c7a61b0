import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../api/exchange-types';
import type { ApiError } from '../../../api/result';
import type { ImportSummary } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { bundleJson, canonicalBundle } from '../../../db/exchange/canonical-bundle';
import { readBundle } from '../../../db/exchange/export-bundle';
import { bundleToSheets, type SheetToWrite } from '../../../db/exchange/spreadsheet/bundle-to-sheets';
import { sheetsToBundle } from '../../../db/exchange/spreadsheet/sheets-to-bundle';
import { readWorkbook, writeWorkbook } from '../../../db/exchange/spreadsheet/xlsx-file';
import { validateBundle } from '../../../db/bundle/validate-bundle';
import { readAtlas } from '../../../db/queries/atlas';
import { actorOf, readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH } from '../../support/bundles';
import { cp932, excelCsv } from '../../support/excel-csv';
import { makeTempDir } from '../../support/temp-dir';
import { join } from 'node:path';
import { callThrough } from '../../support/dispatch-call';

function sheet(sheets: readonly SheetToWrite[], name: string): SheetToWrite {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The sheet's rows as Excel shows them: readable headers, field names, records. */
function grid(written: SheetToWrite): string[][] {
  return [[...written.headers], [...written.keys], ...written.rows.map((row) => [...row])];
}

function setCell(rows: string[][], id: string, key: string, value: string): void {
  const column = rows[1]?.indexOf(key) ?? -1;
  const row = rows.find((r) => r[0] === id);
  if (column < 0 || !row) throw new Error(`no cell ${id}/${key}`);
  row[column] = value;
}

describe('spreadsheets', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;

  beforeEach(() => {
    dir = makeTempDir();
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session), () => undefined);
  });
  afterEach(() => {
    session.db.close();
    dir.remove();
  });

  const call = callThrough(() => dispatch);
  const refusal = async (operation: string, args: unknown): Promise<ApiError> => {
    const result = await dispatch(operation, args);
    if (result.ok) throw new Error(`${operation} was expected to fail`);
    return result.error;
  };
  const backups = () => (existsSync(join(dir.path, 'backups')) ? readdirSync(join(dir.path, 'backups')).length : 0);

  it('bundle → XLSX → bundle gives the identical data, with readable Japanese headers and labels', async () => {
    const exported = await call<{ fileName: string; encoding: string; content: string }>('exportData', { format: 'xlsx', language: 'ja' });
    expect(exported.fileName).toMatch(/^alliance-atlas-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(exported.encoding).toBe('base64');

    const tables = await readWorkbook(Buffer.from(exported.content, 'base64'));
    expect(tables.map((t) => t.name)).toEqual(['organizations', 'relations', 'events', 'sources', 'citations', 'countries', 'dataset']);
    const organizations = tables[0]!;
    expect(organizations.rows[0]?.cells).toEqual(expect.arrayContaining(['ID', '種別（コード）', '種別', '名称（英語）', '名称（日本語）', '別名（1行に1つ）']));
    expect(organizations.rows[1]?.cells.slice(0, 6)).toEqual(['id', 'type', 'type_label', 'country', 'country_label', 'name.en']);
    const npa = organizations.rows.find((r) => r.cells[0] === 'npa')?.cells ?? [];
    expect(npa.slice(0, 5)).toEqual(['npa', 'agency', '政府機関', 'JP', '日本']);
    expect(npa).toContain('警察庁');

    // Functions and the release have no sheet yet: they are kept from the current data.
    const reading = sheetsToBundle(tables, readBundle(session.db));
    expect(reading.sheetsRead).toEqual(['organizations', 'relations', 'events', 'sources', 'citations', 'countries', 'dataset']);
    expect(reading.problems).toEqual([]);
    const validation = validateBundle(reading.bundle, reading.describe);
    if (!validation.ok) throw new Error(validation.problems.join('\n'));
    expect(bundleJson(canonicalBundle(validation.bundle))).toBe(bundleJson(readBundle(session.db)));
  });

  it('imports a Shift_JIS CSV written the way Japanese Excel writes it, with its Japanese intact', async () => {
    const rows = grid(sheet(bundleToSheets(readBundle(session.db), 'ja'), 'organizations'));
    // ㈱ and ① exist in CP932 but not in plain Shift_JIS: the file must be read as Microsoft's variant.
    setCell(rows, 'npa', 'name.ja', '警察庁（㈱①テスト）');
    setCell(rows, 'npa', 'aliases', 'NPA\n警察庁, "本庁"');
    // Japanese Excel saves the dates it recognised its own way: 2005/4/25 is still 2005-04-25.
    setCell(rows, 'nisc', 'from', String(actorOf(readRawBundle(SHIPPED_BUNDLE_PATH), 'nisc')['from']).replace(/-0?/g, '/'));
    const bytes = cp932(excelCsv(rows));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const file = { fileName: '組織.csv', content: bytes.toString('base64') };

    const preview = await call<ImportPreview>('previewDataImport', file);
    expect(preview).toMatchObject({ encoding: 'Shift_JIS (CP932)', listsRead: ['organizations'], problems: [], sheetsIgnored: [] });
    // "U.S.–Japan": CP932 has no en dash, so the file says "U.S.?Japan"; that is a loss, not an edit.
    expect(preview.warnings).toEqual([expect.stringMatching(/^Shift_JIS cannot hold some characters .* the current text was kept in \d+ fields\.$/)]);
    expect(preview.comparison?.changes).toEqual([
      {
        list: 'actors',
        id: 'npa',
        change: 'changed',
        label: { en: 'National Police Agency', ja: '警察庁（㈱①テスト）' },
        fields: [
          { kind: 'value', field: 'name', lang: 'ja', item: null, before: '警察庁', after: '警察庁（㈱①テスト）' },
          { kind: 'items', field: 'aliases', added: ['警察庁, "本庁"'], removed: [] },
        ],
      },
    ]);
    expect(backups()).toBe(0);

    const summary = await call<ImportSummary>('importData', file);
    expect(summary.backupFile).not.toBeNull();
    const npa = readAtlas(session.db).actors.find((a) => a.id === 'npa');
    expect(npa?.name).toEqual({ en: 'National Police Agency', ja: '警察庁（㈱①テスト）' });
    // Organizations kept their citations: the CSV had no citations sheet.
    expect(readBundle(session.db).actors.find((a) => a.id === 'npa')?.sources).toEqual(
      readRawBundle(SHIPPED_BUNDLE_PATH).actors.find((a) => a['id'] === 'npa')?.['sources'],
    );
  });

  it('imports a UTF-8 CSV with a byte-order mark, and a citations sheet replaces citations', async () => {
    const sheets = bundleToSheets(readBundle(session.db), 'en');
    const relations = grid(sheet(sheets, 'relations'));
    const relationId = relations[2]?.[0] ?? '';
    setCell(relations, relationId, 'description.ja', '説明を書き換えた「テスト」');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(excelCsv(relations), 'utf8')]);
    const preview = await call<ImportPreview>('previewDataImport', { fileName: 'relations.csv', content: bom.toString('base64') });
    expect(preview.encoding).toBe('UTF-8 (BOM)');
    expect(preview.comparison?.changes.map((c) => [c.id, c.fields.map((f) => f.kind === 'value' && [f.field, f.lang, f.after])])).toEqual([
      [relationId, [['description', 'ja', '説明を書き換えた「テスト」']]],
    ]);

    const citations = grid(sheet(sheets, 'citations'));
    const confidence = citations[1]!.indexOf('confidence');
    const first = citations[2]!;
    first[confidence] = first[confidence] === 'official' ? 'reported' : 'official';
    const citationPreview = await call<ImportPreview>('previewDataImport', {
      fileName: 'citations.csv',
      content: Buffer.from(excelCsv(citations), 'utf8').toString('base64'),
    });
    expect(citationPreview.encoding).toBe('UTF-8');
    expect(citationPreview.comparison?.changes).toHaveLength(1);
    expect(citationPreview.comparison?.changes[0]?.fields).toEqual([
      { kind: 'value', field: 'sources', lang: null, item: first[3], before: first[confidence] === 'official' ? 'reported' : 'official', after: first[confidence] },
    ]);
  });

  it('refuses a malformed sheet with messages naming sheet, row and column, and changes nothing', async () => {
    const sheets = bundleToSheets(readBundle(session.db), 'en').map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
    const organizations = sheet(sheets, 'organizations');
    const relations = sheet(sheets, 'relations');
    const rowOf = (s: SheetToWrite, id: string) => s.rows.findIndex((r) => r[0] === id);
    (organizations.rows[rowOf(organizations, 'npa')] as string[])[organizations.keys.indexOf('type')] = 'ministryy';
    (organizations.rows[rowOf(organizations, 'cisa')] as string[])[organizations.keys.indexOf('name.ja')] = '';
    const relation = relations.rows[4] as string[];
    relation[relations.keys.indexOf('target')] = 'no_such_actor';
    const before = bundleJson(readBundle(session.db));
    const content = (await writeWorkbook(sheets, new Date())).toString('base64');

    const preview = await call<ImportPreview>('previewDataImport', { fileName: 'draft.xlsx', content });
    const npaRow = rowOf(organizations, 'npa') + 3;
    const cisaRow = rowOf(organizations, 'cisa') + 3;
    expect(preview.problems).toEqual([
      expect.stringMatching(new RegExp(`^organizations, row ${npaRow} \\("npa"\\), column type: must be one of: government, `)),
      `organizations, row ${cisaRow} ("cisa"), column name.ja: Japanese text is missing`,
    ]);
    const refused = await refusal('importData', { fileName: 'draft.xlsx', content });
    expect(refused.code).toBe('invalid_dataset');
    expect(refused.message).toBe('The file "draft.xlsx" was refused (2 problems); nothing was changed.');

    // Once the schema passes, the rules across records speak in the same terms.
    (organizations.rows[rowOf(organizations, 'npa')] as string[])[organizations.keys.indexOf('type')] = 'agency';
    (organizations.rows[rowOf(organizations, 'cisa')] as string[])[organizations.keys.indexOf('name.ja')] = 'CISA';
    const second = (await writeWorkbook(sheets, new Date())).toString('base64');
    const secondPreview = await call<ImportPreview>('previewDataImport', { fileName: 'draft.xlsx', content: second });
    expect(secondPreview.problems).toEqual([`relations, row 7 ("${relation[0]}"), column target: no actor has the id "no_such_actor"`]);

    expect(bundleJson(readBundle(session.db))).toBe(before);
    expect(backups()).toBe(0);
  });

  it('names unknown columns and unreadable files', async () => {
    const rows = grid(sheet(bundleToSheets(readBundle(session.db), 'en'), 'sources'));
    rows[1]![2] = 'titel.ja';
    const preview = await call<ImportPreview>('previewDataImport', { fileName: 'sources.csv', content: Buffer.from(excelCsv(rows)).toString('base64') });
    expect(preview.problems).toEqual(['sources.csv, column C: "titel.ja" is not a column of the sources sheet (misspelt?)']);

    // Removing an organization that the current connections still use: those are named as current data.
    const organizations = grid(sheet(bundleToSheets(readBundle(session.db), 'en'), 'organizations')).filter((row) => row[0] !== 'npa');
    const removal = await call<ImportPreview>('previewDataImport', { fileName: 'organizations.csv', content: Buffer.from(excelCsv(organizations)).toString('base64') });
    expect(removal.comparison?.changes.map((c) => [c.change, c.id])).toEqual([['removed', 'npa']]);
    expect(removal.problems.length).toBeGreaterThan(0);
    const [inFile, inCurrentData] = [removal.problems.filter((p) => p.startsWith('organizations.csv')), removal.problems.filter((p) => p.startsWith('current data'))];
    expect(inFile.length + inCurrentData.length).toBe(removal.problems.length);
    expect(inFile.every((p) => /^organizations\.csv, row \d+ \("[^"]+"\), column parent: no actor has the id "npa"$/.test(p))).toBe(true);
    expect(inCurrentData[0]).toMatch(/^current data, relations\[\d+\] "[^"]+", field (source|target): no actor has the id "npa"$/);

    const notAWorkbook = await call<ImportPreview>('previewDataImport', { fileName: 'x.xlsx', content: Buffer.from('hello').toString('base64') });
    expect(notAWorkbook.problems[0]).toMatch(/^The file is not an XLSX workbook/);
    const unknown = await call<ImportPreview>('previewDataImport', { fileName: 'notes.csv', content: Buffer.from('a,b\r\n1,2\r\n').toString('base64') });
    expect(unknown.problems[0]).toMatch(/^notes\.csv: no sheet has a row of field names/);
    const tooLarge = await refusal('previewDataImport', { fileName: 'x.csv', content: 'A'.repeat(30 * 1024 * 1024) });
    expect(tooLarge.code).toBe('invalid_arguments');
  });

  it('a format version 1 dataset goes to XLSX and back unchanged, and stays version 1', async () => {
    const older = makeTempDir();
    const v1 = openAtlas({ dataDirectory: older.path, bundledDatasetPath: SMALL_BUNDLE_PATH });
    try {
      const callV1 = callThrough(() => createDispatcher(createHandlers(v1), () => undefined));
      const before = bundleJson(readBundle(v1.db));
      expect(readBundle(v1.db).version).toBe(1);
      const exported = await callV1<{ content: string }>('exportData', { format: 'xlsx', language: 'en' });
      const file = { fileName: 'small.xlsx', content: exported.content };
      // Refused before: the spreadsheet's bundle named version 2's fields (an empty roles list, no release).
      const preview = await callV1<ImportPreview>('previewDataImport', file);
      expect(preview.problems).toEqual([]);
      expect(preview.comparison?.changes).toEqual([]);
      await callV1<ImportSummary>('importData', file);
      expect(readBundle(v1.db).version).toBe(1);
      expect(bundleJson(readBundle(v1.db))).toBe(before);
    } finally {
      v1.db.close();
      older.remove();
    }
  });
});
