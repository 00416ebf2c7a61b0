import type { SceneView } from '../../api/types';
import type { AtlasDatabase } from '../../db/connection';
import { createBriefing, listBriefings, readBriefing } from '../../db/queries/briefings';
import { addScene } from '../../db/queries/scenes';
import { readSettings, writePositions, writeSettings } from '../../db/queries/user-state';

const VIEW: SceneView = {
  hiddenGroups: [],
  hiddenActorTypes: [],
  hiddenLinkTypes: [],
  asOfDate: '2017-07-20',
  selection: { kind: 'actor', id: 'nisc' },
  viewport: { x1: 0, y1: 0, x2: 800, y2: 600 },
  labels: 'both',
  positions: { nisc: { x: 10, y: 20 } },
};

/**
 * What a user makes, written through the app's own queries: briefings with scenes in both
 * languages, a settings change and a dragged node.
 */
export function makeUserWork(db: AtlasDatabase, briefings = 2): void {
  db.transaction(() => {
    for (let i = 1; i <= briefings; i += 1) {
      const briefing = createBriefing(db, { en: `Briefing ${i}`, ja: `ブリーフィング${i}` });
      addScene(db, briefing.id, { title: { en: `Opening ${i}`, ja: `導入${i}` }, notes: { en: 'Start here.', ja: 'ここから。' }, cumulative: false, view: VIEW });
      addScene(db, briefing.id, { title: { en: `Allies ${i}`, ja: `同盟${i}` }, notes: {}, cumulative: true, view: VIEW });
    }
    writeSettings(db, { uiLanguage: 'ja', labelLanguage: 'both' });
    writePositions(db, [{ actorId: 'nisc', x: 123.5, y: -45 }]);
  })();
}

/** The user's work as it reads back: briefing and scene titles, settings, positions. */
export function readUserWork(db: AtlasDatabase) {
  return {
    briefings: listBriefings(db).map((summary) => {
      const briefing = readBriefing(db, summary.id);
      return { title: summary.title, scenes: briefing?.scenes.map((scene) => scene.title) ?? [] };
    }),
    settings: readSettings(db),
    positions: db.prepare('SELECT actor_id, x, y FROM node_positions ORDER BY actor_id').all(),
  };
}
