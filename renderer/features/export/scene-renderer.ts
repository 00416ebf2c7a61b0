import cytoscape, { type Core } from 'cytoscape';
import type { AtlasData, Scene } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { labelTextsFor } from '../map/label-texts';
import { MapController } from '../map/map-controller';
import { mapStylesheet, STANDARD_SIZES, type MapTheme } from '../map/map-style';
import { sceneMapState, showScene } from '../map/scene-map';

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
  const container = document.createElement('div');
  container.className = 'scene-render';
  container.style.width = `${options.width}px`;
  container.style.height = `${options.height}px`;
  host.append(container);
  const cy = cytoscape({
    container,
    style: mapStylesheet(options.theme),
    layout: { name: 'preset' },
    autoungrabify: true,
    autounselectify: false,
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
  });
  const controller = new MapController(cy, atlas, {
    sizes: STANDARD_SIZES,
    texts: labelTextsFor(atlas),
    userPositions: {},
    initial: sceneMapState(atlas, scenes, index, options.language),
  });
  showScene(controller, scenes, index, options.language, false);
  return {
    cy,
    dispose: () => {
      controller.destroy();
      cy.destroy();
      container.remove();
    },
  };
}
