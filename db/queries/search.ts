import type { SearchField, SearchHit } from '../../api/types';
import type { LocalizedText } from '../../domain/languages';
import type { AtlasDatabase } from '../connection';
import { readLocalized, type LocalizedMap } from './localized-texts';
import { buildSearchIndex, foldText, matchSearch, type SearchDocument, type SearchIndex, type SearchTextField } from './search-matcher';

const SNIPPET_RADIUS = 40;
const DEFAULT_PER_KIND = 8;
/** Fields whose text is prose: they are shown as a passage in the UI language, not whole. */
const PROSE_FIELDS: ReadonlySet<SearchField> = new Set(['description']);

/** Full-width Latin, half-width kana and the like are folded the way the index stored them. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

interface BuiltIndex {
  readonly stamp: string;
  readonly index: SearchIndex;
  readonly titles: ReadonlyMap<string, LocalizedText>;
  /** Prose per record and field name, in every language, for snippets. */
  readonly prose: ReadonlyMap<string, LocalizedText>;
}

/** One index per open database, rebuilt when a different dataset has been imported. */
const built = new WeakMap<AtlasDatabase, BuiltIndex>();

function datasetStamp(db: AtlasDatabase): string {
  const row = db.prepare('SELECT imported_at AS importedAt, content_hash AS hash FROM dataset WHERE id = 1').get() as
    | { importedAt: string; hash: string }
    | undefined;
  return row ? `${row.importedAt}|${row.hash}` : '';
}

function localizedFields(map: LocalizedMap, id: string, field: SearchField): SearchTextField[] {
  return Object.entries(map.get(id) ?? {}).map(([lang, text]) => ({ field, lang, text }));
}

function byOwner(rows: readonly { ownerId: string; value: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(row.ownerId, [...(out.get(row.ownerId) ?? []), row.value]);
  return out;
}

function readDocuments(db: AtlasDatabase): { documents: SearchDocument[]; titles: Map<string, LocalizedText>; prose: Map<string, LocalizedText> } {
  const titles = new Map<string, LocalizedText>();
  const prose = new Map<string, LocalizedText>();
  const documents: SearchDocument[] = [];

  const actorNames = readLocalized(db, 'actor_texts', 'name');
  const actorShort = readLocalized(db, 'actor_texts', 'short_name');
  const actorDescriptions = readLocalized(db, 'actor_texts', 'description');
  const aliases = byOwner(db.prepare('SELECT actor_id AS ownerId, alias AS value FROM actor_aliases ORDER BY actor_id, position').all() as { ownerId: string; value: string }[]);
  const actors = db.prepare('SELECT id, reading FROM actors ORDER BY position').all() as { id: string; reading: string | null }[];
  for (const { id, reading } of actors) {
    titles.set(`actor:${id}`, actorNames.get(id) ?? {});
    prose.set(`actor:${id}`, actorDescriptions.get(id) ?? {});
    documents.push({
      kind: 'actor',
      id,
      reading,
      fields: [
        ...localizedFields(actorNames, id, 'name'),
        ...localizedFields(actorShort, id, 'short'),
        ...(aliases.get(id) ?? []).map((text) => ({ field: 'alias' as const, lang: null, text })),
        ...localizedFields(actorDescriptions, id, 'description'),
      ],
    });
  }

  const relationDescriptions = readLocalized(db, 'relation_texts', 'description');
  const relations = db.prepare('SELECT id, source_id AS source, target_id AS target FROM relations ORDER BY position').all() as { id: string; source: string; target: string }[];
  for (const { id, source, target } of relations) {
    // A relation is called after its two ends, in each language the ends have names in.
    const from = actorNames.get(source) ?? {};
    const to = actorNames.get(target) ?? {};
    const title: Record<string, string> = {};
    for (const lang of new Set([...Object.keys(from), ...Object.keys(to)])) title[lang] = `${from[lang] ?? source} → ${to[lang] ?? target}`;
    titles.set(`relation:${id}`, title);
    prose.set(`relation:${id}`, relationDescriptions.get(id) ?? {});
    documents.push({ kind: 'relation', id, fields: localizedFields(relationDescriptions, id, 'description') });
  }

  const eventTitles = readLocalized(db, 'event_texts', 'title');
  const eventSummaries = readLocalized(db, 'event_texts', 'summary');
  for (const { id } of db.prepare('SELECT id FROM events ORDER BY date, position').all() as { id: string }[]) {
    titles.set(`event:${id}`, eventTitles.get(id) ?? {});
    prose.set(`event:${id}`, eventSummaries.get(id) ?? {});
    documents.push({ kind: 'event', id, fields: [...localizedFields(eventTitles, id, 'title'), ...localizedFields(eventSummaries, id, 'description')] });
  }

  const sourceTitles = readLocalized(db, 'source_texts', 'title');
  for (const { id, publisher } of db.prepare('SELECT id, publisher FROM sources ORDER BY position').all() as { id: string; publisher: string | null }[]) {
    titles.set(`source:${id}`, sourceTitles.get(id) ?? {});
    documents.push({
      kind: 'source',
      id,
      fields: [...localizedFields(sourceTitles, id, 'title'), ...(publisher ? [{ field: 'publisher' as const, lang: null, text: publisher }] : [])],
    });
  }
  return { documents, titles, prose };
}

/** The search index of the dataset now in the database, built on first use after each import. */
export function searchIndexFor(db: AtlasDatabase): BuiltIndex {
  const stamp = datasetStamp(db);
  const current = built.get(db);
  if (current && current.stamp === stamp) return current;
  const { documents, titles, prose } = readDocuments(db);
  const next = { stamp, index: buildSearchIndex(documents), titles, prose };
  built.set(db, next);
  return next;
}

/** For code that changes dataset records without an import: the next search rebuilds the index. */
export function invalidateSearchIndex(db: AtlasDatabase): void {
  built.delete(db);
}

/** The passage of `text` around `query`, or its start when the query is not in it. */
export function snippetOf(text: string, query: string): string {
  const at = foldText(text).indexOf(foldText(query));
  const from = at < 0 ? 0 : Math.max(0, at - SNIPPET_RADIUS);
  const to = at < 0 ? SNIPPET_RADIUS * 2 : Math.min(text.length, at + query.length + SNIPPET_RADIUS);
  if (from === 0 && to >= text.length) return text;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * Organizations, relations, events and sources matching the query: by their text in any
 * language, by the reading of Japanese names, or, failing both, by English words with a typo.
 * At most `perKind` results of each kind, best first.
 */
export function searchAtlas(db: AtlasDatabase, rawQuery: string, options: { perKind?: number; language?: string } = {}): SearchHit[] {
  const query = normalizeQuery(rawQuery);
  if (query === '') return [];
  const { index, titles, prose } = searchIndexFor(db);
  const language = options.language ?? 'en';
  return matchSearch(index, query, options.perKind ?? DEFAULT_PER_KIND).map((match) => {
    const key = `${match.kind}:${match.id}`;
    let snippet: string | null = null;
    if (PROSE_FIELDS.has(match.field)) {
      const inLanguage = prose.get(key)?.[language];
      snippet = match.lang === language ? snippetOf(match.text, query) : inLanguage ? snippetOf(inLanguage, '') : snippetOf(match.text, query);
    }
    return { kind: match.kind, id: match.id, field: match.field, lang: match.lang, text: match.text, way: match.way, title: titles.get(key) ?? {}, snippet };
  });
}
