import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleComparison } from '../../../api/exchange-types';
import type { Briefing, BriefingMarkInfo, UserNote } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { readRawBundle, SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { callThrough } from '../../support/dispatch-call';

describe('notes and what changed since a briefing', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;

  const start = () => {
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SMALL_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session), () => undefined);
  };
  const call = callThrough(() => dispatch);

  beforeEach(() => {
    dir = makeTempDir();
    start();
  });
  afterEach(() => {
    session.db.close();
    dir.remove();
  });

  it('keeps a note in either language, replaces one language without touching the other, and removes a blank one', async () => {
    const saved = await call<UserNote>('saveNote', { kind: 'relation', recordId: 'r_nisc_dialogue', text: { en: '  Check the 2024 renewal. ', ja: '2024年の更新を確認。' } });
    expect(saved.text).toEqual({ en: 'Check the 2024 renewal.', ja: '2024年の更新を確認。' });
    await call('saveNote', { kind: 'relation', recordId: 'r_nisc_dialogue', text: { en: '' } });
    expect((await call<UserNote>('getNote', { kind: 'relation', recordId: 'r_nisc_dialogue' })).text).toEqual({ ja: '2024年の更新を確認。' });
    expect(await call('saveNote', { kind: 'relation', recordId: 'r_nisc_dialogue', text: { ja: ' ' } })).toBeNull();
    expect(await call('getNote', { kind: 'relation', recordId: 'r_nisc_dialogue' })).toBeNull();
    const refused = await dispatch('saveNote', { kind: 'actor', recordId: 'nisc', text: { en: 'a\u202Eb' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('an import never touches the notes, even of records it removes, and they come back with the record', async () => {
    await call('saveNote', { kind: 'actor', recordId: 'cisa', text: { en: 'Lead for the CI sector.' } });
    await call('saveNote', { kind: 'event', recordId: 'e_2017_07_20_dialogue_5', text: { ja: '第5回の議事要旨' } });
    const without = smallBundleWith((b) => {
      b.actors = b.actors.filter((a) => a['id'] !== 'cisa');
      b.relations = b.relations.filter((r) => r['source'] !== 'cisa' && r['target'] !== 'cisa');
      b.events.forEach((e) => (e['actors'] = (e['actors'] as string[]).filter((a) => a !== 'cisa')));
    });
    await call('importDataset', { fileName: 'without-cisa.json', text: JSON.stringify(without) });
    expect((await call<UserNote[]>('listNotes')).map((n) => `${n.kind}:${n.recordId}`)).toEqual(['actor:cisa', 'event:e_2017_07_20_dialogue_5']);
    await call('importDataset', { fileName: 'small.json', text: readFileSync(SMALL_BUNDLE_PATH, 'utf8') });
    expect((await call<UserNote>('getNote', { kind: 'actor', recordId: 'cisa' })).text).toEqual({ en: 'Lead for the CI sector.' });
  });

  it('answers what changed since the briefing was last presented, and nothing before it ever was', async () => {
    const briefing = await call<Briefing>('createBriefing', { title: { en: 'Weekly' } });
    expect(await call('compareSinceBriefing', { briefingId: briefing.id })).toEqual({ mark: null, comparison: null, removedParents: {} });
    const mark = await call<BriefingMarkInfo>('markBriefing', { briefingId: briefing.id, kind: 'presented' });
    expect(mark.kind).toBe('presented');
    const unchanged = await call<{ comparison: BundleComparison }>('compareSinceBriefing', { briefingId: briefing.id });
    expect(unchanged.comparison.changes).toEqual([]);

    const edited = readRawBundle(SMALL_BUNDLE_PATH);
    edited.actors = edited.actors.filter((a) => a['id'] !== 'cisa');
    edited.relations = edited.relations.filter((r) => r['source'] !== 'cisa' && r['target'] !== 'cisa');
    edited.events.forEach((e) => (e['actors'] = (e['actors'] as string[]).filter((a) => a !== 'cisa')));
    (edited.actors.find((a) => a['id'] === 'npa')!['name'] as Record<string, string>)['en'] = 'National Police Agency (Japan)';
    await call('importDataset', { fileName: 'edited.json', text: JSON.stringify(edited) });

    const since = await call<{ mark: BriefingMarkInfo; comparison: BundleComparison }>('compareSinceBriefing', { briefingId: briefing.id });
    expect(since.mark.markedAt).toBe(mark.markedAt);
    expect((since as unknown as { removedParents: unknown }).removedParents).toEqual({ cisa: null });
    const actors = since.comparison.changes.filter((c) => c.list === 'actors').map((c) => `${c.change}:${c.id}`);
    expect(actors).toEqual(['removed:cisa', 'changed:npa']);
    expect(since.comparison.changes.find((c) => c.id === 'npa')?.fields).toEqual([
      { kind: 'value', field: 'name', lang: 'en', item: null, before: 'National Police Agency', after: 'National Police Agency (Japan)' },
    ]);
    // The mark is the user's: it survives a restart and goes with the briefing.
    session.db.close();
    start();
    expect((await call<{ mark: BriefingMarkInfo }>('compareSinceBriefing', { briefingId: briefing.id })).mark.markedAt).toBe(mark.markedAt);
    await call('deleteBriefing', { briefingId: briefing.id });
    expect(session.db.prepare('SELECT COUNT(*) FROM briefing_marks').pluck().get()).toBe(0);
  });
});
