import type { AtlasData, Scene, SceneView } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import type { MapController, MapViewState } from './map-controller';
import { mapLinks, type MapLink } from '../../../domain/map-links';
import { drawnGraph, type VisibleSet } from './model/drawn-graph';
import { buildHierarchy, expandableNodes } from './model/hierarchy';
import { sceneVisible } from './scene-visibility';

/**
 * What a map shows for one scene of a briefing: the presentation and the exports draw scenes
 * through this, so a slide and its handout match. Scenes saved before groups could be folded
 * showed every organization, and open fully expanded.
 */
export function sceneMapState(atlas: AtlasData, scenes: readonly Scene[], index: number, language: LabelLanguage): MapViewState {
  const view = scenes[index]?.view;
  const expanded = view?.expanded ? new Set(view.expanded) : expandableNodes(hierarchyOf(atlas));
  return {
    visible: sceneVisible(atlas, mapLinks(atlas), scenes, index),
    expanded,
    labelLanguage: language,
    selection: view?.selection ?? null,
    focus: view?.focus ?? null,
  };
}

function hierarchyOf(atlas: AtlasData) {
  return buildHierarchy(
    atlas.actors,
    atlas.countries.map((c) => c.code),
  );
}

/**
 * Whether a scene's map draws a merged line of several link types, which its legend then
 * explains; `links` and `visible` are the scene's, as the caller already has them.
 */
export function sceneDrawsMixedLines(atlas: AtlasData, view: SceneView | undefined, links: readonly MapLink[], visible: VisibleSet): boolean {
  // A focused map draws each link as itself, and a scene saved before folding opens fully expanded.
  if (!view?.expanded || view.focus) return false;
  return drawnGraph(hierarchyOf(atlas), links, visible, new Set(view.expanded)).edges.some((edge) => edge.type === null);
}

/** Moves a map to a scene: what it shows, its nodes where the scene had them, its framing. */
export function showScene(controller: MapController, scenes: readonly Scene[], index: number, language: LabelLanguage, animate: boolean): void {
  const scene = scenes[index];
  if (!scene) return;
  controller.update(sceneMapState(controller.atlas, scenes, index, language), { animate, positions: scene.view.positions });
  controller.frame(scene.view.viewport, animate);
}
