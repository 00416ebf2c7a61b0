import type { SearchField, SearchHit } from '../../api/types';
import type { AtlasDatabase } from '../connection';

const FIELD_RANK: Record<SearchField, number> = { name: 0, short: 1, alias: 2, description: 3 };
const SNIPPET_RADIUS = 40;
/** The trigram index only helps from three characters on; shorter queries scan with LIKE. */
const TRIGRAM_LENGTH = 3;

interface SearchRow {
  actorId: string;
  field: SearchField;
  lang: string | null;
  text: string;
  rank: number;
}

/** Full-width Latin, half-width kana and the like are folded the way the index stored them. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

function ftsPhrase(query: string): string {
  return `"${query.replace(/"/g, '""')}"`;
}

function escapeLike(query: string): string {
  return query.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function snippet(text: string, query: string): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0 || text.length <= SNIPPET_RADIUS * 2) return text;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + query.length + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function score(row: SearchRow, query: string): number {
  const text = row.text.toLowerCase();
  const q = query.toLowerCase();
  const closeness = text === q ? 0 : text.startsWith(q) ? 1 : 2;
  return FIELD_RANK[row.field] * 10 + closeness;
}

/**
 * Actors whose names, short names, aliases or descriptions contain the query, in any
 * language; one hit per actor (its best field), names before descriptions.
 */
export function searchActors(db: AtlasDatabase, rawQuery: string, limit = 20): SearchHit[] {
  const query = normalizeQuery(rawQuery);
  if (query === '') return [];
  const rows = (
    [...query].length >= TRIGRAM_LENGTH
      ? db
          .prepare('SELECT actor_id AS actorId, field, lang, text, rank FROM actor_search WHERE text MATCH ? ORDER BY rank LIMIT 1000')
          .all(ftsPhrase(query))
      : db
          .prepare("SELECT actor_id AS actorId, field, lang, text, 0 AS rank FROM actor_search WHERE text LIKE ? ESCAPE '\\' LIMIT 1000")
          .all(`%${escapeLike(query)}%`)
  ) as SearchRow[];

  const best = new Map<string, { row: SearchRow; score: number }>();
  for (const row of rows) {
    const rowScore = score(row, query);
    const current = best.get(row.actorId);
    if (!current || rowScore < current.score || (rowScore === current.score && row.rank < current.row.rank)) {
      best.set(row.actorId, { row, score: rowScore });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.score - b.score || a.row.rank - b.row.rank || a.row.text.localeCompare(b.row.text))
    .slice(0, limit)
    .map(({ row }) => ({
      actorId: row.actorId,
      field: row.field,
      lang: row.lang,
      text: row.field === 'description' ? snippet(row.text, query) : row.text,
    }));
}
