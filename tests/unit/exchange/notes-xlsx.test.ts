import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../api/exchange-types';
import type { ImportSummary, UserNote } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { readWorkbook, writeWorkbook } from '../../../db/exchange/spreadsheet/xlsx-file';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { callThrough } from '../../support/dispatch-call';

// The shipped data: an XLSX export of the small v1 fixture does not import back (its sheets carry v2 columns; reported to the lead).
describe('the user’s notes through an XLSX export and import', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;

  const start = (path: string) => {
    session = openAtlas({ dataDirectory: path, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session), () => undefined);
  };
  const call = callThrough(() => dispatch);
  const notes = async () => (await call<UserNote[]>('listNotes')).map(({ kind, recordId, text }) => ({ kind, recordId, text }));

  beforeEach(() => {
    dir = makeTempDir();
    start(dir.path);
  });
  afterEach(() => {
    session.db.close();
    dir.remove();
  });

  it('exports the notes in a sheet of their own, in both languages, and another installation imports them intact', async () => {
    await call('saveNote', { kind: 'actor', recordId: 'nisc', text: { en: 'Ask about the 2025 reorganisation.', ja: '2025年の改組を確認。' } });
    await call('saveNote', { kind: 'relation', recordId: 'r_nisc_dialogue', text: { ja: '年次協議（=要確認）' } });
    await call('saveNote', { kind: 'event', recordId: 'e_2017_07_20_dialogue_5', text: { en: '=SUM(A1) stays text' } });
    const written = await notes();
    const exported = await call<ExportedFile>('exportData', { format: 'xlsx', language: 'ja' });
    const tables = await readWorkbook(Buffer.from(exported.content, 'base64'));
    const sheet = tables.find((t) => t.name === 'my_notes');
    expect(sheet?.rows[0]?.cells).toEqual(['レコードの種類', 'レコードID', '自分のメモ（英語）', '自分のメモ（日本語）']);
    expect(sheet?.rows[1]?.cells).toEqual(['kind', 'id', 'note.en', 'note.ja']);

    // Another installation, with no notes: the import brings the data and the notes.
    session.db.close();
    const other = makeTempDir();
    try {
      start(other.path);
      expect(await notes()).toEqual([]);
      const summary = await call<ImportSummary>('importData', { fileName: 'alliance-atlas.xlsx', content: exported.content });
      expect(summary.actors).toBe(readRawBundle(SHIPPED_BUNDLE_PATH).actors.length);
      expect(await notes()).toEqual(written);
    } finally {
      session.db.close();
      other.remove();
      start(dir.path);
    }
  });

  it('a blank cell removes that language, notes not listed stay, and unreadable rows are reported, not written', async () => {
    await call('saveNote', { kind: 'actor', recordId: 'nisc', text: { en: 'Keep me', ja: '消す' } });
    await call('saveNote', { kind: 'actor', recordId: 'cisa', text: { en: 'Not in the sheet' } });
    const exported = await call<ExportedFile>('exportData', { format: 'xlsx', language: 'en' });
    const tables = await readWorkbook(Buffer.from(exported.content, 'base64'));
    const edited = tables.map((table) => {
      if (table.name !== 'my_notes') return table;
      const [headers, keys] = table.rows;
      const rows = [
        ['actor', 'nisc', 'Keep me', ''],
        ['organisation', 'npa', 'bad kind', ''],
      ];
      return { ...table, rows: [headers!, keys!, ...rows.map((cells, i) => ({ number: i + 3, cells }))] };
    });
    // Written back as a workbook the way a user's spreadsheet program would save it.
    const workbook = await writeWorkbook(
      edited.map((table) => ({ name: table.name, headers: table.rows[0]!.cells, keys: table.rows[1]!.cells, columns: table.rows[1]!.cells.map((key) => ({ key, kind: 'text', header: 'plain' }) as const), rows: table.rows.slice(2).map((r) => r.cells) })),
      new Date(),
    );
    const summary = await call<ImportSummary>('importData', { fileName: 'edited.xlsx', content: workbook.toString('base64') });
    expect(summary.warnings).toContain('my_notes, row 4: needs a kind (actor, relation, event) and an id; the row was not read');
    expect(await notes()).toEqual([
      { kind: 'actor', recordId: 'cisa', text: { en: 'Not in the sheet' } },
      { kind: 'actor', recordId: 'nisc', text: { en: 'Keep me' } },
    ]);
  });

  it('a workbook without notes leaves the workbook as before: no notes sheet', async () => {
    const exported = await call<ExportedFile>('exportData', { format: 'xlsx', language: 'en' });
    expect((await readWorkbook(Buffer.from(exported.content, 'base64'))).map((t) => t.name)).not.toContain('my_notes');
  });
});
