import cytoscape, { type Core } from 'cytoscape';
import type { AtlasData, Scene } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { labelTextsFor } from '../map/label-texts';
import { mapFontsForEveryLanguage } from '../../i18n/load-fonts';
import { MapController } from '../map/map-controller';
import { mapStylesheet, STANDARD_SIZES, type MapTheme, type ScreenSizes } from '../map/map-style';
import { sceneMapState, showScene } from '../map/scene-map';

export interface RenderOptions {
  readonly language: LabelLanguage;
  readonly theme: MapTheme;
  readonly width: number;
  readonly height: number;
  /** On-screen label sizes; a print sets them so labels come out at a legible point size. */
  readonly sizes?: ScreenSizes;
  /** Frames only the part of the scene's area that has something drawn in it (handouts). */
  readonly cropToShown?: boolean;
}

export interface RenderedScene {
  readonly cy: Core;
  /** Removes the instance and its off-screen host. */
  dispose(): void;
}

/**
 * Draws one scene of a briefing into a map of its own, the way the presentation shows it,
 * without touching the live map. Exports and the print view use it.
 */
function renderScene(atlas: AtlasData, scenes: readonly Scene[], index: number, options: RenderOptions): RenderedScene {
  // Laid out (Cytoscape needs a size) but off screen, so nothing flickers into view.
  const host = document.createElement('div');
  host.className = 'offscreen-render';
  document.body.append(host);
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
    sizes: options.sizes ?? STANDARD_SIZES,
    texts: labelTextsFor(atlas),
    userPositions: {},
    initial: sceneMapState(atlas, scenes, index, options.language),
    // Nobody can unfold anything on a page or an image, so "+6" badges would only take labels' room.
    badges: false,
  });
  showScene(controller, scenes, index, options.language, false);
  const area = scenes[index]?.view.viewport;
  if (options.cropToShown && area) {
    // A scene's area is what the presenter framed on their screen; a page or an image has its
    // own proportions, so it shows the drawn part of that area as large as it fits.
    const drawn = cy.elements(':visible').boundingBox({ includeLabels: true, includeOverlays: false });
    if (drawn.w > 0 && drawn.h > 0) {
      const pad = 12 / Math.max(cy.zoom(), 0.01);
      const x1 = Math.max(area.x1, drawn.x1 - pad);
      const y1 = Math.max(area.y1, drawn.y1 - pad);
      const x2 = Math.min(area.x2, drawn.x2 + pad);
      const y2 = Math.min(area.y2, drawn.y2 + pad);
      if (x2 > x1 && y2 > y1) controller.frame({ x1, y1, x2, y2 }, false);
    }
  }
  return {
    cy,
    dispose: () => {
      controller.destroy();
      cy.destroy();
      host.remove();
    },
  };
}

/** Draws a scene, hands its map to `draw`, and removes it again whatever `draw` does. */
export async function withRenderedScene<T>(atlas: AtlasData, scenes: readonly Scene[], index: number, options: RenderOptions, draw: (cy: Core) => Promise<T>): Promise<T> {
  await mapFontsForEveryLanguage();
  const rendered = renderScene(atlas, scenes, index, options);
  try {
    return await draw(rendered.cy);
  } finally {
    rendered.dispose();
  }
}
