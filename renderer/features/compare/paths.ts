import type { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { MapLink } from '../../../domain/map-links';
import type { EdgeAttributes } from './connection-graph';

/** One step of a path: the link it follows, read from `from` to `to`. */
export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly link: MapLink;
}

export type ConnectionPath = readonly Hop[];

type Graph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

function sameStart(a: readonly string[], b: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Up to `k` shortest simple paths from `source` to `target` (Yen's algorithm, with the
 * library's bidirectional search finding each spur path), shortest first.
 */
export function shortestNodePaths(graph: Graph, source: string, target: string, k = 3): string[][] {
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return [];
  const first = bidirectional(graph, source, target);
  if (!first) return [];
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const known = new Set([first.join('\u0000')]);
  while (found.length < k) {
    const previous = found[found.length - 1] ?? [];
    for (let i = 0; i < previous.length - 1; i++) {
      const spur = previous[i] as string;
      const root = previous.slice(0, i + 1);
      const pruned = graph.copy();
      for (const path of found) {
        if (path.length > i + 1 && sameStart(path, root, i + 1)) {
          const [u, v] = [path[i] as string, path[i + 1] as string];
          if (pruned.hasEdge(u, v)) pruned.dropEdge(u, v);
        }
      }
      for (const node of root.slice(0, -1)) pruned.dropNode(node);
      const spurPath = bidirectional(pruned, spur, target);
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const key = total.join('\u0000');
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(total);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length);
    found.push(candidates.shift() as string[]);
  }
  return found;
}

/** The link a hop follows: a relation record before a derived "part of" link, in dataset order. */
function linkBetween(graph: Graph, from: string, to: string): MapLink {
  const links = graph.getEdgeAttributes(from, to).links;
  return links.find((l) => l.relationId !== null) ?? (links[0] as MapLink);
}

export function findPaths(graph: Graph, source: string, target: string, k = 3): ConnectionPath[] {
  return shortestNodePaths(graph, source, target, k).map((nodes) =>
    nodes.slice(1).map((to, i) => {
      const from = nodes[i] as string;
      return { from, to, link: linkBetween(graph, from, to) };
    }),
  );
}
