import type { Core, NodeSingular } from 'cytoscape';
import type { LabelLanguage } from '../../../domain/languages';
import { ACTOR_TYPES, type ActorType } from '../../../domain/vocabulary';
import { CELL, type Point } from './layout/org-chart-layout';
import { breakTokens, wrapText } from '../../i18n/line-breaks';
import { BoxIndex, nodeBox, placeLabels, type Box, type LabelMetrics, type LabelRequest } from './labels/place-labels';
import { setData, syncClass } from './cy-deltas';
import { fontsLoadedFor } from '../../i18n/load-fonts';
import { badgeId } from './map-elements';
import { LABEL_GAP, LABEL_PADDING, MAP_FONT_FAMILY, REGION_TITLE_GAP, type ScreenSizes } from './map-style';
import type { DrawnGraph } from './model/drawn-graph';

/**
 * Applies label placement to the live Cytoscape instance: every drawn label gets the font size
 * that renders at the theme's on-screen size, its text (full name when zoomed in, short form
 * when zoomed out or crowded) with line breaks, or no text when it cannot be drawn without
 * overlapping. Badges and region titles get their on-screen sizes in the same pass.
 */

/** Full names are tried once a cell of the chart is at least this wide on screen. */
const FULL_NAME_CELL_PX = 150;
const MAX_LINES = 3;
/** Labels may be wider than a chart cell, up to this on screen, when they find room. */
const MIN_LINE_PX = 96;
const BADGE_PAD_PX = { x: 7, y: 5 };

export interface LabelTexts {
  /** Full name and short form of an actor in a label language. */
  actor(id: string, language: LabelLanguage): { readonly full: string; readonly short: string };
  /** A group's label, e.g. "Critical infrastructure · 15". */
  group(id: string, members: number, language: LabelLanguage): string;
  /** A region's title: the country's name, or the frameworks band's. */
  region(id: string, language: LabelLanguage): string;
}

export interface LabelPassInput {
  readonly drawn: DrawnGraph;
  readonly language: LabelLanguage;
  readonly sizes: ScreenSizes;
  readonly texts: LabelTexts;
  readonly expanded: ReadonlySet<string>;
  readonly badges: boolean;
  /** Labels that must show (the selection, a hovered or keyboard-focused node). */
  readonly required: ReadonlySet<string>;
  /**
   * What a selection or a highlight keeps bright while the rest is dimmed, null when nothing is
   * dimmed. Lit labels are placed before the rest and may cover dimmed nodes.
   */
  readonly lit: ReadonlySet<string> | null;
  /** Where nodes will be when a move finishes; current positions otherwise. */
  readonly positionOf: (node: NodeSingular) => Point;
}

let measuringContext: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/**
 * Width of `text` at 100 px, measured once with the map's font; scaled for other sizes.
 * The map frames itself with room for the region titles of every language, and at start the
 * other language's font files are still loading: until they are in, a text counts one em per
 * character (what a Japanese character takes; more than a Latin one), and is measured later.
 * Measured in a fallback font and kept, Japanese titles overlapped their neighbours after a switch.
 */
function widthAt100(text: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'n'}${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (!fontsLoadedFor([text])) return [...text].length * 100;
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * 60;
  measuringContext.font = `normal ${bold ? 700 : 400} 100px ${MAP_FONT_FAMILY}`;
  const width = measuringContext.measureText(text).width;
  widths.set(key, width);
  return width;
}

function rank(node: NodeSingular): number {
  if (node.data('kind') === 'group') return ACTOR_TYPES.indexOf('ministry') - 0.5;
  return ACTOR_TYPES.indexOf(node.data('type') as ActorType);
}

function isBold(node: NodeSingular): boolean {
  return node.data('kind') === 'group' || node.data('type') === 'government' || node.style('font-weight') === '700';
}

/** Titles may shrink to this share of their preferred size so that their longest word fits. */
const SMALLEST_TITLE_SHARE = 0.8;

/**
 * A region's title in lines no wider than the region, so neighbouring titles cannot meet. When the
 * region is narrow on screen (a small window, a zoomed page), the size shrinks until its longest word
 * fits, rather than running into the next title.
 */
export function regionTitle(title: string, regionWidth: number, preferredFontSize: number): { lines: string[]; fontSize: number } {
  const room = regionWidth - 16;
  const longestWord = Math.max(...title.split('\n').flatMap((part) => breakTokens(part)).map((token) => widthAt100(token.text, true) / 100));
  const fontSize = Math.max(preferredFontSize * SMALLEST_TITLE_SHARE, Math.min(preferredFontSize, room / longestWord));
  const measure = (line: string) => (widthAt100(line, true) * fontSize) / 100;
  return { lines: title.split('\n').flatMap((part) => wrapText(part, room, measure)), fontSize };
}

interface PlacedBadge {
  readonly id: string;
  readonly text: string;
  readonly box: Box;
  readonly at: Point;
}

/**
 * A badge on each drawn node that holds folded units ("+7", to expand) or is expanded ("−"),
 * just right of the node so it covers neither the node nor its label. Left out where it would
 * cover another node or a title (when zoomed far out): the node still expands by double-click or Space.
 */
function placeBadges(nodes: readonly NodeSingular[], input: LabelPassInput, zoom: number, titles: readonly Box[], nodeBoxes: ReadonlyMap<string, Box>): PlacedBadge[] {
  const font = input.sizes.badge / zoom;
  const badges: PlacedBadge[] = [];
  // Titles, placed badges and node boxes in one index: checking each badge against every node was quadratic.
  const taken = new BoxIndex(Math.max(40, font * 8));
  for (const box of titles) taken.add(box);
  for (const box of nodeBoxes.values()) taken.add(box);
  for (const node of nodes) {
    const folded = input.drawn.folded.get(node.id()) ?? 0;
    const isExpanded = input.expanded.has(node.id());
    if (node.cy().getElementById(badgeId(node.id())).empty() || (!isExpanded && folded === 0)) continue;
    const text = isExpanded ? '−' : `+${folded}`;
    const width = (widthAt100(text, true) * font) / 100 + (2 * BADGE_PAD_PX.x) / zoom;
    const height = font + (2 * BADGE_PAD_PX.y) / zoom;
    const p = input.positionOf(node);
    // Its bottom just above where the node's label begins, so the label keeps its room.
    const at = { x: p.x + node.outerWidth() / 2 + width / 2 + 2 / zoom, y: p.y + node.height() / 2 - 1 - height / 2 };
    const box = { x1: at.x - width / 2, x2: at.x + width / 2, y1: at.y - height / 2, y2: at.y + height / 2 };
    if (taken.hits(box, nodeBoxes.get(node.id()))) continue;
    taken.add(box);
    badges.push({ id: node.id(), text, at, box });
  }
  return badges;
}

function pairKey(edge: { readonly source: string; readonly target: string }): string {
  return edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
}

const midpointCaches = new WeakMap<Core, Map<string, { key: string; mid: Point }>>();
function midpointCache(cy: Core): Map<string, { key: string; mid: Point }> {
  let cache = midpointCaches.get(cy);
  if (!cache) {
    cache = new Map();
    midpointCaches.set(cy, cache);
  }
  return cache;
}

const BODY_ONLY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

export function applyLabelPass(cy: Core, input: LabelPassInput): void {
  const zoom = cy.zoom();
  const fontSize = input.sizes.label / zoom;
  const full = CELL.width * zoom >= FULL_NAME_CELL_PX;
  const metrics: LabelMetrics = {
    fontSize,
    maxWidth: Math.max(CELL.width - 12, MIN_LINE_PX / zoom),
    maxLines: MAX_LINES,
    marginY: LABEL_GAP,
    padding: LABEL_PADDING,
    measure: (text, bold) => (widthAt100(text, bold) * fontSize) / 100,
    wrap: wrapText,
  };

  // What is drawn, from the drawn graph: Cytoscape's own visibility is only brought up to date when it next renders.
  const drawnNodes = cy.nodes('[kind = "actor"], [kind = "group"]').filter((node) => input.drawn.shown.has(node.id()));
  const degree = new Map<string, number>();
  for (const edge of input.drawn.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const dimmed = (id: string) => input.lit !== null && !input.lit.has(id);
  const order = (node: NodeSingular) => [
    input.required.has(node.id()) ? 0 : input.lit?.has(node.id()) ? 1 : 2,
    rank(node),
    -(degree.get(node.id()) ?? 0),
  ];
  const sorted = (drawnNodes.toArray() as NodeSingular[]).sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return a.id() < b.id() ? -1 : 1;
  });


  // Region titles sit centred above their boxes (see the region style in map-style.ts).
  const titles = new Map<string, { text: string; box: Box; fontSize: number }>();
  cy.nodes('[kind = "region"]').forEach((region) => {
    if (region.hasClass('filtered-out')) return;
    const { lines, fontSize: titleFont } = regionTitle(input.texts.region(region.id(), input.language), Number(region.data('width')), input.sizes.title / zoom);
    const text = lines.join('\n');
    const width = Math.max(...lines.map((line) => (widthAt100(line, true) * titleFont) / 100));
    const center = region.position();
    const top = center.y - Number(region.data('height')) / 2 - REGION_TITLE_GAP;
    titles.set(region.id(), {
      text,
      fontSize: titleFont,
      box: { x1: center.x - width / 2 - 4, x2: center.x + width / 2 + 4, y1: top - lines.length * titleFont - 4, y2: top + 4 },
    });
  });

  const requests: LabelRequest[] = sorted.map((node) => {
    const p = input.positionOf(node);
    const id = node.id();
    // The drawn body: on a pointed shape (a diamond, a hexagon) the border's corners reach past outerWidth/outerHeight.
    const body = node.boundingBox(BODY_ONLY);
    const candidates =
      node.data('kind') === 'group'
        ? [input.texts.group(id, input.drawn.members.get(id) ?? 0, input.language)]
        : (() => {
            const texts = input.texts.actor(id, input.language);
            return full || input.required.has(id) ? [texts.full, texts.short] : [texts.short];
          })();
    return {
      id,
      x: p.x,
      y: p.y,
      width: body.w,
      height: body.h,
      labelTop: p.y + node.height() / 2,
      candidates,
      bold: isBold(node),
      required: input.required.has(id),
      dimmed: dimmed(id) && !input.required.has(id),
    };
  });
  const titleBoxes = [...titles.values()].map((title) => title.box);
  // A dimmed node has no badge: its "+7" at a dimmed opacity was an unreadable grey square, the
  // most conspicuous thing on the dimmed map (a badge holds its size on screen, and a node shrinks
  // with the zoom). It still expands by double-click or Space.
  const badges = input.badges
    ? placeBadges(
        sorted.filter((node) => !dimmed(node.id())),
        input,
        zoom,
        titleBoxes,
        new Map(requests.map((r) => [r.id, nodeBox(r)])),
      )
    : [];
  const badgeFont = input.sizes.badge / zoom;
  const placed = placeLabels(requests, [...titleBoxes, ...badges.map((badge) => badge.box)], metrics);

  // One index of everything a line's count must keep clear of (a scan of every box per line was quadratic).
  const taken = new BoxIndex(Math.max(40, badgeFont * 8));
  for (const p of placed.values()) if (p.box) taken.add(p.box);
  for (const request of requests) taken.add(nodeBox(request));
  for (const box of titleBoxes) taken.add(box);
  for (const badge of badges) taken.add(badge.box);
  const edgeLabels = new Map<string, string>();
  const parallel = new Map<string, number>();
  for (const edge of input.drawn.edges) parallel.set(pairKey(edge), (parallel.get(pairKey(edge)) ?? 0) + 1);
  const midpoints = midpointCache(cy);
  for (const edge of input.drawn.edges) {
    if (edge.linkIds.length < 2) continue;
    const element = cy.getElementById(edge.id);
    if (element.empty()) continue;
    // A line's midpoint moves only with its ends or its parallel lines. Asking Cytoscape for it
    // after any restyle (a selection dims every line) recomputed the curves of all lines, which
    // took seconds at thousands of lines; so it is asked only when one of those changed.
    const source = cy.getElementById(edge.source).position();
    const target = cy.getElementById(edge.target).position();
    const key = `${source.x},${source.y},${target.x},${target.y},${parallel.get(pairKey(edge)) ?? 1}`;
    let mid = midpoints.get(edge.id)?.key === key ? midpoints.get(edge.id)?.mid : undefined;
    if (!mid) {
      // Reading the bounds first brings Cytoscape's geometry of a just-added or moved line up to date.
      element.boundingBox();
      mid = { ...element.midpoint() };
      midpoints.set(edge.id, { key, mid });
    }
    const text = String(edge.linkIds.length);
    const half = { w: Math.ceil((widthAt100(text, false) * badgeFont) / 100) / 2 + 4, h: badgeFont / 2 + 4 };
    const box = { x1: mid.x - half.w, x2: mid.x + half.w, y1: mid.y - half.h, y2: mid.y + half.h };
    if (taken.hits(box)) continue;
    taken.add(box);
    edgeLabels.set(edge.id, text);
  }

  // Only what differs is written: Cytoscape restyles an element on every data() call, even with the same values.
  cy.batch(() => {
    cy.nodes('[kind = "region"]').forEach((region) => {
      const title = titles.get(region.id());
      setData(region, { label: title?.text ?? '', labelSize: title?.fontSize ?? input.sizes.title / zoom });
    });
    // An element with no label keeps the size it had: the size follows the zoom, and resizing
    // every unlabelled node and line at each zoom step restyled them all (most of a zoom's cost
    // at 20,000 lines).
    for (const node of sorted) {
      const label = placed.get(node.id())?.text ?? '';
      setData(node, label === '' ? { label } : { label, labelSize: fontSize });
    }
    const shownBadges = new Map(badges.map((badge) => [badgeId(badge.id), badge]));
    syncClass(cy, cy.nodes('[kind = "badge"]'), 'folded', (node) => !shownBadges.has(node.id()));
    for (const [id, badge] of shownBadges) {
      const node = cy.getElementById(id);
      setData(node, { label: badge.text, labelSize: badgeFont, badgeWidth: badge.box.x2 - badge.box.x1, badgeHeight: badge.box.y2 - badge.box.y1 });
      const at = node.position();
      if (at.x !== badge.at.x || at.y !== badge.at.y) node.position(badge.at);
    }
    cy.edges().forEach((edge) => {
      const label = edgeLabels.get(edge.id()) ?? '';
      setData(edge, label === '' ? { label } : { label, labelSize: badgeFont });
    });
  });
}
