import type { AtlasData, Scene, SceneView } from '../../../api/types';
import type { MapLink } from '../../../domain/map-links';
import type { VisibleSet } from './model/drawn-graph';
import { linkPasses, visibleElements, type MapFilters } from './visibility';

/**
 * Which actors and links a scene shows, with cumulative reveal. Pure, so the map, the CSV
 * export and the print view agree.
 */

function filtersOf(view: SceneView): MapFilters {
  return {
    hiddenGroups: new Set(view.hiddenGroups),
    hiddenActorTypes: new Set(view.hiddenActorTypes),
    hiddenLinkTypes: new Set(view.hiddenLinkTypes),
    asOfDate: view.asOfDate,
  };
}

/**
 * What scene `index` shows: its own view or, when it reveals cumulatively, that plus everything
 * the previous scene showed (which may itself add to the one before). Links the scene's own
 * filters allow are drawn between any two actors now shown, so adding the United States to a
 * map of Japan also brings the links between the two.
 */
export function sceneVisible(atlas: Pick<AtlasData, 'actors'>, links: readonly MapLink[], scenes: readonly Scene[], index: number): VisibleSet {
  const scene = scenes[index];
  if (!scene) return { actors: new Set(), links: new Set() };
  const filters = filtersOf(scene.view);
  const own = visibleElements(atlas.actors, links, filters);
  if (!scene.cumulative || index === 0) return own;
  const previous = sceneVisible(atlas, links, scenes, index - 1);
  const actors = new Set([...previous.actors, ...own.actors]);
  const shownLinks = links.filter((l) => previous.links.has(l.id) || (linkPasses(l, filters) && actors.has(l.source) && actors.has(l.target)));
  return { actors, links: new Set(shownLinks.map((l) => l.id)) };
}
