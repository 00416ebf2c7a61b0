import type { Core } from 'cytoscape';
import type { AtlasApi } from '../../api/contract';

/** What the page exposes to tests: the map instance (renderer/features/map/MapView.tsx) and, in Electron, the preload bridge. */
declare global {
  interface Window {
    __atlasMap?: Core;
    atlas?: AtlasApi;
  }
}
