import type { Core } from 'cytoscape';

/**
 * The live map, for the features that act on it from outside (saving a scene reads its
 * camera, exports draw it). MapView registers and unregisters it; tests read window.__atlasMap.
 */
declare global {
  interface Window {
    /** The Cytoscape instance, for end-to-end tests: canvas content is invisible to DOM locators. */
    __atlasMap?: Core;
  }
}

let current: Core | null = null;

export function registerMap(map: Core | null): void {
  current = map;
  if (map) window.__atlasMap = map;
  else delete window.__atlasMap;
}

export function currentMap(): Core | null {
  return current;
}
