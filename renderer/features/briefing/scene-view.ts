import type { AtlasData, Scene, SceneView } from '../../../api/types';
import type { MapLink } from '../../../domain/map-links';
import { linkPasses, visibleElements, type MapFilters } from '../map/visibility';

/**
 * Scenes as data: which actors and links a scene shows (with cumulative reveal), and the
 * part of the map it frames. Pure, so the map, the CSV export and the print view agree.
 */

export interface VisibleSet {
  readonly actors: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

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

export interface Extent {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Zoom and pan that show `extent` whole and centred in a viewport of the given size. */
export function cameraFor(extent: Extent, width: number, height: number): { zoom: number; pan: { x: number; y: number } } {
  const zoom = Math.min(width / Math.max(1, extent.x2 - extent.x1), height / Math.max(1, extent.y2 - extent.y1));
  return {
    zoom,
    pan: { x: width / 2 - (zoom * (extent.x1 + extent.x2)) / 2, y: height / 2 - (zoom * (extent.y1 + extent.y2)) / 2 },
  };
}
