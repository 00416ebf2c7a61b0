import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditOutcome } from '../../../api/editing-types';
import type { Briefing, BriefingSummary, SceneView } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { callThrough } from '../../support/dispatch-call';

const view: SceneView = { hiddenGroups: [], hiddenActorTypes: [], hiddenLinkTypes: [], asOfDate: null, selection: null, viewport: { x1: 0, y1: 0, x2: 100, y2: 100 }, labels: 'ja', positions: {} };

describe('creating, renaming and deleting a briefing can be undone and redone', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;

  const start = () => {
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SMALL_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session), () => undefined);
  };
  const call = callThrough(() => dispatch);
  const titles = async () => (await call<BriefingSummary[]>('listBriefings')).map((b) => b.title);

  beforeEach(() => {
    dir = makeTempDir();
    start();
  });
  afterEach(() => {
    session.db.close();
    dir.remove();
  });

  it('a deleted briefing comes back whole, with its ids, scenes and mark, also after a restart', async () => {
    const created = await call<Briefing>('createBriefing', { title: { en: 'Weekly', ja: '週次' } });
    const withScene = await call<Briefing>('addScene', { briefingId: created.id, title: { en: 'Opening' }, notes: { ja: '冒頭で説明' }, cumulative: true, view });
    await call('markBriefing', { briefingId: created.id, kind: 'presented' });
    await call('renameBriefing', { briefingId: created.id, title: { en: 'Weekly (final)' } });
    await call('deleteBriefing', { briefingId: created.id });
    expect(await titles()).toEqual([]);

    // Undo survives a restart: the change log is in the database.
    session.db.close();
    start();
    const undone = await call<EditOutcome>('undo');
    expect(undone.entry.summary).toEqual({ action: 'briefing', briefingId: created.id, change: 'delete' });
    const back = await call<Briefing>('getBriefing', { briefingId: created.id });
    expect(back.title).toEqual({ en: 'Weekly (final)' });
    expect(back.scenes).toEqual(withScene.scenes);
    expect((await call<{ mark: { kind: string } | null }>('compareSinceBriefing', { briefingId: created.id })).mark?.kind).toBe('presented');

    await call('undo');
    expect((await call<Briefing>('getBriefing', { briefingId: created.id })).title).toEqual({ en: 'Weekly', ja: '週次' });
    // The scene added before the rename is next on the stack, and can be undone now that its briefing is back.
    await call('undo');
    expect((await call<Briefing>('getBriefing', { briefingId: created.id })).scenes).toEqual([]);
    await call('undo');
    expect(await titles()).toEqual([]);

    await call('redo');
    expect(await titles()).toEqual([{ en: 'Weekly', ja: '週次' }]);
    await call('redo');
    await call('redo');
    expect(await titles()).toEqual([{ en: 'Weekly (final)' }]);
    await call('redo');
    expect(await titles()).toEqual([]);
  });

  it('an id taken since cannot be brought back over: that change leaves the stack, nothing is overwritten', async () => {
    const first = await call<Briefing>('createBriefing', { title: { en: 'First' } });
    await call('deleteBriefing', { briefingId: first.id });
    // SQLite gives the next briefing the same id; its creation is logged too, so undo takes it back first.
    const second = await call<Briefing>('createBriefing', { title: { en: 'Second' } });
    expect(second.id).toBe(first.id);
    await call('undo');
    expect(await titles()).toEqual([]);
    await call('undo');
    expect(await titles()).toEqual([{ en: 'First' }]);
  });

  it('renaming or deleting a briefing that does not exist logs nothing', async () => {
    expect(await dispatch('deleteBriefing', { briefingId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('renameBriefing', { briefingId: 99, title: { en: 'X' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('undo', {})).toMatchObject({ ok: false, error: { code: 'nothing_to_undo' } });
  });
});
