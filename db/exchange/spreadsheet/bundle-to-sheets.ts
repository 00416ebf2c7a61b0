import { pickText, type LocalizedText, type UiLanguage } from '../../../domain/languages';
import type { BundleFile } from '../canonical-bundle';
import { exchangeLabels, vocabularyLabel } from '../exchange-labels';
import { localizedOf, recordNames, recordsOf, stringOf, type LooseRecord, type RecordNames } from '../record-labels';
import { CITING_SHEETS, SHEET_LAYOUTS, type ColumnSpec, type SheetLayout, type SheetName } from './sheet-layouts';

/** A sheet ready to be written: the readable header row, the key row and the records. */
export interface SheetToWrite {
  readonly name: SheetName;
  readonly headers: readonly string[];
  readonly keys: readonly string[];
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly string[])[];
}

/** Every language any text of the bundle is written in: English, Japanese, then the rest. */
function languagesOf(bundle: LooseRecord): string[] {
  const found = new Set<string>(['en', 'ja']);
  const visit = (value: unknown, key: string) => {
    if (['title', 'name', 'short', 'description', 'summary', 'note'].includes(key)) Object.keys(localizedOf(value)).forEach((l) => found.add(l));
  };
  visit(bundle['title'], 'title');
  for (const list of ['countries', 'sources', 'actors', 'relations', 'events']) {
    for (const record of recordsOf(bundle, list)) for (const [key, value] of Object.entries(record)) visit(value, key);
  }
  const rest = [...found].filter((l) => l !== 'en' && l !== 'ja').sort();
  return ['en', 'ja', ...rest];
}

/** The columns of a layout with localized fields spread over the languages: `name` → `name.en`, `name.ja`. */
interface WrittenColumn {
  readonly spec: ColumnSpec;
  readonly lang: string | null;
  readonly key: string;
}

function expand(layout: SheetLayout, languages: readonly string[]): WrittenColumn[] {
  return layout.columns.flatMap((spec): WrittenColumn[] =>
    spec.kind === 'localized' ? languages.map((lang) => ({ spec, lang, key: `${spec.key}.${lang}` })) : [{ spec, lang: null, key: spec.key }],
  );
}

function header(language: UiLanguage, spec: ColumnSpec, lang: string | null): string {
  const t = exchangeLabels(language);
  const field = t(`field.${spec.of ?? spec.key}`);
  if (spec.header === 'plain') return field;
  return t(`column.${spec.header}`, { field, language: lang ? t(`language.${lang}`, { defaultValue: lang }) : '' });
}

interface LabelContext {
  readonly language: UiLanguage;
  readonly names: RecordNames;
  readonly countries: ReadonlyMap<string, LooseRecord>;
  readonly sources: ReadonlyMap<string, LooseRecord>;
  readonly records: ReadonlyMap<string, { list: string; record: LooseRecord }>;
}

function referencedName(nameOf: 'actors' | 'countries' | 'sources' | 'records', id: string, record: LooseRecord, context: LabelContext): LocalizedText {
  switch (nameOf) {
    case 'actors':
      return context.names.actor(id);
    case 'countries':
      return localizedOf(context.countries.get(id)?.['name']);
    case 'sources':
      return localizedOf(context.sources.get(id)?.['title']);
    case 'records': {
      const owner = context.records.get(`${stringOf(record['list'])}:${id}`);
      return owner ? context.names.of(owner.list, owner.record) : {};
    }
  }
}

function labelText(spec: ColumnSpec, record: LooseRecord, context: LabelContext): string {
  const value = record[spec.of ?? ''];
  const ids = Array.isArray(value) ? value.map(String) : value === null || value === undefined || value === '' ? [] : [String(value)];
  const source = spec.label;
  if (!source) return '';
  const label = (id: string) =>
    'vocabulary' in source ? vocabularyLabel(context.language, source.vocabulary, id) : pickText(referencedName(source.nameOf, id, record, context), [context.language]);
  return ids.map(label).join('\n');
}

function cellText(spec: ColumnSpec, lang: string | null, record: LooseRecord, context: LabelContext): string {
  const value = record[spec.key];
  switch (spec.kind) {
    case 'localized':
      return lang ? (localizedOf(value)[lang] ?? '') : '';
    case 'lines':
    case 'codes':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'label':
      return labelText(spec, record, context);
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

/** One row per citation, records in list order, citations in the order the record lists them. */
function citationRows(bundle: LooseRecord): LooseRecord[] {
  return Object.entries(CITING_SHEETS).flatMap(([sheet, list]) =>
    recordsOf(bundle, list).flatMap((record) =>
      (Array.isArray(record['sources']) ? (record['sources'] as unknown[]) : []).map((citation) => {
        const { id, confidence } = typeof citation === 'string' ? { id: citation, confidence: '' } : (citation as { id: string; confidence: string });
        return { list: sheet, record: record['id'], source: id, confidence };
      }),
    ),
  );
}

function rowsOf(layout: SheetLayout, bundle: LooseRecord): LooseRecord[] {
  if (layout.list === 'citations') return citationRows(bundle);
  if (layout.list === 'dataset') return [{ format: bundle['format'], version: bundle['version'], title: bundle['title'] }];
  return recordsOf(bundle, layout.list);
}

/** The bundle as sheets, with readable headers and labels in `language` and every code and id kept. */
export function bundleToSheets(bundle: BundleFile, language: UiLanguage): SheetToWrite[] {
  const loose = bundle as unknown as LooseRecord;
  const languages = languagesOf(loose);
  const byId = (list: string, key = 'id') => new Map(recordsOf(loose, list).map((r) => [stringOf(r[key]), r]));
  const context: LabelContext = {
    language,
    names: recordNames(loose),
    countries: byId('countries', 'code'),
    sources: byId('sources'),
    records: new Map(
      Object.entries(CITING_SHEETS).flatMap(([sheet, list]) => recordsOf(loose, list).map((record) => [`${sheet}:${stringOf(record['id'])}`, { list, record }] as const)),
    ),
  };
  return SHEET_LAYOUTS.map((layout) => {
    const columns = expand(layout, languages);
    return {
      name: layout.sheet,
      headers: columns.map(({ spec, lang }) => header(language, spec, lang)),
      keys: columns.map((c) => c.key),
      columns: columns.map((c) => c.spec),
      rows: rowsOf(layout, loose).map((record) => columns.map(({ spec, lang }) => cellText(spec, lang, record, context))),
    };
  });
}
