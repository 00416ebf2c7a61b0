import type cytoscape from 'cytoscape';

/*
 * Where the map reaches into Cytoscape's renderer, each for a measured reason. Each patch checks
 * that what it changes is there, and does nothing otherwise: a Cytoscape upgrade that renames an
 * internal makes the map slower or the old bug return, never broken. It also says so on the
 * console as an error, which fails every end-to-end test, so that the upgrade is looked into.
 */

/** Applies every patch to a new map; the centre-line hit test only where the map takes clicks. */
export function patchCytoscape(cy: cytoscape.Core, { interactive }: { readonly interactive: boolean }): void {
  const notApplied = [
    stopCytoscapeSizeWatch(cy) ? null : 'size watch',
    !interactive || hitShapesOnTheirCentreLine(cy) ? null : 'centre-line hit test',
    recomputeLinesOnlyWhenTheirEndsChange(cy) ? null : 'lines kept on relabelling',
  ].filter((name) => name !== null);
  if (notApplied.length > 0) console.error(`Cytoscape's internals changed; map patches not applied: ${notApplied.join(', ')} (renderer/features/map/cytoscape-patches.ts)`);
}

/**
 * Cytoscape watches its container too, 100 ms late, and takes any change of the container's
 * attributes (the translated aria-label of a language switch) for a resize. Each resize redraws
 * every element and frames the map again: at 5,000 organizations, 0.5 s after a switch, and a
 * second time after every panel that opens. The app's own observer is enough.
 */
function stopCytoscapeSizeWatch(cy: cytoscape.Core): boolean {
  const renderer = (cy as unknown as { renderer(): { resizeObserver?: ResizeObserver; styleObserver?: MutationObserver } }).renderer();
  if (!renderer.resizeObserver || !renderer.styleObserver) return false;
  renderer.resizeObserver.disconnect();
  renderer.styleObserver.disconnect();
  return true;
}

/**
 * Cytoscape's point-in-polygon test counts a corner twice when the pointer is exactly on the
 * vertical line through it, as on the centre line of a star or a diamond: the node was missed
 * there and the line behind it hit instead (a treaty's details asked for, a relation's shown).
 * A miss is checked again a hair to the side, which only such a point can change.
 */
function hitShapesOnTheirCentreLine(cy: cytoscape.Core): boolean {
  type Shape = { checkPoint?: (x: number, ...rest: unknown[]) => boolean };
  const shapes = Object.values((cy as unknown as { renderer(): { nodeShapes?: Record<string, Shape> } }).renderer().nodeShapes ?? {});
  for (const shape of shapes) {
    const checkPoint = shape.checkPoint?.bind(shape);
    if (checkPoint) shape.checkPoint = (x, ...rest) => checkPoint(x, ...rest) || checkPoint(x + 1e-6, ...rest);
  }
  return shapes.some((shape) => shape.checkPoint);
}

interface RendererInternals {
  beforeRender?: (callback: (willDraw: boolean) => void, priority: number) => void;
  beforeRenderPriorities?: { eleCalcs?: number };
  onUpdateEleCalcs?: (callback: (willDraw: boolean, elements: cytoscape.Collection) => void) => void;
}

/** Cytoscape's record of a node's drawn state: `cleanConnected` false makes it recompute the node's lines. */
function drawnStateOf(node: cytoscape.NodeSingular): { cleanConnected?: boolean } | undefined {
  return (node as unknown as { _private?: { rstyle?: { cleanConnected?: boolean } } })._private?.rstyle;
}

/** What a line's ends are computed from (Cytoscape's findEdgeControlPoints): position, outer size, shape. */
function lineEndGeometry(node: cytoscape.NodeSingular): string {
  const { x, y } = node.position();
  return `${x},${y},${node.outerWidth()},${node.outerHeight()},${String(node.style('shape'))}`;
}

/**
 * Cytoscape recomputes the curve of every line at a node whenever the node's bounds change, and
 * a label's text or size is part of the bounds: a language switch, a zoom step or a search that
 * relabels the drawn nodes recomputed thousands of lines at 5,000 organizations. A line depends
 * only on its ends' position, outer size and shape. Just before Cytoscape works out what to
 * recompute, each node restyled since (Cytoscape applies a style only then) is brought up to
 * date, and one whose geometry is what its lines were last computed with is marked as needing
 * none; its own label is still measured and drawn again.
 */
function recomputeLinesOnlyWhenTheirEndsChange(cy: cytoscape.Core): boolean {
  const renderer = (cy as unknown as { renderer(): RendererInternals }).renderer();
  const eleCalcs = renderer.beforeRenderPriorities?.eleCalcs;
  if (!renderer.beforeRender || !renderer.onUpdateEleCalcs || eleCalcs === undefined) return false;
  const linesComputedWith = new Map<string, string>();
  const touched = new Set<cytoscape.NodeSingular>();
  // Read just before Cytoscape computes, in the same frame: nothing can move a node in between.
  const readThisFrame = new Map<cytoscape.NodeSingular, string>();
  cy.on('style bounds', 'node', (event) => {
    touched.add(event.target as cytoscape.NodeSingular);
  });
  renderer.beforeRender(() => {
    readThisFrame.clear();
    for (const node of touched) {
      if (node.removed()) continue;
      // Reading the geometry applies the node's pending style, which is when Cytoscape marks its lines.
      const geometry = lineEndGeometry(node);
      readThisFrame.set(node, geometry);
      const state = drawnStateOf(node);
      if (state && linesComputedWith.get(node.id()) === geometry) state.cleanConnected = true;
    }
    touched.clear();
  }, eleCalcs + 1);
  renderer.onUpdateEleCalcs((willDraw, elements) => {
    if (willDraw) elements.nodes().forEach((node) => void linesComputedWith.set(node.id(), readThisFrame.get(node) ?? lineEndGeometry(node)));
  });
  return true;
}
