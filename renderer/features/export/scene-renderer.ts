import type { LabelLanguage } from '../../../domain/languages';
import cytoscape, { type Core } from 'cytoscape';
import type { AtlasData, Scene } from '../../../api/types';
import { sceneVisible } from '../briefing/scene-view';
import { initialPositions } from '../map/initial-positions';
import { mapElements } from '../map/map-elements';
import { mapLinks } from '../../../domain/map-links';
import { applyLabels, applySelection, applyVisibility, showScene } from '../map/map-state';
import { mapStylesheet, type MapTheme } from '../map/map-style';

export interface RenderedScene {
  readonly cy: Core;
  /** Removes the instance and its container. */
  dispose(): void;
}

/**
 * Draws one scene of a briefing into a map of its own, the way the presentation shows it,
 * without touching the live map. Exports and the print view use it.
 */
export function renderScene(
  host: HTMLElement,
  atlas: AtlasData,
  scenes: readonly Scene[],
  index: number,
  options: { readonly language: LabelLanguage; readonly theme: MapTheme; readonly width: number; readonly height: number },
): RenderedScene {
  const scene = scenes[index];
  const container = document.createElement('div');
  container.className = 'scene-render';
  container.style.width = `${options.width}px`;
  container.style.height = `${options.height}px`;
  host.append(container);
  const { positions } = initialPositions(atlas);
  const links = mapLinks(atlas);
  const cy = cytoscape({
    container,
    elements: mapElements(atlas, positions, (id) => id),
    style: mapStylesheet(options.theme),
    layout: { name: 'preset' },
    autoungrabify: true,
    autounselectify: false,
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
  });
  applyLabels(cy, atlas, options.language === 'both' ? 'en' : options.language, options.language === 'both' ? 'both' : 'ui');
  applyVisibility(cy, sceneVisible(atlas, links, scenes, index));
  if (scene) {
    applySelection(cy, atlas, scene.view.selection);
    showScene(cy, scene.view, false);
  }
  return {
    cy,
    dispose: () => {
      cy.destroy();
      container.remove();
    },
  };
}
