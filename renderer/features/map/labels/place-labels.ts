/**
 * Label placement for the map: every label renders at a fixed size on screen, below its node,
 * and never over another label or a node. Labels are placed in order of importance; one that
 * does not fit tries its next, shorter text (a full name, then the short form), and is left
 * out when none fits — its node stays, and its name shows on hover or selection. Pure, so the
 * rules are unit-tested; the map feeds it Cytoscape's geometry and applies the result.
 */

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelRequest {
  readonly id: string;
  /** Node centre and outer size (border included), in map units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where the label hangs from: the bottom of the node's shape (without its border), in map units. */
  readonly labelTop: number;
  /** Texts in order of preference; "\n" separates languages that must sit on their own lines. */
  readonly candidates: readonly string[];
  readonly bold: boolean;
  /** Shown even when no text fits (the selected node): its first text that fits, else its last, shortest one. */
  readonly required: boolean;
  /**
   * Drawn faded behind a selection. The lit labels may cover such a node (at 15 % opacity under
   * a label's background it is not there to a reader); its own label keeps clear of everything.
   */
  readonly dimmed?: boolean;
}

export interface LabelMetrics {
  /** Font size in map units (the on-screen size divided by the zoom). */
  readonly fontSize: number;
  /** Longest line, in map units. */
  readonly maxWidth: number;
  readonly maxLines: number;
  /** Gap between a node and its label, and background padding around the text, in map units. */
  readonly marginY: number;
  readonly padding: number;
  /** Width of a line of text at `fontSize`. */
  measure(text: string, bold: boolean): number;
  /** Breaks one language's text into lines no wider than maxWidth where it may break. */
  wrap(text: string, maxWidth: number, measure: (line: string) => number): string[];
}

export interface PlacedLabel {
  /** The text to draw with its line breaks, or null when the label is left out. */
  readonly text: string | null;
  readonly box: Box | null;
}

/** Cytoscape widens every label's bounds by this much on each side (its "margin of error"). */
const RENDER_SLACK = 2;

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** A coarse grid of boxes, so checking a label against hundreds of others stays cheap. */
export class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cellSize: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / this.cellSize); cx <= Math.floor(box.x2 / this.cellSize); cx++) {
      for (let cy = Math.floor(box.y1 / this.cellSize); cy <= Math.floor(box.y2 / this.cellSize); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box, except?: Box): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some((other) => other !== except && overlaps(box, other)));
  }
}

export function labelBox(request: LabelRequest, lines: readonly string[], metrics: LabelMetrics): Box {
  const width = Math.max(...lines.map((line) => Math.ceil(metrics.measure(line, request.bold))));
  const height = lines.length * metrics.fontSize;
  const pad = metrics.padding + RENDER_SLACK;
  const top = request.labelTop + metrics.marginY;
  return { x1: request.x - width / 2 - pad, x2: request.x + width / 2 + pad, y1: top - pad, y2: top + height + pad };
}

/** A candidate's lines: each language's part wrapped on its own. */
export function layoutText(candidate: string, bold: boolean, metrics: LabelMetrics): string[] {
  const measure = (line: string) => metrics.measure(line, bold);
  return candidate.split('\n').flatMap((part) => metrics.wrap(part, metrics.maxWidth, measure));
}

export function nodeBox(request: Pick<LabelRequest, 'x' | 'y' | 'width' | 'height'>): Box {
  return { x1: request.x - request.width / 2, x2: request.x + request.width / 2, y1: request.y - request.height / 2, y2: request.y + request.height / 2 };
}

/**
 * Places labels for `requests`, given in order of importance. `obstacles` are other things
 * labels must keep clear of (region titles, badges); every request's node is one too. A dimmed
 * node stands in the way of dimmed labels only.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], metrics: LabelMetrics): Map<string, PlacedLabel> {
  const cellSize = Math.max(40, metrics.fontSize * 8);
  const index = new BoxIndex(cellSize);
  const dimmed = new BoxIndex(cellSize);
  const nodes = new Map<string, Box>();
  for (const request of requests) {
    const box = nodeBox(request);
    nodes.set(request.id, box);
    (request.dimmed ? dimmed : index).add(box);
  }
  for (const box of obstacles) index.add(box);

  const placed = new Map<string, PlacedLabel>();
  for (const request of requests) {
    const own = nodes.get(request.id);
    let chosen: PlacedLabel = { text: null, box: null };
    const candidates = request.candidates.filter((candidate) => candidate.trim() !== '');
    for (const candidate of candidates) {
      const lines = layoutText(candidate, request.bold, metrics);
      if (lines.length > metrics.maxLines) continue;
      const box = labelBox(request, lines, metrics);
      if (!index.hits(box, own) && !(request.dimmed && dimmed.hits(box, own))) {
        chosen = { text: lines.join('\n'), box };
        break;
      }
    }
    const last = candidates.at(-1);
    if (!chosen.box && request.required && last !== undefined) {
      const lines = layoutText(last, request.bold, metrics);
      chosen = { text: lines.join('\n'), box: labelBox(request, lines, metrics) };
    }
    if (chosen.box) index.add(chosen.box);
    placed.set(request.id, chosen);
  }
  return placed;
}
