import type { Page } from '@playwright/test';

/**
 * What a person sees on the map, read from Cytoscape in screen pixels: every drawn text with
 * its on-screen font size and box, every node's box, every region with its title. Canvas
 * content is invisible to DOM locators, so tests read it here and judge it with `problemsOf`.
 */

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface DrawnText {
  readonly id: string;
  /** actor, group, badge, region, or edge. */
  readonly kind: string;
  /** The node a badge belongs to. */
  readonly of: string | null;
  readonly text: string;
  readonly fontPx: number;
  readonly box: Box;
  /** Dimmed behind a selection or a highlight. */
  readonly faded: boolean;
}

export interface MapReading {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly DrawnText[];
  readonly nodes: readonly { readonly id: string; readonly kind: string; readonly box: Box; readonly faded: boolean }[];
  readonly regions: readonly { readonly id: string; readonly box: Box }[];
}

/** Waits until nothing moves and no label pass is pending. */
export async function waitForMapAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlasMapController !== undefined && !window.__atlasMapController.settling);
}

export async function readMap(page: Page): Promise<MapReading> {
  await waitForMapAtRest(page);
  return page.evaluate(() => {
    const cy = window.__atlasMap;
    if (!cy) throw new Error('no map');
    const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };
    const bodyOnly = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };
    const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    const texts = cy
      .elements(':visible')
      .filter((ele) => String(ele.data('label') ?? '') !== '')
      .map((ele) => ({
        id: ele.id(),
        kind: ele.isNode() ? String(ele.data('kind')) : 'edge',
        of: ele.isNode() && ele.data('of') ? String(ele.data('of')) : null,
        text: String(ele.data('label')),
        fontPx: parseFloat(String(ele.renderedStyle('font-size'))),
        box: box(ele.renderedBoundingBox(labelOnly)),
        faded: ele.hasClass('faded'),
      }));
    const nodes = cy.nodes('[kind = "actor"]:visible, [kind = "group"]:visible').map((node) => ({ id: node.id(), kind: String(node.data('kind')), box: box(node.renderedBoundingBox(bodyOnly)), faded: node.hasClass('faded') }));
    const regions = cy.nodes('[kind = "region"]:visible').map((region) => ({ id: region.id(), box: box(region.renderedBoundingBox(bodyOnly)) }));
    return { width: cy.width(), height: cy.height(), texts, nodes, regions };
  });
}

function overlap(a: Box, b: Box, tolerance = 0.5): boolean {
  return a.x1 + tolerance < b.x2 && b.x1 + tolerance < a.x2 && a.y1 + tolerance < b.y2 && b.y1 + tolerance < a.y2;
}

function inside(a: Box, width: number, height: number): boolean {
  return a.x1 >= -1 && a.y1 >= -1 && a.x2 <= width + 1 && a.y2 <= height + 1;
}

/**
 * Whether `text` overlapping `other` gets in a reader's way: a lit text drawn over something
 * dimmed (at 15 % opacity, below the text and its background) does not.
 */
function clashes(text: { readonly box: Box; readonly faded: boolean }, other: { readonly box: Box; readonly faded: boolean }): boolean {
  return overlap(text.box, other.box) && !(!text.faded && other.faded);
}

/** Everything a reader would stumble on: small text, text on text or on a node, nodes on nodes, regions out of view. */
export function problemsOf(reading: MapReading, minFontPx: number, options: { readonly regionsInView: boolean } = { regionsInView: true }): string[] {
  const problems: string[] = [];
  for (const text of reading.texts) {
    if (text.fontPx < minFontPx - 0.01) problems.push(`${text.id} "${text.text}" is drawn at ${text.fontPx.toFixed(1)} px`);
  }
  const { texts, nodes } = reading;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i]!, texts[j]!];
      if (clashes(a, b) && clashes(b, a)) problems.push(`"${a.text}" (${a.id}) overlaps "${b.text}" (${b.id})`);
    }
    const text = texts[i]!;
    for (const node of nodes) {
      if (node.id === text.id || node.id === text.of) continue;
      if (clashes(text, node)) problems.push(`"${text.text}" (${text.id}) overlaps the node ${node.id}`);
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (overlap(nodes[i]!.box, nodes[j]!.box)) problems.push(`the nodes ${nodes[i]!.id} and ${nodes[j]!.id} overlap`);
    }
  }
  for (const region of options.regionsInView ? reading.regions : []) {
    if (!inside(region.box, reading.width, reading.height)) problems.push(`region ${region.id} is not wholly in view`);
    const title = texts.find((t) => t.id === region.id);
    if (!title) problems.push(`region ${region.id} has no title`);
    else if (!inside(title.box, reading.width, reading.height)) problems.push(`the title of ${region.id} is not in view`);
  }
  return problems;
}

/** How many organizations carry a label. */
export function labelledOrganizations(reading: MapReading): number {
  return reading.texts.filter((t) => t.kind === 'actor').length;
}
