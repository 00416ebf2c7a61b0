import { ACTOR_TYPES, type ActorType } from '../../../../domain/vocabulary';

/**
 * The default map layout, as a pure function so it is the same on every machine and can be
 * tested: one country's organizations on the left, the other's on the right, bilateral and
 * multilateral frameworks in a column between them. Inside a country, each organization
 * sits above its units, and siblings follow the vocabulary's order of actor types (government
 * bodies first, then CERTs, ISACs, companies… and critical-infrastructure sectors last).
 */

export interface LayoutActor {
  readonly id: string;
  readonly type: ActorType;
  readonly country: string | null;
  readonly parent: string | null;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Horizontal room for one node and its label. */
export const CELL_WIDTH = 150;
/** Vertical room for one node, a two-line label and the gap to the next row. */
export const CELL_HEIGHT = 115;
const COLUMN_GAP = 220;
const FRAMEWORK_COLUMN_CELLS = 2;


interface Block {
  readonly width: number;
  readonly height: number;
  /** Node centres relative to the block's top-left corner. */
  readonly points: ReadonlyMap<string, Point>;
}

function shifted(points: ReadonlyMap<string, Point>, dx: number, dy: number, into: Map<string, Point>): void {
  for (const [id, p] of points) into.set(id, { x: p.x + dx, y: p.y + dy });
}

/** Shelf-packs blocks into rows no wider than maxWidth (a block wider than that gets a row of its own). */
function packRows(blocks: readonly Block[], maxWidth: number): Block {
  const rows: Block[][] = [];
  let row: Block[] = [];
  let rowWidth = 0;
  for (const block of blocks) {
    if (row.length > 0 && rowWidth + block.width > maxWidth) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    row.push(block);
    rowWidth += block.width;
  }
  if (row.length > 0) rows.push(row);

  const width = Math.max(0, ...rows.map((r) => r.reduce((sum, b) => sum + b.width, 0)));
  const points = new Map<string, Point>();
  let y = 0;
  for (const r of rows) {
    let x = (width - r.reduce((sum, b) => sum + b.width, 0)) / 2;
    for (const block of r) {
      shifted(block.points, x, y, points);
      x += block.width;
    }
    y += Math.max(...r.map((b) => b.height));
  }
  return { width, height: y, points };
}

function layoutColumn(actors: readonly LayoutActor[], maxWidth: number): Block {
  const ids = new Set(actors.map((a) => a.id));
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const byRank = (a: LayoutActor, b: LayoutActor) =>
    ACTOR_TYPES.indexOf(a.type) - ACTOR_TYPES.indexOf(b.type) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const children = new Map<string, LayoutActor[]>();
  const roots: LayoutActor[] = [];
  for (const actor of actors) {
    if (actor.parent && ids.has(actor.parent)) children.set(actor.parent, [...(children.get(actor.parent) ?? []), actor]);
    else roots.push(actor);
  }
  // A parent cycle (refused on import, but the layout must not lose nodes over it) has no
  // root; its first member in dataset order becomes one.
  const reached = new Set<string>();
  const reach = (actor: LayoutActor) => {
    if (reached.has(actor.id)) return;
    reached.add(actor.id);
    (children.get(actor.id) ?? []).forEach(reach);
  };
  roots.forEach(reach);
  for (const actor of actors) {
    if (!reached.has(actor.id)) {
      roots.push(actor);
      reach(actor);
    }
  }

  const layoutTree = (actor: LayoutActor, visiting: ReadonlySet<string>): Block => {
    const own = new Map([[actor.id, { x: CELL_WIDTH / 2, y: CELL_HEIGHT / 2 }]]);
    const kids = (children.get(actor.id) ?? []).filter((c) => !visiting.has(c.id)).sort(byRank);
    if (kids.length === 0) return { width: CELL_WIDTH, height: CELL_HEIGHT, points: own };
    const nextVisiting = new Set([...visiting, actor.id]);
    const below = packRows(
      kids.map((kid) => layoutTree(kid, nextVisiting)),
      maxWidth,
    );
    const width = Math.max(CELL_WIDTH, below.width);
    const points = new Map([[actor.id, { x: width / 2, y: CELL_HEIGHT / 2 }]]);
    shifted(below.points, (width - below.width) / 2, CELL_HEIGHT, points);
    return { width, height: CELL_HEIGHT + below.height, points };
  };

  return packRows(
    roots.sort(byRank).map((root) => layoutTree(root, new Set())),
    maxWidth,
  );
}

/**
 * Narrow enough that two countries and the frameworks between them fill a landscape
 * window at about its own proportions (the sqrt keeps that true as the data grows).
 */
function columnWidthFor(count: number): number {
  return Math.max(4, Math.round(Math.sqrt(count) * 0.7)) * CELL_WIDTH;
}

/** Node centres for every actor; the frameworks column is centred on x = 0, rows start at y = 0. */
export function allianceLayout(actors: readonly LayoutActor[], countryOrder: readonly string[]): Map<string, Point> {
  const known = new Set(countryOrder);
  const extraCountries = [...new Set(actors.map((a) => a.country).filter((c): c is string => c !== null && !known.has(c)))];
  const countries = [...countryOrder, ...extraCountries];
  const leftCountries = countries.slice(0, Math.ceil(countries.length / 2));
  const rightCountries = countries.slice(leftCountries.length);

  const columnOf = (country: string | null) => {
    const members = actors.filter((a) => a.country === country);
    const width = country === null ? FRAMEWORK_COLUMN_CELLS * CELL_WIDTH : columnWidthFor(members.length);
    return layoutColumn(members, width);
  };
  const middle = columnOf(null);
  const positions = new Map<string, Point>();
  shifted(middle.points, -middle.width / 2, 0, positions);

  let leftEdge = -middle.width / 2 - COLUMN_GAP;
  for (const country of [...leftCountries].reverse()) {
    const column = columnOf(country);
    shifted(column.points, leftEdge - column.width, 0, positions);
    leftEdge -= column.width + COLUMN_GAP;
  }
  let rightEdge = middle.width / 2 + COLUMN_GAP;
  for (const country of rightCountries) {
    const column = columnOf(country);
    shifted(column.points, rightEdge, 0, positions);
    rightEdge += column.width + COLUMN_GAP;
  }
  return positions;
}
