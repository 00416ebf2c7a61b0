import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SceneView } from '../../../api/types';
import { importBundleText } from '../../../backend/dataset-files';
import { openDatabase, type AtlasDatabase } from '../../../db/connection';
import { readHistory } from '../../../db/editing/change-log';
import { trackPositions, trackScenes } from '../../../db/editing/tracked-changes';
import { redo, undo } from '../../../db/editing/undo-redo';
import { readPositions } from '../../../db/queries/atlas';
import { createBriefing, deleteBriefing, readBriefing } from '../../../db/queries/briefings';
import { addScene, deleteScene, reorderScenes, updateScene } from '../../../db/queries/scenes';
import { clearPositions, writePositions } from '../../../db/queries/user-state';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

/** Undo and redo of node drags, Reset layout and scene changes, on a real database file, across restarts. */

let dir: ReturnType<typeof makeTempDir>;
let file: string;
let db: AtlasDatabase;

beforeEach(() => {
  dir = makeTempDir();
  file = join(dir.path, 'atlas.sqlite');
  db = openDatabase(file);
  importBundleText(db, readFileSync(SMALL_BUNDLE_PATH, 'utf8'), { name: 'small-bundle.json', origin: 'file', backupDirectory: join(dir.path, 'backups') });
});
afterEach(() => {
  if (db.open) db.close();
  dir.remove();
});

function reopen(): void {
  db.close();
  db = openDatabase(file);
}

const drag = (actorId: string, x: number, y: number) => trackPositions(db, [actorId], () => writePositions(db, [{ actorId, x, y }]));
const view: SceneView = { hiddenGroups: [], hiddenActorTypes: [], hiddenLinkTypes: [], asOfDate: null, selection: null, viewport: { x1: 0, y1: 0, x2: 100, y2: 100 }, labels: 'ja', positions: {} };
const sceneTitles = (briefingId: number) => readBriefing(db, briefingId)?.scenes.map((s) => s.title.ja ?? s.title.en);

describe('undo and redo of map positions', () => {
  it('takes back a drag to where the node was, and a first drag back to the computed layout; also after a restart', () => {
    drag('nisc', 10, 20);
    drag('nisc', 30, 40);
    expect(readPositions(db)).toEqual({ nisc: { x: 30, y: 40 } });
    undo(db);
    expect(readPositions(db)).toEqual({ nisc: { x: 10, y: 20 } });
    reopen();
    undo(db);
    expect(readPositions(db)).toEqual({});
    reopen();
    redo(db);
    redo(db);
    expect(readPositions(db)).toEqual({ nisc: { x: 30, y: 40 } });
  });

  it('undoes Reset layout, bringing back every dragged position', () => {
    drag('nisc', 10, 20);
    drag('npa', -5, 7.5);
    trackPositions(db, null, () => clearPositions(db));
    expect(readPositions(db)).toEqual({});
    expect(readHistory(db).undo?.summary).toEqual({ action: 'resetLayout', count: 2 });
    reopen();
    undo(db);
    expect(readPositions(db)).toEqual({ nisc: { x: 10, y: 20 }, npa: { x: -5, y: 7.5 } });
    redo(db);
    expect(readPositions(db)).toEqual({});
  });

  it('logs nothing when nothing moved', () => {
    trackPositions(db, null, () => clearPositions(db));
    drag('nisc', 1, 1);
    drag('nisc', 1, 1);
    expect(readHistory(db).entries).toHaveLength(1);
  });
});

describe('undo and redo of scene changes', () => {
  it('undoes and redoes adding, changing, reordering and deleting scenes, with the same scene ids, also after a restart', () => {
    const briefingId = createBriefing(db, { ja: '日米' }).id;
    const add = (title: string) => trackScenes(db, { briefingId }, 'add', () => addScene(db, briefingId, { title: { ja: title }, notes: {}, cumulative: false, view }));
    add('一');
    add('二');
    const [first, second] = readBriefing(db, briefingId)?.scenes ?? [];
    trackScenes(db, { sceneId: second!.id }, 'update', () => updateScene(db, second!.id, { title: { ja: '二（改）' } }));
    trackScenes(db, { briefingId }, 'reorder', () => reorderScenes(db, briefingId, [second!.id, first!.id]));
    trackScenes(db, { sceneId: first!.id }, 'delete', () => deleteScene(db, first!.id));
    expect(sceneTitles(briefingId)).toEqual(['二（改）']);

    undo(db);
    expect(sceneTitles(briefingId)).toEqual(['二（改）', '一']);
    expect(readBriefing(db, briefingId)?.scenes.map((s) => s.id)).toEqual([second!.id, first!.id]);
    reopen();
    undo(db);
    expect(sceneTitles(briefingId)).toEqual(['一', '二（改）']);
    undo(db);
    expect(sceneTitles(briefingId)).toEqual(['一', '二']);
    undo(db);
    expect(sceneTitles(briefingId)).toEqual(['一']);
    reopen();
    redo(db);
    redo(db);
    redo(db);
    redo(db);
    expect(sceneTitles(briefingId)).toEqual(['二（改）']);
  });

  it('passes over scene changes of a briefing that has since been deleted', () => {
    drag('nisc', 5, 5);
    const briefingId = createBriefing(db, { en: 'Gone' }).id;
    trackScenes(db, { briefingId }, 'add', () => addScene(db, briefingId, { title: { en: 'One' }, notes: {}, cumulative: false, view }));
    deleteBriefing(db, briefingId);
    expect(undo(db).entry.kind).toBe('positions');
    expect(readPositions(db)).toEqual({});
    expect(readHistory(db).entries.map((e) => e.state)).toEqual(['dropped', 'undone']);
  });
});
