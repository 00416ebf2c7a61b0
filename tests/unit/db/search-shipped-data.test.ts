import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../db/bundle/bundle-schema';
import { importBundle } from '../../../db/bundle/import-bundle';
import { validateBundle } from '../../../db/bundle/validate-bundle';
import { openDatabase, type AtlasDatabase } from '../../../db/connection';
import { searchAtlas, searchIndexFor } from '../../../db/queries/search';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

/** The queries a user of the shipped dataset types, answered from a real SQLite file. */
describe('forgiving search over the shipped dataset', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: AtlasDatabase;
  let bundle: Bundle;
  beforeAll(() => {
    dir = makeTempDir();
    db = openDatabase(join(dir.path, 'atlas.sqlite'));
    const result = validateBundle(readRawBundle(SHIPPED_BUNDLE_PATH));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    bundle = result.bundle;
    importBundle(db, bundle, { sourceName: 'alliance-atlas.json', origin: 'bundled', contentHash: 'shipped', warnings: [] });
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });
  const first = (query: string, kind = 'actor') => searchAtlas(db, query).find((hit) => hit.kind === kind)?.id;

  it('gives every Japanese name written in kana or kanji its reading', () => {
    const missing = bundle.actors.filter((a) => !a.reading && /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(a.name.ja ?? '')).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it('finds 警察庁 from hiragana, katakana and romaji', () => {
    expect(first('けいさつ')).toBe('npa');
    expect(first('ケイサツ')).toBe('npa');
    expect(first('keisatsu')).toBe('npa');
  });

  it('forgives English typos in names and acronyms', () => {
    expect(first('Natinal Police')).toBe('npa');
    expect(first('CSIA')).toBe('cisa');
  });

  it('finds events and sources, with a snippet in the language asked for', () => {
    expect(first('Automated Indicator Sharing', 'event')).toBe('e_2017_05_04_nisc_joins_ais');
    expect(first('Fifth Japan-U.S. Cyber Dialogue', 'source')).toBe('src_mofa_press3_000318');
    const described = searchAtlas(db, 'Automated Indicator Sharing', { language: 'ja' }).find((hit) => hit.field === 'description');
    expect(described?.snippet).toMatch(/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u);
  });

  it('builds the index once per dataset, not per query', () => {
    const index = searchIndexFor(db);
    searchAtlas(db, 'police');
    expect(searchIndexFor(db)).toBe(index);
  });
});
