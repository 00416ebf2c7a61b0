import type { Core } from 'cytoscape';
import type { MapController } from './map-controller';

/**
 * The live map's controller, for the features that act on it from outside (saving a scene
 * reads its view, search brings a node into view, exports draw it). The working map registers
 * and unregisters it; end-to-end tests read window.__atlasMap.
 */
declare global {
  interface Window {
    /** The Cytoscape instance, for end-to-end tests: canvas content is invisible to DOM locators. */
    __atlasMap?: Core;
    /** The map's controller, for end-to-end tests that ask what the map draws. */
    __atlasMapController?: MapController;
  }
}

let current: MapController | null = null;

export function registerMap(controller: MapController | null): void {
  current = controller;
  if (controller) {
    window.__atlasMap = controller.cy;
    window.__atlasMapController = controller;
  } else {
    delete window.__atlasMap;
    delete window.__atlasMapController;
  }
}

export function currentMap(): MapController | null {
  return current;
}
