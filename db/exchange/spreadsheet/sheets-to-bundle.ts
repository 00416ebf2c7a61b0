import { normalizeWrittenDate } from '../../../domain/partial-date';
import { RECORD_LISTS, type RecordList } from '../../bundle/bundle-schema';
import { formatProblem, type BundleProblem } from '../../bundle/problem-location';
import type { BundleFile } from '../canonical-bundle';
import { recordsOf, stringOf, type LooseRecord } from '../record-labels';
import { CITING_SHEETS, columnOf, SHEET_LAYOUTS, sheetOfList, type ColumnSpec, type SheetLayout, type SheetName } from './sheet-layouts';
import { columnLetter, isBlankRow, type SheetRow, type SheetTable } from './sheet-table';

/**
 * Reads sheets (of a workbook, or one CSV file) back into a bundle. Lists the file does not
 * have are taken from the current data, so a CSV of organizations changes organizations
 * only; organizations keep their citations unless the file has a citations sheet. The result
 * is not validated here: `describe` turns the validator's findings into messages that name
 * the sheet, row and column to fix.
 */

export interface SheetsReading {
  readonly bundle: LooseRecord;
  readonly sheetsRead: readonly SheetName[];
  readonly sheetsIgnored: readonly string[];
  /** Problems of the file's structure (unknown columns, sheets, citation targets); the bundle is not worth validating when there are any. */
  readonly problems: readonly string[];
  describe(problem: BundleProblem): string;
}

/** Columns whose presence in the key row tells which sheet a table is, whatever it is called. */
const IDENTIFYING_KEYS: Record<SheetName, readonly string[]> = {
  organizations: ['id', 'type', 'country'],
  relations: ['id', 'type', 'source', 'target'],
  events: ['id', 'date', 'category'],
  sources: ['id', 'publisher', 'url'],
  citations: ['list', 'record', 'source'],
  countries: ['code', 'color'],
  dataset: ['format', 'version'],
};

const CITING_LISTS: ReadonlySet<string> = new Set(Object.values(CITING_SHEETS));

interface IdentifiedTable {
  readonly table: SheetTable;
  readonly layout: SheetLayout;
  readonly keys: readonly string[];
  readonly dataRows: readonly SheetRow[];
}

/** The layout a row of column names belongs to: all its identifying keys present, most known columns. */
function layoutForKeys(cells: readonly string[]): SheetLayout | null {
  const keys = new Set(cells.map((c) => c.trim()));
  let best: { layout: SheetLayout; known: number } | null = null;
  for (const layout of SHEET_LAYOUTS) {
    if (!IDENTIFYING_KEYS[layout.sheet].every((key) => keys.has(key))) continue;
    const known = [...keys].filter((key) => columnOf(layout, key)).length;
    if (!best || known > best.known) best = { layout, known };
  }
  return best?.layout ?? null;
}

/** The key row is the first or second row (the first holds readable headers in the app's own files). */
function identify(table: SheetTable): IdentifiedTable | null {
  const candidates = table.rows.slice(0, 2);
  for (const [index, row] of candidates.entries()) {
    const layout = layoutForKeys(row.cells);
    if (layout) {
      return { table, layout, keys: row.cells.map((c) => c.trim()), dataRows: table.rows.slice(index + 1).filter((r) => !isBlankRow(r)) };
    }
  }
  return null;
}

function structureProblems({ table, layout, keys, dataRows }: IdentifiedTable): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    const where = `${table.name}, column ${columnLetter(index)}`;
    if (key === '') {
      if (dataRows.some((row) => (row.cells[index] ?? '').trim() !== '')) problems.push(`${where}: has values but no field name in the row of field names`);
    } else if (!columnOf(layout, key)) {
      problems.push(`${where}: "${key}" is not a column of the ${layout.sheet} sheet (misspelt?)`);
    } else if (seen.has(key)) {
      problems.push(`${where}: "${key}" appears twice`);
    }
    seen.add(key);
  });
  return problems;
}

function splitList(spec: ColumnSpec, cell: string): string[] {
  const items = spec.kind === 'lines' ? cell.split(/\r?\n/) : cell.split(/[\s,;、]+/);
  return items.filter((item) => item.trim() !== '');
}

/** One row as a record: empty cells leave their field out, localized columns gather into one object. */
function rowToRecord(layout: SheetLayout, keys: readonly string[], row: SheetRow): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const texts = new Map<string, Record<string, string>>();
  keys.forEach((key, index) => {
    const column = columnOf(layout, key);
    const cell = row.cells[index] ?? '';
    if (!column || column.spec.kind === 'label') return;
    const { spec, lang } = column;
    if (spec.kind === 'localized') {
      const text = texts.get(spec.key) ?? {};
      if (cell.trim() !== '' && lang) text[lang] = cell;
      texts.set(spec.key, text);
      return;
    }
    if (cell.trim() === '') {
      if (spec.emptyAs === 'null') record[spec.key] = null;
      return;
    }
    if (spec.kind === 'lines' || spec.kind === 'codes') record[spec.key] = splitList(spec, cell);
    else if (spec.kind === 'integer') record[spec.key] = /^\d+$/.test(cell.trim()) ? Number(cell.trim()) : cell;
    else if (spec.kind === 'date') record[spec.key] = normalizeWrittenDate(cell) ?? cell;
    else record[spec.key] = cell;
  });
  for (const spec of layout.columns) {
    const text = texts.get(spec.key);
    if (text && (Object.keys(text).length > 0 || !spec.optional)) record[spec.key] = text;
  }
  return record;
}

interface Located {
  readonly table: string;
  readonly row: number;
  readonly id: unknown;
}

function where(located: Located): string {
  const id = typeof located.id === 'string' && located.id.length <= 80 ? ` ("${located.id}")` : '';
  return `${located.table}, row ${located.row}${id}`;
}

function dropUndefinedFields(record: Record<string, unknown>): void {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
}

export function sheetsToBundle(tables: readonly SheetTable[], current: BundleFile): SheetsReading {
  const problems: string[] = [];
  const sheetsIgnored: string[] = [];
  const bySheet = new Map<SheetName, IdentifiedTable>();
  for (const table of tables) {
    const identified = identify(table);
    if (!identified) {
      sheetsIgnored.push(table.name);
      continue;
    }
    const earlier = bySheet.get(identified.layout.sheet);
    if (earlier) problems.push(`${table.name}: holds ${identified.layout.sheet} like ${earlier.table.name}; keep one of them`);
    else bySheet.set(identified.layout.sheet, identified);
    problems.push(...structureProblems(identified));
  }

  const bundle = structuredClone(current) as unknown as Record<string, unknown>;
  // The canonical bundle leaves absent fields as keys set to undefined, and a version 1 bundle may
  // not even name version 2's fields (format-versions.ts): drop them, as its JSON file would.
  dropUndefinedFields(bundle);
  recordsOf(bundle, 'actors').forEach(dropUndefinedFields);
  const recordRows = new Map<string, Located[]>();
  const citationRows = new Map<string, Located[]>();
  let datasetRow: Located | null = null;

  const read = (sheet: SheetName) => {
    const found = bySheet.get(sheet);
    return found ? found.dataRows.map((row) => ({ record: rowToRecord(found.layout, found.keys, row), row: row.number, table: found.table.name })) : null;
  };

  for (const list of RECORD_LISTS) {
    const rows = read(sheetOfList(list));
    if (!rows) continue;
    const previous = new Map(recordsOf(bundle, list).map((r) => [stringOf(r['id']), r]));
    // What the sheet has no columns for (citations, an organization's functions) stays as it was.
    bundle[list] = rows.map(({ record }) => {
      const before = previous.get(stringOf(record['id']));
      if (!CITING_LISTS.has(list)) return record;
      return { ...record, sources: before?.['sources'] ?? [], ...(list === 'actors' && before?.['roles'] !== undefined ? { roles: before['roles'] } : {}) };
    });
    recordRows.set(
      list,
      rows.map(({ record, row, table }) => ({ table, row, id: record['id'] ?? record['code'] })),
    );
  }

  const dataset = read('dataset');
  if (dataset) {
    if (dataset.length !== 1) problems.push(`${bySheet.get('dataset')?.table.name}: must have exactly one row of data below the field names`);
    const first = dataset[0];
    if (first) {
      for (const key of ['format', 'version', 'title']) bundle[key] = first.record[key];
      datasetRow = { table: first.table, row: first.row, id: null };
    }
  }

  const citations = read('citations');
  if (citations) {
    const grouped = new Map<string, { citation: unknown; located: Located }[]>();
    for (const { record, row, table } of citations) {
      const sheet = stringOf(record['list']);
      const located = { table, row, id: null };
      if (!(sheet in CITING_SHEETS)) {
        problems.push(`${where(located)}, column list: must be one of ${Object.keys(CITING_SHEETS).join(', ')}`);
        continue;
      }
      const key = `${sheet}:${stringOf(record['record'])}`;
      const citation = record['confidence'] === undefined ? (record['source'] ?? '') : { id: record['source'] ?? '', confidence: record['confidence'] };
      grouped.set(key, [...(grouped.get(key) ?? []), { citation, located }]);
    }
    for (const [sheet, list] of Object.entries(CITING_SHEETS)) {
      const records = recordsOf(bundle, list);
      bundle[list] = records.map((record, index) => {
        const cited = grouped.get(`${sheet}:${stringOf(record['id'])}`) ?? [];
        grouped.delete(`${sheet}:${stringOf(record['id'])}`);
        citationRows.set(`${list}:${index}`, cited.map((c) => c.located));
        return { ...record, sources: cited.map((c) => c.citation) };
      });
    }
    for (const [key, rows] of grouped) {
      const [sheet, id] = key.split(':');
      for (const { located } of rows) problems.push(`${where(located)}, column record: ${sheet} has no record with the id "${id}"`);
    }
  }

  // A record the file does not hold, e.g. a relation to an organization the file removes.
  const inCurrentData = (problem: BundleProblem) => `current data, ${formatProblem(bundle, problem)}`;
  const describe = (problem: BundleProblem): string => {
    const [list, index, field, item, part] = problem.path;
    if ((list === 'title' || list === 'format' || list === 'version') && datasetRow) {
      const column = list === 'title' && typeof index === 'string' ? `title.${index}` : String(list);
      return `${where(datasetRow)}, column ${column}: ${problem.message}`;
    }
    if (typeof list !== 'string') return problem.message;
    const rows = recordRows.get(list);
    if (typeof index !== 'number') {
      return rows ? `${bySheet.get(sheetOfList(list as RecordList))?.table.name ?? list}: ${problem.message}` : inCurrentData(problem);
    }
    const cited = field === 'sources' && typeof item === 'number' ? citationRows.get(`${list}:${index}`)?.[item] : undefined;
    if (cited) return `${where(cited)}, column ${part === 'confidence' ? 'confidence' : 'source'}: ${problem.message}`;
    const located = rows?.[index];
    if (!located) return inCurrentData(problem);
    if (field === undefined) return `${where(located)}: ${problem.message}`;
    const localized = typeof item === 'string' ? `${String(field)}.${item}` : null;
    const layout = SHEET_LAYOUTS.find((l) => l.list === list);
    const column = localized && layout && columnOf(layout, localized) ? localized : String(field);
    return `${where(located)}, column ${column}: ${problem.message}`;
  };

  return { bundle, sheetsRead: [...bySheet.keys()], sheetsIgnored, problems, describe };
}
