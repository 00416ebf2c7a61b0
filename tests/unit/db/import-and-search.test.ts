import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../db/bundle/bundle-schema';
import { importBundle } from '../../../db/bundle/import-bundle';
import { validateBundle } from '../../../db/bundle/validate-bundle';
import { openDatabase, type AtlasDatabase } from '../../../db/connection';
import { readActorDetails } from '../../../db/queries/actor-details';
import { readAtlas } from '../../../db/queries/atlas';
import { searchAtlas } from '../../../db/queries/search';
import { readRawBundle, SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

function validBundle(raw: unknown): Bundle {
  const result = validateBundle(raw);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.bundle;
}

const metadata = { sourceName: 'small-bundle.json', origin: 'file' as const, contentHash: 'hash', warnings: [] };

describe('importing a bundle and reading it back', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: AtlasDatabase;
  beforeEach(() => {
    dir = makeTempDir();
    db = openDatabase(join(dir.path, 'atlas.sqlite'));
    importBundle(db, validBundle(readRawBundle(SMALL_BUNDLE_PATH)), metadata);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('stores every record with its texts in both languages', () => {
    const atlas = readAtlas(db);
    expect(atlas.actors.map((a) => a.id)).toEqual(['gov_japan', 'nisc', 'nco', 'npa', 'cisa', 'japan_us_cyber_dialogue']);
    expect(atlas.actors.find((a) => a.id === 'npa')).toMatchObject({
      name: { en: 'National Police Agency', ja: '警察庁' },
      short: { en: 'NPA', ja: '警察庁' },
      parent: 'gov_japan',
    });
    expect(atlas.actors.find((a) => a.id === 'cisa')?.unofficialName).toEqual(['ja']);
    expect(atlas.relations).toHaveLength(3);
    expect(atlas.events.map((e) => e.id)).toEqual(['e_2017_07_20_dialogue_5', 'e_2018_11_16_cisa', 'e_2025_07_01_nco']);
    expect(atlas.dataset).toMatchObject({ title: { en: 'Test bundle', ja: 'テスト用データ' }, languages: ['en', 'ja'] });
  });

  it('gives an actor its relations in both directions, events, successions and cited sources', () => {
    const details = readActorDetails(db, 'nisc');
    expect(details?.aliases).toEqual(['National Information Security Center', '内閣官房情報セキュリティセンター']);
    expect(details?.relations.map((r) => [r.relation.id, r.direction, r.otherActorId])).toEqual([
      ['r_nisc_dialogue', 'outgoing', 'japan_us_cyber_dialogue'],
      ['r_cisa_nisc', 'incoming', 'cisa'],
    ]);
    expect(details?.events.map((e) => e.id)).toEqual(['e_2017_07_20_dialogue_5', 'e_2025_07_01_nco']);
    expect(details?.actor.succeededBy).toBe('nco');
    expect(readActorDetails(db, 'nco')?.predecessors).toEqual(['nisc']);
    expect(details?.citations).toEqual([
      {
        source: { id: 'src_a', title: { en: 'Source A', ja: '出典A' }, publisher: 'Publisher A', date: '2017-07-24', url: 'https://example.org/a' },
        confidence: 'official',
      },
    ]);
    expect(readActorDetails(db, 'nobody')).toBeNull();
  });

  it('replaces the dataset on a second import and keeps the user’s positions and settings', () => {
    db.prepare("INSERT INTO node_positions (actor_id, x, y) VALUES ('nisc', 10, 20)").run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('uiLanguage', '\"ja\"')").run();
    importBundle(db, validBundle(smallBundleWith((b) => b.actors.splice(3, 1) && b.relations.splice(2, 1) && (b.events[0]!['actors'] = ['nisc']))), metadata);
    expect(readAtlas(db).actors.map((a) => a.id)).not.toContain('npa');
    expect(readAtlas(db).positions).toEqual({ nisc: { x: 10, y: 20 } });
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"ja"' });
  });

  it('rolls the whole import back when a record cannot be stored', () => {
    const broken = validBundle(readRawBundle(SMALL_BUNDLE_PATH));
    // Skipping validation on purpose: a relation to a missing actor fails the foreign key mid-import.
    const unvalidated = { ...broken, relations: [...broken.relations, { ...broken.relations[0]!, id: 'r_bad', target: 'missing' }] };
    expect(() => importBundle(db, unvalidated, { ...metadata, sourceName: 'broken.json' })).toThrow(/FOREIGN KEY/);
    const atlas = readAtlas(db);
    expect(atlas.dataset.sourceName).toBe('small-bundle.json');
    expect(atlas.relations).toHaveLength(3);
    expect(atlas.actors).toHaveLength(6);
  });
});

describe('full-text search in English and Japanese', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: AtlasDatabase;
  beforeEach(() => {
    dir = makeTempDir();
    db = openDatabase(join(dir.path, 'atlas.sqlite'));
    importBundle(db, validBundle(readRawBundle(SMALL_BUNDLE_PATH)), metadata);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });
  const ids = (query: string) => searchAtlas(db, query).filter((hit) => hit.kind === 'actor').map((hit) => hit.id);

  it('finds two-character Japanese words, which the trigram index cannot', () => {
    expect(ids('警察')).toEqual(['npa']);
    expect(ids('日米')).toEqual(['japan_us_cyber_dialogue']);
  });

  it('finds longer Japanese and English text anywhere in names, aliases and descriptions', () => {
    expect(ids('サイバー統括')).toEqual(['nco']);
    expect(ids('情報セキュリティセンター')).toEqual(['nisc']);
    expect(searchAtlas(db, 'Indicator Sharing')).toEqual([
      {
        kind: 'actor',
        id: 'cisa',
        field: 'description',
        lang: 'en',
        text: 'Runs Automated Indicator Sharing.',
        way: 'text',
        title: { en: 'Cybersecurity and Infrastructure Security Agency', ja: 'サイバーセキュリティ・インフラストラクチャーセキュリティ庁' },
        snippet: 'Runs Automated Indicator Sharing.',
      },
    ]);
  });

  it('finds acronyms regardless of case and width', () => {
    expect(ids('CISA')).toEqual(['cisa']);
    expect(ids('cisa')).toEqual(['cisa']);
    expect(ids('ＣＩＳＡ')).toEqual(['cisa']);
    expect(ids('ｻｲﾊﾞｰ統括')).toEqual(['nco']);
  });

  it('ranks name matches above description matches', () => {
    expect(ids('National')[0]).toBe('npa');
    expect(searchAtlas(db, 'NISC')[0]).toMatchObject({ kind: 'actor', id: 'nisc', field: 'short' });
  });

  it('treats LIKE wildcards and quotes as plain characters', () => {
    expect(ids('%')).toEqual([]);
    expect(ids('_')).toEqual([]);
    expect(ids('"')).toEqual([]);
    expect(ids('NISC" OR "x')).not.toContain('npa');
    expect(ids('   ')).toEqual([]);
  });
});
