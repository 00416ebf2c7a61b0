export interface Extent {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Camera {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** Pixels kept clear inside the viewport, for titles above the content and controls over it. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Zoom and pan that show `extent` whole and centred in the part of a viewport inside `insets`. */
export function cameraFor(extent: Extent, width: number, height: number, insets: Insets = NO_INSETS): Camera {
  const innerWidth = Math.max(1, width - insets.left - insets.right);
  const innerHeight = Math.max(1, height - insets.top - insets.bottom);
  const zoom = Math.min(innerWidth / Math.max(1, extent.x2 - extent.x1), innerHeight / Math.max(1, extent.y2 - extent.y1));
  return {
    zoom,
    pan: {
      x: insets.left + innerWidth / 2 - (zoom * (extent.x1 + extent.x2)) / 2,
      y: insets.top + innerHeight / 2 - (zoom * (extent.y1 + extent.y2)) / 2,
    },
  };
}

export function unionOf(extents: readonly Extent[]): Extent | null {
  if (extents.length === 0) return null;
  return {
    x1: Math.min(...extents.map((e) => e.x1)),
    y1: Math.min(...extents.map((e) => e.y1)),
    x2: Math.max(...extents.map((e) => e.x2)),
    y2: Math.max(...extents.map((e) => e.y2)),
  };
}
