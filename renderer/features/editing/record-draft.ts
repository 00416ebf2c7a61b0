import type { EditableKind, EditableRecord } from '../../../api/editing-types';

/**
 * The record form's working copy and what it sends: the record in the bundle's form, with
 * empty optional fields left out (as a bundle file would), and an id made from the English
 * name when the user gave none. Whatever is typed is sent as typed; the main process judges it.
 */

export type Draft = Record<string, unknown>;

/** Optional single-value fields: an empty input means the field is absent. */
const OPTIONAL_SCALARS = ['publisher', 'date', 'url', 'reading', 'from', 'to', 'endDate', 'parent', 'succeededBy'];
/** Texts in several languages that a record may leave out altogether. */
const OPTIONAL_LOCALIZED = ['short', 'note'];

/** What the new record's id defaults to: its English name or title, lower-case with underscores, as the dataset's ids are. */
export function idFromName(name: string, kind: EditableKind): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return slug || `${kind}_${Date.now().toString(36)}`;
}

function localizedWithout(text: unknown): Record<string, string> | undefined {
  if (!text || typeof text !== 'object') return undefined;
  const kept = Object.fromEntries(Object.entries(text as Record<string, string>).filter(([, value]) => value.trim() !== ''));
  return Object.keys(kept).length > 0 ? kept : undefined;
}

export function recordToSend(kind: EditableKind, draft: Draft, mode: 'create' | 'update'): EditableRecord {
  const record: Draft = { ...draft };
  for (const field of OPTIONAL_SCALARS) {
    if (typeof record[field] === 'string' && (record[field] as string).trim() === '') delete record[field];
    else if (typeof record[field] === 'string') record[field] = (record[field] as string).trim();
  }
  for (const field of OPTIONAL_LOCALIZED) {
    const kept = localizedWithout(record[field]);
    if (kept) record[field] = kept;
    else delete record[field];
  }
  if (kind === 'actor') {
    if (record['country'] === '' || record['country'] === undefined) record['country'] = null;
    if (Array.isArray(record['aliases'])) record['aliases'] = (record['aliases'] as string[]).map((a) => a.trim()).filter((a) => a !== '');
  }
  if (mode === 'create' && (typeof record['id'] !== 'string' || record['id'].trim() === '')) {
    const named = (record['name'] ?? record['title'] ?? record['description']) as Record<string, string> | undefined;
    record['id'] = idFromName(named?.['en'] ?? '', kind);
  } else if (typeof record['id'] === 'string') record['id'] = record['id'].trim();
  return record;
}

/** A new record's starting values: required choices filled with the first option, so the form opens valid but for the texts. */
export function newDraft(kind: EditableKind, defaults: { actorIds: readonly string[]; countryCode: string | null }): Draft {
  if (kind === 'actor') return { id: '', type: 'agency', country: defaults.countryCode, name: { en: '', ja: '' }, description: { en: '', ja: '' }, sources: [] };
  if (kind === 'relation')
    return { id: '', type: 'cooperates_with', source: defaults.actorIds[0] ?? '', target: defaults.actorIds[1] ?? '', description: { en: '', ja: '' }, sources: [] };
  if (kind === 'event') return { id: '', date: '', category: 'dialogue', title: { en: '', ja: '' }, summary: { en: '', ja: '' }, actors: [], sources: [] };
  return { id: '', title: { en: '', ja: '' } };
}

/** The findings of a refused save that concern `field` ("name.ja: …", "sources[0].id: …"). */
export function problemsOf(problems: readonly string[] | undefined, field: string): string[] {
  return (problems ?? []).filter((problem) => new RegExp(`^${field}(?:[.[:]|$)`).test(problem));
}
