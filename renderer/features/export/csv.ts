import type { AtlasData, UserNote } from '../../../api/types';
import type { VisibleSet } from '../map/model/drawn-graph';
import type { MapLink } from '../../../domain/map-links';

/**
 * The data behind a scene as CSV that Excel opens correctly in Japanese: UTF-8 with a byte-order
 * mark, CRLF line ends, and cells that a spreadsheet would run as formulas neutralised.
 */

const BOM = '\uFEFF';
// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = ['record', 'id', 'type', 'country', 'name_en', 'name_ja', 'source', 'target', 'from', 'to'] as const;

/** Added when the user chooses to hand out their own notes with the scene's data. */
export const NOTE_COLUMNS = ['my_note_en', 'my_note_ja'] as const;

/** One row per actor and per relation the scene shows, in dataset order; with `notes`, the user's note on each. */
export function sceneCsv(atlas: Pick<AtlasData, 'actors' | 'relations'>, links: readonly MapLink[], visible: VisibleSet, notes?: readonly UserNote[]): string {
  const shownRelations = new Set(links.filter((l) => l.relationId && visible.links.has(l.id)).map((l) => l.relationId));
  const actorRows = atlas.actors
    .filter((a) => visible.actors.has(a.id))
    .map((a) => ['actor', a.id, a.type, a.country ?? '', a.name['en'], a.name['ja'], '', '', a.from, a.to]);
  const relationRows = atlas.relations
    .filter((r) => shownRelations.has(r.id))
    .map((r) => ['relation', r.id, r.type, '', '', '', r.source, r.target, r.from, r.to]);
  if (!notes) return toCsv([CSV_COLUMNS, ...actorRows, ...relationRows]);
  const noteOf = new Map(notes.map((note) => [`${note.kind}:${note.recordId}`, note.text]));
  const withNote = (row: readonly (string | null | undefined)[]) => {
    const text = noteOf.get(`${row[0]}:${row[1]}`);
    return [...row, text?.['en'] ?? '', text?.['ja'] ?? ''];
  };
  return toCsv([[...CSV_COLUMNS, ...NOTE_COLUMNS], ...actorRows.map(withNote), ...relationRows.map(withNote)]);
}
