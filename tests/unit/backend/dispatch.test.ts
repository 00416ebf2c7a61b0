import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../api/result';
import type { ActorDetails, AtlasData, ImportSummary, RelationDetails, SearchHit, Settings } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { callThrough } from '../../support/dispatch-call';

/** The operations as both transports see them: names and raw arguments in, Results out. */
describe('operations over the shipped dataset', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;
  const settingsChanges: Settings[] = [];
  const call = callThrough(() => dispatch);
  const start = () => {
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session, { onSettingsChanged: (s) => settingsChanges.push(s) }), () => undefined);
  };

  beforeEach(() => {
    dir = makeTempDir();
    start();
  });
  afterEach(() => {
    session.db.close();
    dir.remove();
  });

  it('returns every actor, relation and event of the dataset', async () => {
    const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);
    const atlas = await call<AtlasData>('getAtlas', {});
    expect(atlas.actors.map((a) => a.id)).toEqual(shipped.actors.map((a) => a['id']));
    expect(atlas.relations).toHaveLength(shipped.relations.length);
    expect(atlas.events).toHaveLength(shipped.events.length);
    expect(atlas.dataset.sourceName).toBe('alliance-atlas.json');
    expect(atlas.dataset.warnings).toEqual([]);
  });

  it('answers details with names in both languages and cited sources', async () => {
    const details = await call<ActorDetails>('getActorDetails', { actorId: 'nisc' });
    expect(details.actor.name).toMatchObject({ ja: '内閣サイバーセキュリティセンター' });
    expect(details.citations.length).toBeGreaterThan(0);
    expect(details.actor.succeededBy).toBe('nco');
    const relationId = details.relations[0]?.relation.id ?? '';
    const relation = await call<RelationDetails>('getRelationDetails', { relationId });
    expect(relation.citations.length).toBeGreaterThan(0);
  });

  it('searches the dataset in Japanese (2 and 3+ characters) and by English acronym', async () => {
    const first = async (query: string) => (await call<SearchHit[]>('search', { query }))[0]?.id;
    expect(await first('警察')).toBe('npa');
    expect(await first('国家サイバー統括室')).toBe('nco');
    expect(await first('CISA')).toBe('cisa');
  });

  it('refuses unknown operations, malformed arguments and unknown ids with a clear error', async () => {
    expect(await dispatch('dropDatabase', {})).toEqual({
      ok: false,
      error: { code: 'unknown_operation', message: 'There is no operation called "dropDatabase".' },
    });
    const badId = (await dispatch('getActorDetails', { actorId: "nisc'; DROP TABLE actors; --" })) as Result<never>;
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid_arguments', problems: ['actorId: must be a record id'] } });
    const extra = (await dispatch('search', { query: 'x', sql: 'SELECT 1' })) as Result<never>;
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(!extra.ok && extra.error.problems?.[0]).toMatch(/sql/);
    expect(await dispatch('getActorDetails', { actorId: 'no_such_actor' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No actor has the id "no_such_actor".' },
    });
    expect(await dispatch('savePositions', { positions: [{ actorId: 'nisc', x: Number.NaN, y: 0 }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
  });

  it('keeps settings and positions across restarts, and tells the shell when the language changes', async () => {
    expect(await call<Settings>('getSettings', {})).toEqual({ uiLanguage: null, labelLanguage: null, workingView: null });
    await call('updateSettings', { uiLanguage: 'ja', labelLanguage: 'both' });
    await call('savePositions', { positions: [{ actorId: 'nisc', x: 12.5, y: -40 }] });
    expect(settingsChanges.at(-1)).toEqual({ uiLanguage: 'ja', labelLanguage: 'both', workingView: null });
    session.db.close();
    start();
    expect(await call<Settings>('getSettings', {})).toEqual({ uiLanguage: 'ja', labelLanguage: 'both', workingView: null });
    expect((await call<AtlasData>('getAtlas', {})).positions['nisc']).toEqual({ x: 12.5, y: -40 });
    await call('resetPositions', {});
    expect((await call<AtlasData>('getAtlas', {})).positions).toEqual({});
  });

  it('refuses a malformed import, naming record and field, and changes nothing', async () => {
    const before = await call<AtlasData>('getAtlas', {});
    const text = JSON.stringify(smallBundleWith((b) => (b.relations[0]!['from'] = '2013-02-30')));
    const result = await dispatch('importDataset', { fileName: 'draft.json', text });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_dataset',
        message: 'The dataset file "draft.json" was refused (1 problem); nothing was changed.',
        problems: ['relations[0] "r_nisc_dialogue", field from: is not a real date like "2017", "2017-05" or "2017-07-20"'],
        problemCount: 1,
        texts: [{ key: 'datasetRefused', params: { file: 'draft.json', count: 1 } }],
      },
    });
    expect(await call<AtlasData>('getAtlas', {})).toEqual(before);
  });

  it('imports a valid bundle after backing up the database', async () => {
    const text = readFileSync(SMALL_BUNDLE_PATH, 'utf8');
    const summary = await call<ImportSummary>('importDataset', { fileName: 'small.json', text });
    expect(summary).toMatchObject({ actors: 6, relations: 3, events: 3, warnings: [] });
    expect(summary.backupFile).toMatch(/backups[/\\]atlas-.*-before-import\.sqlite$/);
    expect((await call<AtlasData>('getAtlas', {})).actors).toHaveLength(6);
  });
});
