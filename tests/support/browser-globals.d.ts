import type { Core } from 'cytoscape';
import type { Timeline } from 'vis-timeline/peer';
import type { AtlasApi } from '../../api/contract';

/** What the page exposes to tests: the map and timeline instances (renderer/features/{map,time}) and, in Electron, the preload bridge. */
declare global {
  interface Window {
    __atlasMap?: Core;
    /** Set by a test that counts presses reaching the page behind a closing dialog. */
    __pressesBehindDialog?: number;
    /**
     * The map's controller (renderer/features/map/map-controller.ts): tests wait until it is at
     * rest, and list every organization from its dataset (Cytoscape holds only those drawn).
     */
    __atlasMapController?: {
      readonly settling: boolean;
      readonly atlas: { readonly actors: readonly { readonly id: string }[] };
      extent(): { x1: number; y1: number; x2: number; y2: number };
      positions(): Record<string, { x: number; y: number }>;
    };
    __atlasTimeline?: Timeline;
    atlas?: AtlasApi;
  }
}
