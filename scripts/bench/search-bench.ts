// npx tsx scripts/bench/search-bench.ts
// Times building the search index and answering the queries at 5,000 organizations
// (the shipped actors repeated under made-up unit names, so the vocabulary grows too).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, matchSearch, type SearchDocument } from '../../db/queries/search-matcher';

interface RawActor {
  readonly id: string;
  readonly name: Record<string, string>;
  readonly short?: Record<string, string>;
  readonly aliases?: string[];
  readonly description?: Record<string, string>;
  readonly reading?: string;
}

const ORGANIZATIONS = 5_000;
const SYLLABLES = ['ka', 'ri', 'to', 'ne', 'su', 'mo', 'la', 'vi', 'dor', 'pen', 'gal', 'tur'];
const made = (i: number) => [i % 12, Math.floor(i / 12) % 12, Math.floor(i / 144) % 12].map((n) => SYLLABLES[n]).join('');

const bundle = JSON.parse(readFileSync('assets/dataset/alliance-atlas.json', 'utf8')) as { actors: RawActor[] };
const documents: SearchDocument[] = [];
for (let i = 0; i < ORGANIZATIONS; i++) {
  const a = bundle.actors[i % bundle.actors.length] as RawActor;
  const suffix = i < bundle.actors.length ? '' : ` ${made(i)} Unit`;
  documents.push({
    kind: 'actor',
    id: `${a.id}_${i}`,
    reading: a.reading ?? null,
    fields: [
      ...Object.entries(a.name).map(([lang, text]) => ({ field: 'name' as const, lang, text: text + suffix })),
      ...Object.entries(a.short ?? {}).map(([lang, text]) => ({ field: 'short' as const, lang, text })),
      ...(a.aliases ?? []).map((text) => ({ field: 'alias' as const, lang: null, text })),
      ...Object.entries(a.description ?? {}).map(([lang, text]) => ({ field: 'description' as const, lang, text })),
    ],
  });
}

let start = performance.now();
const index = buildSearchIndex(documents);
console.log(`index of ${ORGANIZATIONS} organizations (${index.words.size} distinct words): built in ${(performance.now() - start).toFixed(0)} ms`);
for (const query of ['警察', 'けいさつ', 'ケイサツ', 'keisatsu', 'CISA', 'CSIA', 'Natinal Police', 'Cybersecurity Infrastucture', 'police']) {
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < 15; run++) {
    start = performance.now();
    found = matchSearch(index, query).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${query.padEnd(30)} median ${times[7]?.toFixed(1).padStart(6)} ms  worst ${times.at(-1)?.toFixed(1).padStart(6)} ms  (${found} shown)`);
}
