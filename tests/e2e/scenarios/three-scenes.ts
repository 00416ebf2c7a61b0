import type { AtlasPage } from '../pages/atlas-page';
import type { BriefingPanel } from '../pages/briefing-panel';

/** Three scenes: the whole map, Japan's side as of 2016 (NISC), 2025 after the reorganisation (NCO selected). */
export async function prepareThreeScenes(atlas: AtlasPage, briefing: BriefingPanel): Promise<void> {
  await atlas.open();
  await briefing.open();
  await briefing.createBriefing('Alliance cyber structure', '日米のサイバー体制');
  await briefing.addScene({ en: 'The whole map', ja: '全体像' }, { notes: { en: 'Start with the big picture.', ja: 'まず全体像から。' } });
  await atlas.showMapAsOf('2016-01-01');
  await briefing.addScene({ en: 'NISC in 2016', ja: '2016年のNISC' });
  await atlas.showMapAsOf('2025-08-01');
  await atlas.search('国家サイバー統括室');
  await atlas.searchBox.press('Enter');
  // The map glides to the result; the scene should keep where it comes to rest.
  await atlas.page.waitForFunction(() => (window.__atlasMap?.zoom() ?? 0) >= 0.9 && window.__atlasMap?.animated() === false);
  await briefing.addScene({ en: 'After July 2025', ja: '2025年7月以降' });
}
