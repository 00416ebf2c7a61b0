import { pickText, UI_LANGUAGES, type LocalizedText } from '../../domain/languages';
import { vocabularyLabel } from './exchange-labels';

/**
 * How records are named in exports and comparisons: an organization, country or source by
 * its name or title, an event by its title, a connection by its two organizations and its
 * type ("NISC → coordinates → CISA"). Works on bundles that are not validated yet (an import
 * preview names the records of a file before reporting its problems), so every field is
 * read defensively.
 */

export type LooseRecord = Readonly<Record<string, unknown>>;

export function recordsOf(bundle: LooseRecord, list: string): LooseRecord[] {
  const records = bundle[list];
  return Array.isArray(records) ? records.filter((r): r is LooseRecord => typeof r === 'object' && r !== null && !Array.isArray(r)) : [];
}

export function localizedOf(value: unknown): LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export interface RecordNames {
  /** The record's label in every UI language. */
  of(list: string, record: LooseRecord): LocalizedText;
  actor(id: string): LocalizedText;
}

function relationLabel(actor: (id: string) => LocalizedText, relation: LooseRecord): LocalizedText {
  const type = stringOf(relation['type']);
  return Object.fromEntries(
    UI_LANGUAGES.map((lang) => {
      const end = (id: string) => pickText(actor(id), [lang]) || id;
      return [lang, `${end(stringOf(relation['source']))} → ${vocabularyLabel(lang, 'linkType', type)} → ${end(stringOf(relation['target']))}`];
    }),
  );
}

/** Names records by looking up organizations in `bundles`, the first that has the id winning. */
export function recordNames(...bundles: readonly LooseRecord[]): RecordNames {
  const actors = new Map<string, LocalizedText>();
  for (const bundle of [...bundles].reverse()) {
    for (const actor of recordsOf(bundle, 'actors')) actors.set(stringOf(actor['id']), localizedOf(actor['name']));
  }
  const actor = (id: string) => actors.get(id) ?? {};
  return {
    actor,
    of(list, record) {
      switch (list) {
        case 'actors':
        case 'countries':
          return localizedOf(record['name']);
        case 'relations':
          return relationLabel(actor, record);
        case 'dataset':
        case 'sources':
        case 'events':
          return localizedOf(record['title']);
        default:
          return {};
      }
    },
  };
}
