import type { BundleComparison, ChangeCounts, ComparedList, FieldChange, RecordChange } from '../../api/exchange-types';
import { COMPARED_LISTS } from '../../api/exchange-types';
import { localizedOf, recordNames, recordsOf, stringOf, type LooseRecord } from './record-labels';

/**
 * What changed from one bundle to another: records added, removed and changed, field by
 * field. Texts are compared per language; aliases, an event's organizations and citations
 * are compared as sets (their order is not a change); an absent field, null, "" and an
 * empty list are the same. Pure, and tolerant of bundles that are not valid yet, so an
 * import preview can show what a file would change before listing its problems.
 */

/** Fields in the order the bundle format writes them; fields not listed come after, by name. */
const FIELD_ORDER: Record<ComparedList, readonly string[]> = {
  actors: ['type', 'country', 'name', 'short', 'reading', 'description', 'aliases', 'unofficialName', 'parent', 'from', 'to', 'succeededBy', 'roles', 'note', 'sources'],
  relations: ['type', 'source', 'target', 'from', 'to', 'description', 'note', 'sources'],
  events: ['date', 'endDate', 'category', 'title', 'summary', 'actors', 'note', 'sources'],
  sources: ['title', 'publisher', 'date', 'url'],
  countries: ['name', 'color'],
  dataset: ['format', 'version', 'title', 'release'],
};

const LOCALIZED_FIELDS = new Set(['name', 'short', 'description', 'note', 'title', 'summary']);
const SET_FIELDS = new Set(['aliases', 'unofficialName', 'actors']);
const CITING_LISTS = new Set<ComparedList>(['actors', 'relations', 'events']);
const CHANGE_ORDER = { added: 0, removed: 1, changed: 2 } as const;

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Object keys sorted, so that two equal values always print the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function scalarText(value: unknown): string | null {
  if (isEmpty(value)) return null;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : stableJson(value);
}

function languageOrder(a: string, b: string): number {
  const rank = (lang: string) => (lang === 'en' ? 0 : lang === 'ja' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function compareLocalized(field: string, before: unknown, after: unknown): FieldChange[] {
  const old = localizedOf(before);
  const now = localizedOf(after);
  const languages = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(languageOrder);
  return languages.flatMap((lang): FieldChange[] => {
    const was = isEmpty(old[lang]) ? null : (old[lang] ?? null);
    const is = isEmpty(now[lang]) ? null : (now[lang] ?? null);
    return was === is ? [] : [{ kind: 'value', field, lang, item: null, before: was, after: is }];
  });
}

function itemsOf(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.map((item) => (typeof item === 'string' ? item : stableJson(item))))] : [];
}

function compareSet(field: string, before: unknown, after: unknown): FieldChange[] {
  const old = itemsOf(before);
  const now = itemsOf(after);
  const added = now.filter((item) => !old.includes(item));
  const removed = old.filter((item) => !now.includes(item));
  return added.length + removed.length === 0 ? [] : [{ kind: 'items', field, added, removed }];
}

/** Citations by source id with their confidence ("" when none); the first citation of a source counts. */
function citationsOf(value: unknown): Map<string, string> {
  const citations = new Map<string, string>();
  for (const citation of Array.isArray(value) ? value : []) {
    const [id, confidence] = typeof citation === 'string' ? [citation, ''] : [stringOf(citation?.id), stringOf(citation?.confidence)];
    if (!citations.has(id)) citations.set(id, confidence);
  }
  return citations;
}

function compareCitations(before: unknown, after: unknown): FieldChange[] {
  const old = citationsOf(before);
  const now = citationsOf(after);
  const changes = compareSet('sources', [...old.keys()], [...now.keys()]);
  for (const [id, confidence] of now) {
    const was = old.get(id);
    if (was !== undefined && was !== confidence) {
      changes.push({ kind: 'value', field: 'sources', lang: null, item: id, before: was || null, after: confidence || null });
    }
  }
  return changes;
}

function compareField(list: ComparedList, field: string, before: unknown, after: unknown): FieldChange[] {
  if (LOCALIZED_FIELDS.has(field)) return compareLocalized(field, before, after);
  if (SET_FIELDS.has(field)) return compareSet(field, before, after);
  if (field === 'sources' && CITING_LISTS.has(list)) return compareCitations(before, after);
  const normalize = (value: unknown) => (field === 'color' && typeof value === 'string' ? value.toLowerCase() : value);
  const was = scalarText(normalize(before));
  const is = scalarText(normalize(after));
  return was === is ? [] : [{ kind: 'value', field, lang: null, item: null, before: was, after: is }];
}

function compareRecords(list: ComparedList, before: LooseRecord, after: LooseRecord): FieldChange[] {
  const order = FIELD_ORDER[list];
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !order.includes(f) && f !== 'id' && f !== 'code').sort();
  return [...order, ...others].flatMap((field) => compareField(list, field, before[field], after[field]));
}

/** Records of a list by id (countries by code); the bundle's own fields as one record. */
function recordsById(bundle: LooseRecord, list: ComparedList): Map<string, LooseRecord> {
  if (list === 'dataset') {
    return new Map([['dataset', Object.fromEntries(FIELD_ORDER.dataset.map((field) => [field, bundle[field]]))]]);
  }
  const key = list === 'countries' ? 'code' : 'id';
  const byId = new Map<string, LooseRecord>();
  for (const record of recordsOf(bundle, list)) {
    const id = record[key];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, record);
  }
  return byId;
}

export function compareBundles(before: LooseRecord, after: LooseRecord): BundleComparison {
  const names = recordNames(after, before);
  const changes: RecordChange[] = [];
  const counts = {} as Record<ComparedList, ChangeCounts>;
  for (const list of COMPARED_LISTS) {
    const old = recordsById(before, list);
    const now = recordsById(after, list);
    const listChanges: RecordChange[] = [];
    for (const [id, record] of now) {
      const previous = old.get(id);
      if (!previous) listChanges.push({ list, id, change: 'added', label: names.of(list, record), fields: [] });
      else {
        const fields = compareRecords(list, previous, record);
        if (fields.length > 0) listChanges.push({ list, id, change: 'changed', label: names.of(list, record), fields });
      }
    }
    for (const [id, record] of old) {
      if (!now.has(id)) listChanges.push({ list, id, change: 'removed', label: names.of(list, record), fields: [] });
    }
    listChanges.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    counts[list] = {
      added: listChanges.filter((c) => c.change === 'added').length,
      removed: listChanges.filter((c) => c.change === 'removed').length,
      changed: listChanges.filter((c) => c.change === 'changed').length,
    };
    changes.push(...listChanges);
  }
  return { changes, counts };
}
