import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../../api/result';
import type { Briefing, BriefingSummary, SceneView } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { readBriefing } from '../../../db/queries/briefings';
import { SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

/** A view as the renderer captures it; `cabinet_secretariat` is in the shipped dataset only. */
function sceneView(changes: Partial<SceneView> = {}): SceneView {
  return {
    hiddenGroups: ['US'],
    hiddenActorTypes: ['company', 'think_tank'],
    hiddenLinkTypes: ['part_of'],
    asOfDate: '2017-07-20',
    selection: { kind: 'actor', id: 'cabinet_secretariat' },
    viewport: { x1: -120.5, y1: -40, x2: 880, y2: 615.25 },
    labels: 'both',
    positions: { nisc: { x: 12.5, y: -40 }, cabinet_secretariat: { x: 300, y: 0 } },
    ...changes,
  };
}

describe('briefings and scenes', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;

  const start = () => {
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session), () => undefined);
  };
  const call = async <T = Briefing>(operation: string, args: unknown): Promise<T> => {
    const result = await dispatch(operation, args);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`);
    return result.value as T;
  };
  const refusal = async (operation: string, args: unknown): Promise<ApiError> => {
    const result = await dispatch(operation, args);
    if (result.ok) throw new Error(`${operation} was expected to fail`);
    return result.error;
  };
  /** Every row of the briefing tables, to show that a refused call wrote nothing. */
  const storedRows = () =>
    ['briefings', 'briefing_texts', 'scenes', 'scene_texts'].map((table) => session.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
  const storedPositions = (briefingId: number) =>
    session.db.prepare('SELECT position FROM scenes WHERE briefing_id = ? ORDER BY position').pluck().all(briefingId);
  const titlesOf = (briefing: Briefing) => briefing.scenes.map((scene) => scene.title);

  /** A briefing with three scenes: Opening, Structure, Cooperation. */
  const makeBriefing = async () => {
    const created = await call('createBriefing', { title: { en: 'Cyber alliance', ja: 'サイバー同盟' } });
    await call('addScene', {
      briefingId: created.id,
      title: { en: 'Opening', ja: '導入' },
      notes: { en: 'Start with the map.', ja: '地図から始める。' },
      cumulative: false,
      view: sceneView(),
    });
    await call('addScene', {
      briefingId: created.id,
      title: { en: 'Structure' },
      notes: {},
      cumulative: true,
      view: sceneView({ asOfDate: null, selection: null, labels: 'ja' }),
    });
    return call('addScene', {
      briefingId: created.id,
      title: { ja: '協力' },
      notes: { ja: '日米の協力。' },
      cumulative: false,
      view: sceneView({ hiddenGroups: [], selection: { kind: 'event', id: 'e_first_dialogue' } }),
    });
  };

  beforeEach(() => {
    dir = makeTempDir();
    start();
  });
  afterEach(() => {
    vi.useRealTimers();
    if (session.db.open) session.db.close();
    dir.remove();
  });

  it('creates a briefing and reads its scenes back in order, in both languages, with the exact view', async () => {
    const { id } = await makeBriefing();
    const briefing = await call('getBriefing', { briefingId: id });
    expect(briefing.title).toEqual({ en: 'Cyber alliance', ja: 'サイバー同盟' });
    expect(briefing.scenes.map(({ title, notes, cumulative }) => ({ title, notes, cumulative }))).toEqual([
      { title: { en: 'Opening', ja: '導入' }, notes: { en: 'Start with the map.', ja: '地図から始める。' }, cumulative: false },
      { title: { en: 'Structure' }, notes: {}, cumulative: true },
      { title: { ja: '協力' }, notes: { ja: '日米の協力。' }, cumulative: false },
    ]);
    expect(briefing.scenes.map((scene) => scene.view)).toEqual([
      sceneView(),
      sceneView({ asOfDate: null, selection: null, labels: 'ja' }),
      sceneView({ hiddenGroups: [], selection: { kind: 'event', id: 'e_first_dialogue' } }),
    ]);
    expect(storedPositions(id)).toEqual([0, 1, 2]);
    expect(await call<BriefingSummary[]>('listBriefings', {})).toEqual([
      { id, title: { en: 'Cyber alliance', ja: 'サイバー同盟' }, sceneCount: 3, updatedAt: briefing.updatedAt },
    ]);
  });

  it('stores titles and notes trimmed, leaving out blank languages', async () => {
    const created = await call('createBriefing', { title: { en: '  Spaced  ', ja: '   ' } });
    expect(created.title).toEqual({ en: 'Spaced' });
    const briefing = await call('addScene', { briefingId: created.id, title: { en: '', ja: ' 場面 ' }, notes: { en: '\n' }, cumulative: false, view: sceneView() });
    expect(briefing.scenes[0]).toMatchObject({ title: { ja: '場面' }, notes: {} });
  });

  it('renames a briefing, replacing its title in every language', async () => {
    const { id } = await makeBriefing();
    const renamed = await call('renameBriefing', { briefingId: id, title: { ja: '新しい題名' } });
    expect(renamed.title).toEqual({ ja: '新しい題名' });
    expect(renamed.scenes).toHaveLength(3);
    expect((await call<BriefingSummary[]>('listBriefings', {}))[0]?.title).toEqual({ ja: '新しい題名' });
  });

  it('updates only the fields given; given texts replace every language', async () => {
    const { id, scenes } = await makeBriefing();
    const opening = scenes[0]!;
    const notesOnly = await call('updateScene', { sceneId: opening.id, notes: { ja: '日本語だけ' } });
    expect(notesOnly.scenes[0]).toMatchObject({ title: { en: 'Opening', ja: '導入' }, notes: { ja: '日本語だけ' }, cumulative: false, view: sceneView() });

    const newView = sceneView({ labels: 'en', hiddenLinkTypes: [], positions: {} });
    const rest = await call('updateScene', { sceneId: opening.id, title: { en: 'Overview', ja: '' }, notes: {}, cumulative: true, view: newView });
    expect(rest.scenes[0]).toMatchObject({ title: { en: 'Overview' }, notes: {}, cumulative: true, view: newView });
    expect(rest.scenes.slice(1)).toEqual(scenes.slice(1));
    expect(session.db.prepare('SELECT lang, title, notes FROM scene_texts WHERE scene_id = ?').all(opening.id)).toEqual([
      { lang: 'en', title: 'Overview', notes: null },
    ]);
    expect((await call('getBriefing', { briefingId: id })).scenes[0]).toEqual(rest.scenes[0]);
  });

  it('reorders scenes, and refuses an order that is not a permutation, naming the ids, changing nothing', async () => {
    const { id, scenes } = await makeBriefing();
    const [opening, structure, cooperation] = scenes.map((scene) => scene.id) as [number, number, number];
    const reordered = await call('reorderScenes', { briefingId: id, sceneIds: [cooperation, opening, structure] });
    expect(reordered.scenes.map((scene) => scene.id)).toEqual([cooperation, opening, structure]);
    expect(storedPositions(id)).toEqual([0, 1, 2]);

    const before = storedRows();
    expect(await refusal('reorderScenes', { briefingId: id, sceneIds: [cooperation, opening, opening, 999] })).toEqual({
      code: 'invalid_arguments',
      message: `The new order must name every scene of briefing ${id} exactly once: missing ${structure}; not in this briefing 999; repeated ${opening}.`,
    });
    expect(await refusal('reorderScenes', { briefingId: id, sceneIds: [] })).toMatchObject({
      message: `The new order must name every scene of briefing ${id} exactly once: missing ${cooperation}, ${opening}, ${structure}.`,
    });
    expect(storedRows()).toEqual(before);
    expect((await call('getBriefing', { briefingId: id })).scenes.map((scene) => scene.id)).toEqual([cooperation, opening, structure]);
  });

  it('duplicates a scene right after the original, marked as a copy in English and Japanese', async () => {
    const { id, scenes } = await makeBriefing();
    const opening = scenes[0]!;
    const briefing = await call('duplicateScene', { sceneId: opening.id });
    expect(titlesOf(briefing)).toEqual([
      { en: 'Opening', ja: '導入' },
      { en: 'Opening (copy)', ja: '導入（コピー）' },
      { en: 'Structure' },
      { ja: '協力' },
    ]);
    const copy = briefing.scenes[1]!;
    expect(copy.id).not.toBe(opening.id);
    expect(copy).toMatchObject({ notes: opening.notes, cumulative: opening.cumulative, view: opening.view });
    expect(storedPositions(id)).toEqual([0, 1, 2, 3]);

    const last = await call('duplicateScene', { sceneId: scenes[2]!.id });
    expect(titlesOf(last).at(-1)).toEqual({ ja: '協力（コピー）' });
  });

  it('keeps a copy of a scene with the longest allowed title savable', async () => {
    const { scenes } = await makeBriefing();
    const longest = 'x'.repeat(200);
    await call('updateScene', { sceneId: scenes[0]!.id, title: { en: longest } });
    const copy = (await call('duplicateScene', { sceneId: scenes[0]!.id })).scenes[1]!;
    expect(copy.title['en']).toBe(`${'x'.repeat(193)} (copy)`);
    await call('updateScene', { sceneId: copy.id, title: { en: copy.title['en'] } });
  });

  it('deletes a scene and closes the gap in the positions', async () => {
    const { id, scenes } = await makeBriefing();
    const briefing = await call('deleteScene', { sceneId: scenes[1]!.id });
    expect(briefing.scenes.map((scene) => scene.id)).toEqual([scenes[0]!.id, scenes[2]!.id]);
    expect(storedPositions(id)).toEqual([0, 1]);
    expect(session.db.prepare('SELECT count(*) FROM scene_texts WHERE scene_id = ?').pluck().get(scenes[1]!.id)).toBe(0);
    const appended = await call('addScene', { briefingId: id, title: { en: 'Closing' }, notes: {}, cumulative: false, view: sceneView() });
    expect(titlesOf(appended).at(-1)).toEqual({ en: 'Closing' });
    expect(storedPositions(id)).toEqual([0, 1, 2]);
  });

  it('deletes a briefing with its scenes and their texts', async () => {
    const { id } = await makeBriefing();
    const other = await call('createBriefing', { title: { en: 'Other' } });
    expect(await call('deleteBriefing', { briefingId: id })).toBeNull();
    expect((await call<BriefingSummary[]>('listBriefings', {})).map((b) => b.id)).toEqual([other.id]);
    expect(await refusal('getBriefing', { briefingId: id })).toEqual({ code: 'not_found', message: `No briefing has the id ${id}.` });
    expect(session.db.prepare('SELECT count(*) FROM scenes').pluck().get()).toBe(0);
    expect(session.db.prepare('SELECT count(*) FROM scene_texts').pluck().get()).toBe(0);
    expect(session.db.prepare('SELECT count(*) FROM briefing_texts WHERE briefing_id = ?').pluck().get(id)).toBe(0);
  });

  it('lists briefings most recently changed first, with their scene counts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
    const first = await call('createBriefing', { title: { en: 'First' } });
    vi.setSystemTime(new Date('2026-03-01T09:01:00.000Z'));
    const second = await call('createBriefing', { title: { en: 'Second' } });
    expect((await call<BriefingSummary[]>('listBriefings', {})).map((b) => b.id)).toEqual([second.id, first.id]);
    vi.setSystemTime(new Date('2026-03-01T09:02:00.000Z'));
    await call('addScene', { briefingId: first.id, title: { en: 'One' }, notes: {}, cumulative: false, view: sceneView() });
    expect(await call<BriefingSummary[]>('listBriefings', {})).toEqual([
      { id: first.id, title: { en: 'First' }, sceneCount: 1, updatedAt: '2026-03-01T09:02:00.000Z' },
      { id: second.id, title: { en: 'Second' }, sceneCount: 0, updatedAt: '2026-03-01T09:01:00.000Z' },
    ]);
  });

  it('moves updatedAt on with every change, and the changed scene with it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let clock = Date.parse('2026-04-01T10:00:00.000Z');
    /** Runs a change a minute after the previous one and checks that the briefing says so. */
    const changeLater = async (operation: string, args: unknown) => {
      clock += 60_000;
      vi.setSystemTime(clock);
      const now = new Date(clock).toISOString();
      const briefing = await call(operation, args);
      expect(briefing.updatedAt).toBe(now);
      expect((await call<BriefingSummary[]>('listBriefings', {}))[0]?.updatedAt).toBe(now);
      return briefing;
    };
    const newScene = (title: string) => ({ title: { en: title }, notes: {}, cumulative: false, view: sceneView() });

    const { id } = await changeLater('createBriefing', { title: { en: 'Timed' } });
    await changeLater('renameBriefing', { briefingId: id, title: { en: 'Timed again' } });
    await changeLater('addScene', { briefingId: id, ...newScene('A') });
    const withB = await changeLater('addScene', { briefingId: id, ...newScene('B') });
    const [a, b] = withB.scenes.map((scene) => scene.id) as [number, number];
    const updated = await changeLater('updateScene', { sceneId: a, cumulative: true });
    expect(updated.scenes.map((scene) => scene.updatedAt)).toEqual([updated.updatedAt, withB.updatedAt]);
    const duplicated = await changeLater('duplicateScene', { sceneId: b });
    const copy = duplicated.scenes[2]!.id;
    await changeLater('reorderScenes', { briefingId: id, sceneIds: [copy, b, a] });
    await changeLater('deleteScene', { sceneId: copy });
  });

  it('treats a stored view that no longer reads as a bug naming the scene, not as bad input', async () => {
    const { id, scenes } = await makeBriefing();
    const damaged = scenes[1]!.id;
    session.db.prepare("UPDATE scenes SET view = json_set(view, '$.labels', 'fr') WHERE id = ?").run(damaged);
    expect(await refusal('getBriefing', { briefingId: id })).toEqual({ code: 'internal', message: 'getBriefing failed unexpectedly; the details are in the log.' });
    expect(() => readBriefing(session.db, id)).toThrow(`The stored view of scene ${damaged} cannot be read`);
  });

  it('keeps briefings when the database is closed and opened again', async () => {
    const { id } = await makeBriefing();
    const before = await call('getBriefing', { briefingId: id });
    session.db.close();
    start();
    expect(await call('getBriefing', { briefingId: id })).toEqual(before);
    expect(await call<BriefingSummary[]>('listBriefings', {})).toHaveLength(1);
  });

  it('keeps briefings unchanged through a dataset import, even scenes naming actors the new data lacks', async () => {
    const { id } = await makeBriefing();
    const before = await call('getBriefing', { briefingId: id });
    const listBefore = await call<BriefingSummary[]>('listBriefings', {});
    const text = readFileSync(SMALL_BUNDLE_PATH, 'utf8');
    expect(await call('importDataset', { fileName: 'small.json', text })).toMatchObject({ actors: 6 });
    expect(await call('getBriefing', { briefingId: id })).toEqual(before);
    expect(await call<BriefingSummary[]>('listBriefings', {})).toEqual(listBefore);
    expect(before.scenes[0]?.view.selection).toEqual({ kind: 'actor', id: 'cabinet_secretariat' });
  });

  it('answers not_found for unknown briefing and scene ids, changing nothing', async () => {
    const { id } = await makeBriefing();
    const before = storedRows();
    const view = sceneView();
    const noBriefing = { code: 'not_found', message: 'No briefing has the id 7777.' };
    const noScene = { code: 'not_found', message: 'No scene has the id 12345.' };
    expect(await refusal('getBriefing', { briefingId: 7777 })).toEqual(noBriefing);
    expect(await refusal('renameBriefing', { briefingId: 7777, title: { en: 'X' } })).toEqual(noBriefing);
    expect(await refusal('deleteBriefing', { briefingId: 7777 })).toEqual(noBriefing);
    expect(await refusal('addScene', { briefingId: 7777, title: { en: 'X' }, notes: {}, cumulative: false, view })).toEqual(noBriefing);
    expect(await refusal('reorderScenes', { briefingId: 7777, sceneIds: [] })).toEqual(noBriefing);
    expect(await refusal('updateScene', { sceneId: 12345, title: { en: 'X' } })).toEqual(noScene);
    expect(await refusal('duplicateScene', { sceneId: 12345 })).toEqual(noScene);
    expect(await refusal('deleteScene', { sceneId: 12345 })).toEqual(noScene);
    expect(storedRows()).toEqual(before);
    expect((await call('getBriefing', { briefingId: id })).scenes).toHaveLength(3);
  });

  it('refuses malformed titles, views and ids as invalid arguments, changing nothing', async () => {
    const { id, scenes } = await makeBriefing();
    const sceneId = scenes[0]!.id;
    const before = storedRows();
    const newScene = { briefingId: id, title: { en: 'Fine' }, notes: {}, cumulative: false };
    const problemsOf = async (operation: string, args: unknown) => {
      const error = await refusal(operation, args);
      expect(error.code).toBe('invalid_arguments');
      return error.problems;
    };

    expect(await problemsOf('createBriefing', { title: { en: 'Bell\u0007' } })).toEqual(['title.en: contains control or text-direction characters']);
    expect(await problemsOf('renameBriefing', { briefingId: id, title: { en: '  ', ja: '' } })).toEqual(['title: needs a title in English or Japanese']);
    expect(await problemsOf('updateScene', { sceneId, title: { en: 'Right\u202Eleft' } })).toEqual(['title.en: contains control or text-direction characters']);
    expect(await problemsOf('updateScene', { sceneId, notes: { en: 'ok', fr: 'non' } })).toHaveLength(1);
    expect(await problemsOf('addScene', { ...newScene, view: sceneView({ asOfDate: '2017-02-30' }) })).toEqual(['view.asOfDate: is not a real date']);
    const unknownType = { ...sceneView(), hiddenActorTypes: ['spaceship'] };
    expect(await problemsOf('addScene', { ...newScene, view: unknownType })).toEqual([expect.stringMatching(/^view\.hiddenActorTypes\.0: /)]);
    expect(await problemsOf('updateScene', { sceneId, view: { ...sceneView(), selection: { kind: 'actor', id: "x'; DROP TABLE scenes; --" } } })).toEqual([
      'view.selection.id: must be a record id',
    ]);
    expect(await problemsOf('getBriefing', { briefingId: -1 })).toHaveLength(1);
    expect(await problemsOf('deleteScene', { sceneId: 1.5 })).toHaveLength(1);
    expect(await problemsOf('reorderScenes', { briefingId: id, sceneIds: [sceneId, -2] })).toHaveLength(1);

    expect(storedRows()).toEqual(before);
  });
});
