import type { MapLink } from '../../../../domain/map-links';
import type { DrawnGraph, VisibleSet } from './drawn-graph';
import type { MapHierarchy } from './hierarchy';
import type { Point } from '../layout/org-chart-layout';

/**
 * Focus: one organization with the organizations one or two links away (over what exists at
 * the chosen date), every one shown as itself whatever is collapsed, laid out in rings around
 * it with each ring ordered by region so each country's bodies sit together.
 */

export function focusNeighbourhood(links: readonly MapLink[], visible: VisibleSet, actorId: string, depth: number): Map<string, number> {
  const distance = new Map([[actorId, 0]]);
  let frontier = [actorId];
  for (let step = 1; step <= depth; step++) {
    const next: string[] = [];
    for (const link of links) {
      if (!visible.links.has(link.id)) continue;
      for (const [from, to] of [
        [link.source, link.target],
        [link.target, link.source],
      ] as const) {
        if (frontier.includes(from) && !distance.has(to) && visible.actors.has(to)) {
          distance.set(to, step);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

export function focusGraph(links: readonly MapLink[], visible: VisibleSet, distance: ReadonlyMap<string, number>): DrawnGraph {
  const shown = new Set(distance.keys());
  const edges = links
    .filter((link) => visible.links.has(link.id) && shown.has(link.source) && shown.has(link.target))
    .map((link) => ({ id: link.id, source: link.source, target: link.target, type: link.type, bothWays: false, linkIds: [link.id], relationId: link.relationId }));
  return { shown, representative: new Map([...shown].map((id) => [id, id])), folded: new Map(), members: new Map(), edges };
}

/** Room along a ring for one node and its label, in map units. */
const SLOT = 250;
const FIRST_RING = 240;
const RING_GAP = 220;

export function focusLayout(hierarchy: MapHierarchy, distance: ReadonlyMap<string, number>, center: Point): Map<string, Point> {
  const regionOrder = new Map(hierarchy.regions.map((r, i) => [r.id.replace(/^region:/, ''), i]));
  const positions = new Map<string, Point>();
  const rings = new Map<number, string[]>();
  for (const [id, d] of distance) rings.set(d, [...(rings.get(d) ?? []), id]);
  let radius = 0;
  for (const d of [...rings.keys()].sort((a, b) => a - b)) {
    const members = (rings.get(d) ?? []).sort((a, b) => {
      const ra = regionOrder.get(hierarchy.nodes.get(a)?.region ?? '') ?? 0;
      const rb = regionOrder.get(hierarchy.nodes.get(b)?.region ?? '') ?? 0;
      return ra - rb || (a < b ? -1 : 1);
    });
    if (d === 0) {
      members.forEach((id) => positions.set(id, center));
      continue;
    }
    radius = Math.max(radius + (d === 1 ? FIRST_RING : RING_GAP), (members.length * SLOT) / (2 * Math.PI));
    members.forEach((id, i) => {
      // Start on the left so the first region (usually the focused body's own country) sits left.
      const angle = Math.PI + (2 * Math.PI * (i + 0.5)) / members.length;
      positions.set(id, { x: Math.round(center.x + radius * Math.cos(angle)), y: Math.round(center.y + radius * Math.sin(angle)) });
    });
  }
  return positions;
}
