import { describe, expect, it } from 'vitest';
import { foldReading, queryAsReading } from '../../../db/queries/kana';
import { buildSearchIndex, matchSearch, type SearchDocument } from '../../../db/queries/search-matcher';

const DOCUMENTS: SearchDocument[] = [
  {
    kind: 'actor',
    id: 'npa',
    reading: 'けいさつちょう',
    fields: [
      { field: 'name', lang: 'en', text: 'National Police Agency' },
      { field: 'name', lang: 'ja', text: '警察庁' },
      { field: 'short', lang: 'en', text: 'NPA' },
    ],
  },
  {
    kind: 'actor',
    id: 'nco',
    reading: 'こっか さいばー とうかつしつ',
    fields: [
      { field: 'name', lang: 'en', text: 'National Cybersecurity Office' },
      { field: 'name', lang: 'ja', text: '国家サイバー統括室' },
    ],
  },
  {
    kind: 'actor',
    id: 'cisa',
    reading: null,
    fields: [
      { field: 'name', lang: 'en', text: 'Cybersecurity and Infrastructure Security Agency' },
      { field: 'short', lang: 'en', text: 'CISA' },
      { field: 'description', lang: 'en', text: 'Runs Automated Indicator Sharing.' },
    ],
  },
  { kind: 'actor', id: 'psia', reading: 'こうあんちょうさちょう', fields: [{ field: 'short', lang: 'en', text: 'PSIA' }] },
  { kind: 'event', id: 'e_cisa', fields: [{ field: 'title', lang: 'en', text: 'CISA established' }, { field: 'title', lang: 'ja', text: 'CISA発足' }] },
  { kind: 'source', id: 'src_a', fields: [{ field: 'title', lang: 'en', text: 'Fifth Japan–U.S. Cyber Dialogue' }, { field: 'publisher', lang: null, text: 'MOFA' }] },
];
const index = buildSearchIndex(DOCUMENTS);
const found = (query: string) => matchSearch(index, query).map((m) => `${m.kind}:${m.id}`);

describe('readings', () => {
  it('reads hiragana, katakana, half-width katakana and romaji as one spelling', () => {
    expect(queryAsReading('けいさつ')).toBe('けいさつ');
    expect(queryAsReading('ケイサツ')).toBe('けいさつ');
    expect(queryAsReading('ｹｲｻﾂ'.normalize('NFKC'))).toBe('けいさつ');
    expect(queryAsReading('keisatsu')).toBe('けいさつ');
    expect(queryAsReading('KEISATSU')).toBe('けいさつ');
  });

  it('writes long-vowel marks out so サイバー and saibaa meet', () => {
    expect(foldReading('こっか さいばー とうかつしつ')).toBe('こっかさいばあとうかつしつ');
    expect(queryAsReading('サイバー')).toBe('さいばあ');
    expect(queryAsReading('saibaa')).toBe('さいばあ');
  });

  it('does not take kanji, English words that are not romaji, or very short romaji as readings', () => {
    expect(queryAsReading('警察')).toBeNull();
    expect(queryAsReading('NISC')).toBeNull();
    expect(queryAsReading('cisa')).toBeNull();
    expect(queryAsReading('Police 2')).toBeNull();
  });
});

describe('the matcher', () => {
  it('finds a Japanese name from its reading in hiragana, katakana or romaji', () => {
    for (const query of ['けいさつ', 'ケイサツ', 'keisatsu', 'keisatsuchou']) {
      expect(found(query), query).toEqual(['actor:npa']);
      expect(matchSearch(index, query)[0]).toMatchObject({ field: 'reading', way: 'reading', text: 'けいさつちょう' });
    }
    expect(found('さいばー')).toEqual(['actor:nco']);
    expect(found('kokka saiba-')).toEqual(['actor:nco']);
  });

  it('forgives English typos only when nothing matches exactly', () => {
    expect(found('Natinal Police')).toEqual(['actor:npa']);
    expect(matchSearch(index, 'Natinal Police')[0]?.way).toBe('fuzzy');
    expect(found('CSIA')[0]).toBe('actor:cisa');
    expect(found('Cybersecurity Infrastucture')).toEqual(['actor:cisa']);
    // An exact acronym is not buried under its near misses (PSIA is one letter from CISA).
    expect(found('CISA')).toEqual(['actor:cisa', 'event:e_cisa']);
  });

  it('finds events and sources by title and publisher', () => {
    expect(found('established')).toEqual(['event:e_cisa']);
    expect(found('発足')).toEqual(['event:e_cisa']);
    expect(found('Cyber Dialog')).toEqual(['source:src_a']);
    expect(found('mofa')).toEqual(['source:src_a']);
  });

  it('ranks a name above a description and keeps every kind', () => {
    expect(matchSearch(index, 'Indicator')[0]).toMatchObject({ id: 'cisa', field: 'description' });
    expect(found('Agency')).toEqual(['actor:npa', 'actor:cisa']);
  });

  it('finds nothing for punctuation or blank queries and limits each kind', () => {
    expect(found('%')).toEqual([]);
    expect(found('   ')).toEqual([]);
    expect(matchSearch(index, 'a', 1).filter((m) => m.kind === 'actor')).toHaveLength(1);
  });
});
