import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleComparison, ExportedFile } from '../../../api/exchange-types';
import type { Result } from '../../../api/result';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { compareBundles } from '../../../db/exchange/compare-bundles';
import type { LooseRecord } from '../../../db/exchange/record-labels';
import { actorOf, readRawBundle, SHIPPED_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

describe('data exchange operations', () => {
  const dir = makeTempDir();
  let session: AtlasSession;
  let dispatch: Dispatch;
  beforeAll(() => {
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session), () => undefined);
  });
  afterAll(() => {
    session.db.close();
    dir.remove();
  });

  it('exports the current data as the bundle it was loaded from', async () => {
    const result = (await dispatch('exportData', { format: 'bundle', language: 'en' })) as Result<ExportedFile>;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ encoding: 'text', mimeType: 'application/json' });
    expect(compareBundles(readRawBundle(SHIPPED_BUNDLE_PATH), JSON.parse(result.value.content) as LooseRecord).changes).toEqual([]);
    const refused = await dispatch('exportData', { format: 'pdf', language: 'en' });
    expect(!refused.ok && refused.error.code).toBe('invalid_arguments');
  });

  it('compares with a bundle in either direction, and refuses a file that is not one', async () => {
    const older = readRawBundle(SHIPPED_BUNDLE_PATH);
    older.actors = older.actors.filter((a) => a['id'] !== 'digital_agency');
    older.events = older.events.map((e) => ({ ...e, actors: (e['actors'] as string[]).filter((id) => id !== 'digital_agency') }));
    older.relations = older.relations.filter((r) => r['source'] !== 'digital_agency' && r['target'] !== 'digital_agency');
    (actorOf(older, 'npa')['short'] as Record<string, string>)['en'] = 'N.P.A.';
    const text = JSON.stringify(older);

    const since = (await dispatch('compareWithBundle', { fileName: 'release-1.json', text, direction: 'sinceFile' })) as Result<BundleComparison>;
    if (!since.ok) throw new Error(since.error.message);
    const actorChanges = since.value.changes.filter((c) => c.list === 'actors').map((c) => [c.change, c.id]);
    expect(actorChanges).toEqual([
      ['added', 'digital_agency'],
      ['changed', 'npa'],
    ]);
    const towards = (await dispatch('compareWithBundle', { fileName: 'release-1.json', text, direction: 'towardsFile' })) as Result<BundleComparison>;
    if (!towards.ok) throw new Error(towards.error.message);
    expect(towards.value.changes.filter((c) => c.list === 'actors').map((c) => [c.change, c.id])).toEqual([
      ['removed', 'digital_agency'],
      ['changed', 'npa'],
    ]);
    expect(towards.value.changes.find((c) => c.id === 'npa')?.fields).toEqual([{ kind: 'value', field: 'short', lang: 'en', item: null, before: 'NPA', after: 'N.P.A.' }]);

    const broken = await dispatch('compareWithBundle', { fileName: 'notes.json', text: '{"format": "alliance-atlas"', direction: 'sinceFile' });
    expect(!broken.ok && broken.error).toMatchObject({ code: 'invalid_dataset', message: 'The file "notes.json" is not a bundle this app can read; nothing was compared.' });
  });
});
