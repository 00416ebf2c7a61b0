import type { Core } from 'cytoscape';
import type { AtlasData, LabelMode, SceneView } from '../../../api/types';
import type { UiLanguage } from '../../../domain/languages';
import type { Selection } from '../../state/atlas-store';
import { cameraFor, type VisibleSet } from '../briefing/scene-view';
import { containsCjk, mapLabel } from './labels';

/**
 * What the map shows, applied to a Cytoscape instance. The live map, the presentation and the
 * offscreen renderer behind exports all go through these, so they always look the same.
 */

export const SCENE_TRANSITION_MS = 650;

export function applyLabels(cy: Core, atlas: Pick<AtlasData, 'actors'>, language: UiLanguage, mode: LabelMode): void {
  cy.batch(() => {
    for (const actor of atlas.actors) {
      const label = mapLabel(actor, language, mode);
      cy.getElementById(actor.id).data('label', label).toggleClass('cjk', containsCjk(label));
    }
  });
}

/** Hides what is not visible; returns the nodes that were hidden and are now shown. */
export function applyVisibility(cy: Core, visible: VisibleSet) {
  const appearing = cy.collection();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const shown = visible.actors.has(node.id());
      if (shown && node.hasClass('filtered-out')) appearing.merge(node);
      node.toggleClass('filtered-out', !shown);
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('filtered-out', !visible.links.has(edge.id()));
    });
  });
  return appearing;
}

/**
 * Marks and lights up the selection, dimming the rest: an actor with its neighbours, a
 * relation with its two ends, an event with the actors it involves.
 */
export function applySelection(cy: Core, atlas: Pick<AtlasData, 'events'>, selection: Selection | null): void {
  cy.batch(() => {
    cy.elements().unselect().removeClass('faded highlighted chosen');
    if (!selection) return;
    if (selection.kind === 'event') {
      const involved = new Set(atlas.events.find((e) => e.id === selection.id)?.actors ?? []);
      const actors = cy.nodes().filter((node) => involved.has(node.id()));
      actors.addClass('highlighted');
      cy.elements().not(actors.union(actors.edgesWith(actors))).addClass('faded');
      return;
    }
    const element = cy.getElementById(selection.kind === 'actor' ? selection.id : `relation:${selection.id}`);
    if (element.empty()) return;
    // A class rather than Cytoscape's selection: while presenting the map ignores taps
    // (autounselectify), which also stops programmatic select().
    element.addClass('chosen');
    const kept = selection.kind === 'actor' ? element.closedNeighborhood() : element.union(element.connectedNodes());
    cy.elements().not(kept).addClass('faded');
  });
}

/**
 * Moves nodes to a scene's positions and frames its area; animated briefly so the audience
 * can follow. Returns the zoom the scene ends at.
 */
export function showScene(cy: Core, view: SceneView, animate: boolean): number {
  cy.stop();
  // Stopping also stops a node's fade-in, which would leave it at opacity 0: drop that bypass.
  cy.nodes().stop(true).removeStyle('opacity');
  cy.nodes().forEach((node) => {
    const target = view.positions[node.id()];
    if (!target) return;
    if (animate) node.animate({ position: target }, { duration: SCENE_TRANSITION_MS, easing: 'ease-in-out-cubic' });
    else node.position(target);
  });
  const camera = cameraFor(view.viewport, cy.width(), cy.height());
  if (animate) cy.animate(camera, { duration: SCENE_TRANSITION_MS, easing: 'ease-in-out-cubic' });
  else cy.viewport(camera);
  return camera.zoom;
}
