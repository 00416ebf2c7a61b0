import type { NoteKind } from '../../../api/types';
import type { UiLanguage } from '../../../domain/languages';
import { exchangeLabels } from '../exchange-labels';
import type { ColumnSpec } from './sheet-layouts';
import type { SheetTable } from './sheet-table';

/**
 * The user's own notes in a workbook: one sheet, "my_notes", beside the dataset's sheets, so
 * notes travel with an XLSX export and come back with its import as they do in CSV exports.
 * The sheet is not a dataset sheet: the bundle importer ignores it (sheetsIgnored) and
 * notes stay apart from the dataset; an import writes the notes it lists and no others.
 */

export const NOTES_SHEET = 'my_notes';
const NOTE_KINDS: readonly NoteKind[] = ['actor', 'relation', 'event'];
const LANGUAGES = ['en', 'ja'] as const;
const KEYS = ['kind', 'id', ...LANGUAGES.map((lang) => `note.${lang}`)];

export interface SheetNote {
  readonly kind: NoteKind;
  readonly recordId: string;
  readonly text: Readonly<Record<string, string>>;
}

/** The sheet to write, or null when the user has no notes (then the workbook is as before). */
export function notesSheet(notes: readonly SheetNote[], language: UiLanguage) {
  if (notes.length === 0) return null;
  const t = exchangeLabels(language);
  const headers = [t('myNotes.kind'), t('myNotes.id'), ...LANGUAGES.map((lang) => t('myNotes.note', { language: t(`language.${lang}`) }))];
  const columns: ColumnSpec[] = KEYS.map((key) => ({ key, kind: key.startsWith('note.') ? 'localized' : 'text', header: 'plain' }) as ColumnSpec);
  const rows = notes.map((note) => [note.kind, note.recordId, ...LANGUAGES.map((lang) => note.text[lang] ?? '')]);
  return { name: NOTES_SHEET, headers, keys: KEYS, columns, rows };
}

/**
 * The notes a workbook lists: null when it has no notes sheet. A blank language removes that
 * language's note; rows that name no record kind or id are reported by row, not written.
 */
export function notesFromTables(tables: readonly SheetTable[]): { readonly notes: SheetNote[]; readonly problems: string[] } | null {
  const table = tables.find((candidate) => candidate.name === NOTES_SHEET);
  if (!table) return null;
  const keyRow = table.rows.slice(0, 2).find((row) => row.cells.map((c) => c.trim()).includes('kind'));
  if (!keyRow) return { notes: [], problems: [`${NOTES_SHEET}: no row of column names (kind, id, note.en, note.ja)`] };
  const column = (key: string) => keyRow.cells.findIndex((c) => c.trim() === key);
  const notes: SheetNote[] = [];
  const problems: string[] = [];
  for (const row of table.rows.filter((r) => r.number > keyRow.number)) {
    const cell = (key: string) => (column(key) >= 0 ? (row.cells[column(key)] ?? '').trim() : '');
    const kind = cell('kind');
    const recordId = cell('id');
    if (!kind && !recordId) continue;
    if (!NOTE_KINDS.includes(kind as NoteKind) || !recordId) {
      problems.push(`${NOTES_SHEET}, row ${row.number}: needs a kind (${NOTE_KINDS.join(', ')}) and an id; the row was not read`);
      continue;
    }
    notes.push({ kind: kind as NoteKind, recordId, text: Object.fromEntries(LANGUAGES.filter((lang) => column(`note.${lang}`) >= 0).map((lang) => [lang, cell(`note.${lang}`)])) });
  }
  return { notes, problems };
}
