import { SYMMETRIC_RELATION_TYPES, type LinkType, type RelationType } from '../../../../domain/vocabulary';
import type { MapLink } from '../../../../domain/map-links';
import type { MapHierarchy } from './hierarchy';

/** What exists at the chosen date and passes the filters: actor ids and link ids. */
export interface VisibleSet {
  readonly actors: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

/**
 * A line on the map: one link, or every link between two drawn nodes merged into one because an
 * end of each is folded away. One line per pair rather than one per pair and type: at 1,000
 * organizations the folded map joined 48 nodes with 2,353 lines (500 pairs), and drawing and
 * dimming them was most of every click and pan.
 */
export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The type of every link on the line; null for a merged line holding links of several types. */
  readonly type: LinkType | null;
  /** A merged line of one directed type whose links run both ways: drawn with both arrowheads. */
  readonly bothWays: boolean;
  readonly linkIds: readonly string[];
  /** The relation record behind a single-link line; null for merged lines and derived links. */
  readonly relationId: string | null;
}

export interface DrawnGraph {
  /** Nodes drawn: actors shown as themselves, and groups. */
  readonly shown: ReadonlySet<string>;
  /** The drawn node standing for each visible actor: itself, or the collapsed node that holds it. */
  readonly representative: ReadonlyMap<string, string>;
  /** For each drawn node: how many visible actors it holds folded away (its badge, "+7"). */
  readonly folded: ReadonlyMap<string, number>;
  /** For each drawn group: how many visible actors it gathers ("Critical infrastructure · 15"). */
  readonly members: ReadonlyMap<string, number>;
  readonly edges: readonly DrawnEdge[];
}

const HIDDEN = Symbol('hidden inside a collapsed node that is not drawn');

function isSymmetric(type: LinkType): boolean {
  return SYMMETRIC_RELATION_TYPES.has(type as RelationType);
}

/**
 * What the map draws for a set of expanded nodes: an actor is shown when it is visible and all
 * of its ancestors are expanded; otherwise its nearest shown ancestor stands for it. Links to
 * folded actors are drawn to that ancestor and merged into one line per pair of drawn nodes.
 */
export function drawnGraph(hierarchy: MapHierarchy, links: readonly MapLink[], visible: VisibleSet, expanded: ReadonlySet<string>): DrawnGraph {
  const representative = new Map<string, string>();
  const folded = new Map<string, number>();
  const members = new Map<string, number>();
  const shown = new Set<string>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  /**
   * `standIn`: the drawn node this one is folded into; null when it may be drawn itself;
   * HIDDEN when it sits inside a collapsed node that is itself not drawn (filtered out).
   */
  const visit = (id: string, standIn: string | null | typeof HIDDEN, group: string | null) => {
    const node = hierarchy.nodes.get(id);
    if (!node) return;
    const isVisible = visible.actors.has(id);
    if (isVisible && group !== null) count(members, group);
    let childStandIn: string | null | typeof HIDDEN;
    if (standIn === HIDDEN) {
      childStandIn = HIDDEN;
    } else if (standIn !== null) {
      if (isVisible) {
        representative.set(id, standIn);
        count(folded, standIn);
      }
      childStandIn = standIn;
    } else if (isVisible) {
      shown.add(id);
      representative.set(id, id);
      childStandIn = expanded.has(id) ? null : id;
    } else {
      childStandIn = expanded.has(id) ? null : HIDDEN;
    }
    for (const child of node.children) visit(child, childStandIn, group);
  };
  for (const region of hierarchy.regions) {
    for (const root of region.roots) {
      const node = hierarchy.nodes.get(root);
      if (node?.kind !== 'group') {
        visit(root, null, null);
        continue;
      }
      for (const child of node.children) visit(child, expanded.has(root) ? null : root, root);
      if (members.has(root)) shown.add(root);
    }
  }

  const edges: DrawnEdge[] = [];
  /** By line id, which names the pair's two ends in order, so links either way share a line. */
  const merged = new Map<string, { pair: readonly [string, string]; links: MapLink[]; ends: Ends[] }>();
  for (const link of links) {
    if (!visible.links.has(link.id)) continue;
    const source = representative.get(link.source);
    const target = representative.get(link.target);
    if (source === undefined || target === undefined || source === target) continue;
    if (source === link.source && target === link.target) {
      edges.push({ id: link.id, source, target, type: link.type, bothWays: false, linkIds: [link.id], relationId: link.relationId });
      continue;
    }
    const pair = source < target ? ([source, target] as const) : ([target, source] as const);
    const id = `merged:${pair[0]}|${pair[1]}`;
    const entry = merged.get(id) ?? { pair, links: [], ends: [] };
    entry.links.push(link);
    entry.ends.push({ source, target });
    merged.set(id, entry);
  }
  for (const [id, { pair, links: together, ends }] of merged) edges.push(mergedEdge(id, pair, together, ends));
  return { shown, representative, folded, members, edges };
}

interface Ends {
  readonly source: string;
  readonly target: string;
}

/**
 * The one line standing for `links` between the two drawn nodes of `pair`; `ends` holds each
 * link's drawn ends, in the same order. It keeps its type and direction when all of its links
 * share them.
 */
function mergedEdge(id: string, pair: readonly [string, string], links: readonly MapLink[], ends: readonly Ends[]): DrawnEdge {
  const types = new Set(links.map((l) => l.type));
  const [onlyType] = types;
  const type = types.size === 1 && onlyType !== undefined ? onlyType : null;
  const directed = type !== null && !isSymmetric(type);
  const first = ends[0];
  const oneWay = directed && first !== undefined && ends.every((e) => e.source === first.source);
  const { source, target } = oneWay ? first : { source: pair[0], target: pair[1] };
  return {
    id,
    source,
    target,
    type,
    bothWays: directed && !oneWay,
    linkIds: links.map((l) => l.id),
    relationId: null,
  };
}
