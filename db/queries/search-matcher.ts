import Fuse from 'fuse.js';
import type { SearchField, SearchKind } from '../../api/types';
import { foldReading, queryAsReading } from './kana';

/**
 * The forgiving matcher behind search, kept free of SQLite so it can be tested alone and built
 * once per dataset. Three ways to match, tried in this order of trust:
 *   1. the text itself, anywhere in any field, case- and width-insensitively (警察, cisa, ＣＩＳＡ);
 *   2. the reading of a Japanese name, from kana or romaji (けいさつ, ケイサツ, keisatsu → 警察庁);
 *   3. when neither finds anything: English words with a typo or two (Natinal Police, CSIA → CISA).
 * Fuzzy matching only steps in when the exact ways find nothing, so an exact query is never
 * buried under near misses.
 */

export interface SearchTextField {
  readonly field: SearchField;
  /** null for texts in no particular language (aliases, publishers). */
  readonly lang: string | null;
  readonly text: string;
}

export interface SearchDocument {
  readonly kind: SearchKind;
  readonly id: string;
  readonly fields: readonly SearchTextField[];
  /** Hiragana reading of the Japanese name (actors only). */
  readonly reading?: string | null;
}

export type MatchWay = 'text' | 'reading' | 'fuzzy';

export interface SearchMatch {
  readonly kind: SearchKind;
  readonly id: string;
  /** The record's place in the index (the dataset's order), the last tie-breaker. */
  readonly position: number;
  /** The field that matched best and its text; for reading matches, the reading. */
  readonly field: SearchField;
  readonly lang: string | null;
  readonly text: string;
  readonly way: MatchWay;
  /** Lower is better; comparable across kinds. */
  readonly score: number;
}

interface IndexedField extends SearchTextField {
  readonly folded: string;
}

interface IndexedDocument {
  readonly kind: SearchKind;
  readonly id: string;
  readonly fields: readonly IndexedField[];
  /** Every folded field in one string, so most documents are ruled out with a single scan. */
  readonly all: string;
  readonly reading: string | null;
  /** The reading as the dataset writes it, to show. */
  readonly readingText: string | null;
}

/** Where an English word occurs: document and field. */
interface WordPlace {
  readonly doc: number;
  readonly field: number;
}

export interface SearchIndex {
  readonly documents: readonly IndexedDocument[];
  readonly words: ReadonlyMap<string, readonly WordPlace[]>;
  readonly wordMatcher: Fuse<string>;
}

/** Names before short names before descriptions: a hit on what a thing is called matters more. */
const FIELD_RANK: Record<SearchField, number> = { name: 0, short: 1, alias: 2, title: 0, reading: 3, publisher: 4, description: 5 };
/** Fields whose words are candidates for typo tolerance: names and titles, not prose. */
const FUZZY_FIELDS: ReadonlySet<SearchField> = new Set(['name', 'short', 'alias', 'title']);
/** Latin words (with digits) of two letters or more. */
const WORD = /[\p{Script=Latin}\p{N}]{2,}/gu;
/**
 * Fuse scores a word from 0 (exact) to 1; 0.34 lets one typo through in a four-to-six-letter
 * word and two in longer ones, which is what "Natinal" or "Infrastucture" need.
 */
const FUZZY_THRESHOLD = 0.34;
/** Near words considered per query word; enough for real typos, bounded for speed. */
const FUZZY_CANDIDATES = 12;

/** Full-width Latin, half-width kana and the like folded together (NFKC), lower case, single spaces. */
export function foldText(text: string): string {
  // NFKC is the costly step at thousands of records, and plain ASCII needs none.
  // eslint-disable-next-line no-control-regex
  const normalized = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC');
  return normalized.toLowerCase().replace(/\s+/g, ' ').trim();
}

function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const words = new Map<string, WordPlace[]>();
  const indexed = documents.map((doc, docIndex): IndexedDocument => {
    const fields = doc.fields
      .filter((f) => f.text.trim() !== '')
      .map((f): IndexedField => ({ ...f, folded: foldText(f.text) }));
    fields.forEach((f, fieldIndex) => {
      if (!FUZZY_FIELDS.has(f.field)) return;
      for (const word of new Set(wordsOf(f.folded))) {
        const places = words.get(word);
        if (places) places.push({ doc: docIndex, field: fieldIndex });
        else words.set(word, [{ doc: docIndex, field: fieldIndex }]);
      }
    });
    return { kind: doc.kind, id: doc.id, fields, all: fields.map((f) => f.folded).join('\u0000'), reading: doc.reading ? foldReading(doc.reading) : null, readingText: doc.reading ?? null };
  });
  // Fuse searches the distinct words, not the documents: thousands of records share far fewer
  // words, so a query costs a scan of the vocabulary whatever the number of records.
  const wordMatcher = new Fuse([...words.keys()], { includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD, isCaseSensitive: true });
  return { documents: indexed, words, wordMatcher };
}

function closeness(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  return 2;
}

function textMatches(index: SearchIndex, query: string): SearchMatch[] {
  const matches: SearchMatch[] = [];
  index.documents.forEach((doc, position) => {
    if (!doc.all.includes(query)) return;
    let best: SearchMatch | null = null;
    for (const f of doc.fields) {
      if (!f.folded.includes(query)) continue;
      // What something is called, matched whole, then from its start, then inside; prose last.
      const score = (f.field === 'description' ? 30 : 0) + closeness(f.folded, query) * 10 + FIELD_RANK[f.field];
      if (!best || score < best.score) best = { kind: doc.kind, id: doc.id, position, field: f.field, lang: f.lang, text: f.text, way: 'text', score };
    }
    if (best) matches.push(best);
  });
  return matches;
}

function readingMatches(index: SearchIndex, reading: string, exclude: ReadonlySet<number>): SearchMatch[] {
  const matches: SearchMatch[] = [];
  index.documents.forEach((doc, position) => {
    if (!doc.reading || exclude.has(position)) return;
    const at = doc.reading.indexOf(reading);
    if (at < 0) return;
    // After every exact text match; readings that start with the query first.
    const score = 100 + (doc.reading === reading ? 0 : at === 0 ? 1 : 2);
    matches.push({ kind: doc.kind, id: doc.id, position, field: 'reading', lang: 'ja', text: doc.readingText ?? doc.reading, way: 'reading', score });
  });
  return matches;
}

/** Words one adjacent swap away (csia → cisa): a common typo that edit-distance scoring counts twice. */
function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** Known words near one query word, with how near (0 best). */
function nearWords(index: SearchIndex, word: string): Map<string, number> {
  const near = new Map<string, number>();
  if (index.words.has(word)) near.set(word, 0);
  for (const swapped of swaps(word)) if (index.words.has(swapped) && !near.has(swapped)) near.set(swapped, 0.2);
  for (const hit of index.wordMatcher.search(word, { limit: FUZZY_CANDIDATES })) {
    // Fuse also reports the query inside a longer word (pol → police) at score 0; that is a
    // prefix or infix, slightly less good than the word itself.
    const score = Math.max(hit.score ?? 1, hit.item === word ? 0 : 0.05);
    if ((near.get(hit.item) ?? Infinity) > score) near.set(hit.item, score);
  }
  return near;
}

function fuzzyMatches(index: SearchIndex, query: string): SearchMatch[] {
  const queryWords = [...new Set(wordsOf(query))];
  if (queryWords.length === 0) return [];
  // Every query word must land in the same document (AND); its score is the mean closeness.
  let combined: Map<number, { total: number; field: number }> | null = null;
  for (const word of queryWords) {
    const perDoc = new Map<number, { total: number; field: number }>();
    for (const [known, score] of nearWords(index, word)) {
      for (const place of index.words.get(known) ?? []) {
        const current = perDoc.get(place.doc);
        if (!current || score < current.total) perDoc.set(place.doc, { total: score, field: place.field });
      }
    }
    if (combined === null) {
      combined = perDoc;
    } else {
      const next = new Map<number, { total: number; field: number }>();
      for (const [doc, value] of combined) {
        const other = perDoc.get(doc);
        if (other) next.set(doc, { total: value.total + other.total, field: value.field });
      }
      combined = next;
    }
    if (combined.size === 0) return [];
  }
  const matches: SearchMatch[] = [];
  for (const [docIndex, { total, field }] of combined ?? []) {
    const doc = index.documents[docIndex];
    const f = doc?.fields[field];
    if (!doc || !f) continue;
    // A field that is nothing but the words asked for (the short name "CISA") beats one that merely contains them.
    const whole = wordsOf(f.folded).length === queryWords.length ? 0 : 5;
    const score = 200 + Math.round((total / queryWords.length) * 100) + whole + FIELD_RANK[f.field];
    matches.push({ kind: doc.kind, id: doc.id, position: docIndex, field: f.field, lang: f.lang, text: f.text, way: 'fuzzy', score });
  }
  return matches;
}

/**
 * Every matching record, best first, at most `perKind` of each kind: organizations do not
 * crowd events and sources out of the list.
 */
export function matchSearch(index: SearchIndex, rawQuery: string, perKind = 8): SearchMatch[] {
  const query = foldText(rawQuery);
  if (query === '') return [];
  const text = textMatches(index, query);
  const reading = queryAsReading(query);
  const found = reading ? [...text, ...readingMatches(index, reading, new Set(text.map((m) => m.position)))] : text;
  const all = found.length > 0 ? found : fuzzyMatches(index, query);
  // Equal scores: the shorter text fits the query more closely, then the dataset's order.
  all.sort((a, b) => a.score - b.score || a.text.length - b.text.length || a.position - b.position);
  const counts = new Map<SearchKind, number>();
  return all.filter((m) => {
    const n = counts.get(m.kind) ?? 0;
    counts.set(m.kind, n + 1);
    return n < perKind;
  });
}
