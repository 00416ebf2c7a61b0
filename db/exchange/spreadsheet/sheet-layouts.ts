import type { RecordList } from '../../bundle/bundle-schema';
import type { VocabularyGroup } from '../exchange-labels';

/**
 * The spreadsheet layout of a bundle (docs/dataset-format.md, "Spreadsheets"): one sheet per
 * record list, one row per record, one column per field, named by the bundle's field name in
 * the key row (texts in each language as `name.en`, `name.ja`). Citations have a sheet of
 * their own. Label columns repeat a code or id as readable text for people and are ignored
 * when the file is read back. Adding a field to the format is one line in a sheet below.
 */

export const SHEET_NAMES = ['organizations', 'relations', 'events', 'sources', 'citations', 'countries', 'dataset'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/**
 * - text: one value (empty: the field is left out, or null with `emptyAs: 'null'`);
 * - integer: a number such as the format version;
 * - date: a partial date; 2017/7/20 or 2017年7月 (as Japanese Excel may save them) are read as 2017-07-20, 2017-07;
 * - localized: one column per language, `field.<lang>`;
 * - lines: a list of texts, one per line of the cell;
 * - codes: a list of ids or codes, one per line (spaces, commas and semicolons also separate);
 * - label: readable text derived from the column `of`, written for people, ignored on import.
 */
export type ColumnKind = 'text' | 'integer' | 'date' | 'localized' | 'lines' | 'codes' | 'label';

/** How the readable header row describes the column: plain field name, or with a hint such as "(code)". */
export type HeaderStyle = 'plain' | 'code' | 'id' | 'ids' | 'codes' | 'lines' | 'localized';

/** What a label column shows: a vocabulary label, or the name of the record an id refers to. */
export type LabelSource = { readonly vocabulary: VocabularyGroup } | { readonly nameOf: 'actors' | 'countries' | 'sources' | 'records' };

export interface ColumnSpec {
  readonly key: string;
  readonly kind: ColumnKind;
  readonly header: HeaderStyle;
  /** The field whose name heads a label column. */
  readonly of?: string;
  readonly label?: LabelSource;
  /** localized only: when every language is empty the field is left out instead of reported missing. */
  readonly optional?: boolean;
  /** text only: an empty cell stands for null (fields the bundle format requires but allows to be null). */
  readonly emptyAs?: 'null';
}

export interface SheetLayout {
  readonly sheet: SheetName;
  /** The bundle list the sheet's rows become; citations and the dataset row are folded into other parts. */
  readonly list: RecordList | 'citations' | 'dataset';
  readonly columns: readonly ColumnSpec[];
}

const text = (key: string, header: HeaderStyle = 'plain'): ColumnSpec => ({ key, kind: 'text', header });
const nullable = (key: string): ColumnSpec => ({ key, kind: 'text', header: 'plain', emptyAs: 'null' });
const date = (key: string): ColumnSpec => ({ key, kind: 'date', header: 'plain' });
const localized = (key: string, optional = false): ColumnSpec => ({ key, kind: 'localized', header: 'localized', optional });
const label = (of: string, source: LabelSource): ColumnSpec => ({ key: `${of}_label`, kind: 'label', header: 'plain', of, label: source });
const code = (key: string, vocabulary: VocabularyGroup): [ColumnSpec, ColumnSpec] => [text(key, 'code'), label(key, { vocabulary })];
const actorRef = (key: string): [ColumnSpec, ColumnSpec] => [text(key, 'id'), label(key, { nameOf: 'actors' })];

export const SHEET_LAYOUTS: readonly SheetLayout[] = [
  {
    sheet: 'organizations',
    list: 'actors',
    columns: [
      text('id'),
      ...code('type', 'actorType'),
      { key: 'country', kind: 'text', header: 'code', emptyAs: 'null' },
      label('country', { nameOf: 'countries' }),
      localized('name'),
      localized('short', true),
      text('reading'),
      localized('description'),
      { key: 'aliases', kind: 'lines', header: 'lines' },
      { key: 'unofficialName', kind: 'codes', header: 'codes' },
      ...actorRef('parent'),
      date('from'),
      date('to'),
      ...actorRef('succeededBy'),
      localized('note', true),
    ],
  },
  {
    sheet: 'relations',
    list: 'relations',
    columns: [
      text('id'),
      ...code('type', 'linkType'),
      ...actorRef('source'),
      ...actorRef('target'),
      date('from'),
      date('to'),
      localized('description'),
      localized('note', true),
    ],
  },
  {
    sheet: 'events',
    list: 'events',
    columns: [
      text('id'),
      date('date'),
      date('endDate'),
      ...code('category', 'eventCategory'),
      localized('title'),
      localized('summary'),
      { key: 'actors', kind: 'codes', header: 'ids' },
      label('actors', { nameOf: 'actors' }),
      localized('note', true),
    ],
  },
  {
    sheet: 'sources',
    list: 'sources',
    columns: [text('id'), localized('title'), nullable('publisher'), { ...date('date'), emptyAs: 'null' }, nullable('url')],
  },
  {
    sheet: 'citations',
    list: 'citations',
    columns: [
      text('list'),
      text('record', 'id'),
      label('record', { nameOf: 'records' }),
      text('source', 'id'),
      label('source', { nameOf: 'sources' }),
      ...code('confidence', 'confidence'),
    ],
  },
  {
    sheet: 'countries',
    list: 'countries',
    columns: [text('code'), localized('name'), text('color')],
  },
  {
    sheet: 'dataset',
    list: 'dataset',
    columns: [text('format'), { key: 'version', kind: 'integer', header: 'plain' }, localized('title')],
  },
];

/** The sheet of each record list whose records carry citations; the citations sheet names them so. */
export const CITING_SHEETS = { organizations: 'actors', relations: 'relations', events: 'events' } as const satisfies Partial<Record<SheetName, RecordList>>;

export function layoutOf(sheet: SheetName): SheetLayout {
  const layout = SHEET_LAYOUTS.find((l) => l.sheet === sheet);
  if (!layout) throw new RangeError(`no layout for sheet ${sheet}`);
  return layout;
}

export function sheetOfList(list: RecordList): SheetName {
  return SHEET_LAYOUTS.find((l) => l.list === list)?.sheet ?? 'dataset';
}

const LOCALIZED_KEY = /^([A-Za-z]+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

/** The column spec a key-row cell names, with the language of a localized column; null when the layout has no such column. */
export function columnOf(layout: SheetLayout, key: string): { readonly spec: ColumnSpec; readonly lang: string | null } | null {
  const localizedKey = LOCALIZED_KEY.exec(key);
  if (localizedKey) {
    const spec = layout.columns.find((c) => c.kind === 'localized' && c.key === localizedKey[1]);
    return spec ? { spec, lang: localizedKey[2] ?? null } : null;
  }
  const spec = layout.columns.find((c) => c.kind !== 'localized' && c.key === key);
  return spec ? { spec, lang: null } : null;
}
