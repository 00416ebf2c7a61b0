import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundleText } from '../../../backend/dataset-files';
import { validateBundle } from '../../../db/bundle/validate-bundle';
import { openDatabase, type AtlasDatabase } from '../../../db/connection';
import { readActorDetails } from '../../../db/queries/actor-details';
import { readAtlas } from '../../../db/queries/atlas';
import { readSourcesWithCitations } from '../../../db/queries/citations';
import { actorOf, readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH, smallBundleV2, type RawBundle } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

function problemsOf(bundle: RawBundle): readonly string[] {
  const result = validateBundle(bundle);
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.problems;
}

describe('bundle format v2 over a real database', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: AtlasDatabase;
  beforeEach(() => {
    dir = makeTempDir();
    db = openDatabase(join(dir.path, 'atlas.sqlite'));
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });
  const load = (bundle: RawBundle | string, name = 'bundle.json') =>
    importBundleText(db, typeof bundle === 'string' ? bundle : JSON.stringify(bundle), { name, origin: 'file', backupDirectory: join(dir.path, 'backups') });

  it('reads roles, readings and the release back as they were written', () => {
    const summary = load(smallBundleV2());
    expect(summary.warnings).toEqual([]);
    const atlas = readAtlas(db);
    expect(atlas.dataset.release).toEqual({
      date: '2026-12-02',
      changes: [
        { en: 'Added the functions of each organization.', ja: '各組織の機能を追加した。' },
        { en: 'Added readings of Japanese names.', ja: '日本語名の読みを追加した。' },
      ],
    });
    const actor = (id: string) => atlas.actors.find((a) => a.id === id);
    expect(actor('npa')).toMatchObject({ reading: 'けいさつちょう', roles: [{ function: 'law_enforcement', lead: true }] });
    expect(actor('cisa')).toMatchObject({
      reading: null,
      roles: [
        { function: 'incident_response', lead: true },
        { function: 'information_sharing', lead: false },
      ],
    });
    expect(actor('gov_japan')?.roles).toEqual([]);

    const details = readActorDetails(db, 'cisa');
    expect(details?.roles.map((r) => [r.function, r.lead, r.citations.map((c) => [c.source.id, c.confidence])])).toEqual([
      ['incident_response', true, [['src_a', 'official'], ['src_article', 'reported']]],
      ['information_sharing', false, [['src_article', 'reported']]],
    ]);
    expect(details?.roles[0]?.citations[0]?.source).toMatchObject({ title: { en: 'Source A', ja: '出典A' }, publisher: 'Publisher A' });
  });

  it('counts a source cited only by a role as cited by that actor in the sources view', () => {
    load(smallBundleV2((b) => (b.events[0]!['sources'] = [{ id: 'src_a', confidence: 'official' }])));
    const article = readSourcesWithCitations(db).find((s) => s.source.id === 'src_article');
    expect(article?.citedBy).toEqual([
      { kind: 'actor', id: 'cisa', confidence: 'reported' },
      { kind: 'actor', id: 'japan_us_cyber_dialogue', confidence: 'reported' },
    ]);
  });

  it('replaces roles, readings and release on re-import, and clears them for a v1 bundle', () => {
    load(smallBundleV2());
    load(smallBundleV2((b) => {
      actorOf(b, 'cisa')['roles'] = [{ function: 'ci_protection', lead: true, sources: [{ id: 'src_a', confidence: 'official' }] }];
      (b['release'] as { date: string }).date = '2027-01-15';
    }));
    let atlas = readAtlas(db);
    expect(atlas.actors.find((a) => a.id === 'cisa')?.roles).toEqual([{ function: 'ci_protection', lead: true }]);
    expect(atlas.dataset.release?.date).toBe('2027-01-15');

    load(readRawBundle(SMALL_BUNDLE_PATH), 'v1.json');
    atlas = readAtlas(db);
    expect(atlas.dataset.release).toBeNull();
    expect(atlas.actors.every((a) => a.roles.length === 0 && a.reading === null)).toBe(true);
    expect(readActorDetails(db, 'cisa')?.roles).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM role_citations').pluck().get()).toBe(0);
  });

  it('still loads a version 1 bundle', () => {
    const summary = load(readFileSync(SMALL_BUNDLE_PATH, 'utf8'), 'v1.json');
    expect(summary.actors).toBe(6);
    expect(readAtlas(db).dataset).toMatchObject({ sourceName: 'v1.json', release: null });
  });

  it('loads the shipped dataset with NISC and CISA leading incident response, each role cited', () => {
    load(readFileSync(SHIPPED_BUNDLE_PATH, 'utf8'), 'alliance-atlas.json');
    const atlas = readAtlas(db);
    expect(atlas.dataset.release?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(atlas.dataset.release?.changes.length).toBeGreaterThan(0);
    for (const id of ['nisc', 'nco', 'cisa']) {
      const details = readActorDetails(db, id);
      expect(details?.roles, id).toContainEqual(expect.objectContaining({ function: 'incident_response', lead: true }));
      for (const role of details?.roles ?? []) expect(role.citations.length, `${id} ${role.function}`).toBeGreaterThan(0);
    }
    expect(atlas.actors.find((a) => a.id === 'npa')?.reading).toBe('けいさつちょう');
  });
});

describe('format v2 rules name the record and the field', () => {
  it('refuses v2 fields in a version 1 bundle', () => {
    const v1 = readRawBundle(SMALL_BUNDLE_PATH);
    v1['release'] = { date: '2026-12-02', changes: [] };
    actorOf(v1, 'npa')['reading'] = 'けいさつちょう';
    actorOf(v1, 'cisa')['roles'] = [];
    expect(problemsOf(v1)).toEqual([
      'release: is new in format version 2: set "version": 2 to use it',
      'actors[3] "npa", field reading: is new in format version 2: set "version": 2 to use it',
      'actors[4] "cisa", field roles: is new in format version 2: set "version": 2 to use it',
    ]);
  });

  it('refuses an unknown function, a role without sources, a reading not in hiragana and a bad release', () => {
    const problems = problemsOf(
      smallBundleV2((b) => {
        actorOf(b, 'cisa')['roles'] = [
          { function: 'incident_response', sources: [{ id: 'src_a', confidence: 'official' }] },
          { function: 'spying', sources: [{ id: 'src_a', confidence: 'official' }] },
          { function: 'intelligence', lead: 'yes', sources: [] },
        ];
        actorOf(b, 'npa')['reading'] = 'ケイサツチョウ';
        b['release'] = { date: '2026-12', changes: [{ en: 'Only English.' }] };
      }),
    );
    expect(problems).toEqual([
      'release.date: must be a full date like "2026-12-02"',
      'release.changes[0].ja: Japanese text is missing',
      'actors[3] "npa", field reading: must be written in hiragana (ー, ・ and single spaces between words allowed)',
      expect.stringMatching(/^actors\[4\] "cisa", field roles\[1\]\.function: must be one of: strategy_coordination, ci_protection, /),
      'actors[4] "cisa", field roles[2].lead: must be true or false',
      'actors[4] "cisa", field roles[2].sources: must cite at least one source',
    ]);
  });

  it('refuses a function listed twice and a role citing a source that does not exist', () => {
    const problems = problemsOf(
      smallBundleV2((b) => {
        const roles = actorOf(b, 'cisa')['roles'] as Record<string, unknown>[];
        roles.push({ function: 'incident_response', sources: [{ id: 'src_nowhere', confidence: 'official' }] });
        roles.push({ function: 'ci_protection', sources: ['src_gone'] });
      }),
    );
    expect(problems).toEqual([
      'actors[4] "cisa", field roles[2].sources[0].id: no source has the id "src_nowhere"',
      'actors[4] "cisa", field roles[3].sources[0]: no source has the id "src_gone"',
      'actors[4] "cisa", field roles[2].function: "incident_response" is already listed in roles[0]: list each function once',
    ]);
  });

  it('warns, without refusing, about a role citation that lacks a confidence level', () => {
    const result = validateBundle(smallBundleV2((b) => ((actorOf(b, 'cisa')['roles'] as Record<string, unknown>[])[1]!['sources'] = ['src_article'])));
    expect(result.ok && result.warnings).toEqual(['actors[4] "cisa", field roles[1].sources[0]: citation of "src_article" has no confidence level']);
  });
});
