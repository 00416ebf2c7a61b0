import type { UndirectedGraph } from 'graphology';
import { brandes } from 'graphology-shortest-path/unweighted';
import type { EdgeAttributes } from './connection-graph';

/**
 * Key connectors: who carries the paths between the countries. For every pair of actors in
 * two different countries, each shortest path between them gives every actor strictly inside
 * it an equal share (Brandes' accumulation, restricted to cross-border pairs); the score is
 * the sum, so 3.5 means "on the shortest routes of three and a half cross-border pairs". The
 * degree is how many actors it is directly linked to, and `abroad` how many of those are in
 * another country or international.
 */
export interface Connector {
  readonly actorId: string;
  readonly betweenness: number;
  readonly degree: number;
  readonly abroad: number;
}

export function keyConnectors(graph: UndirectedGraph<Record<string, never>, EdgeAttributes>, countryOf: (id: string) => string | null, limit = 8): Connector[] {
  const score = new Map<string, number>();
  graph.forEachNode((source) => {
    const home = countryOf(source);
    if (home === null) return;
    const [order, predecessors, sigma] = brandes(graph, source);
    const delta = new Map<string, number>();
    // Walk back from the farthest node, counting only destinations in another country.
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i] as string;
      const country = countryOf(w);
      const counts = country !== null && country !== home ? 1 : 0;
      const dw = delta.get(w) ?? 0;
      for (const v of predecessors[w] ?? []) {
        const share = ((sigma[v] ?? 0) / (sigma[w] ?? 1)) * (counts + dw);
        delta.set(v, (delta.get(v) ?? 0) + share);
      }
      if (w !== source) score.set(w, (score.get(w) ?? 0) + dw);
    }
  });
  const connectors = graph.mapNodes((actorId) => {
    const home = countryOf(actorId);
    const neighbours = graph.neighbors(actorId);
    // Each pair is seen once from each end: halve to count pairs.
    return { actorId, betweenness: Math.round(((score.get(actorId) ?? 0) / 2) * 10) / 10, degree: neighbours.length, abroad: neighbours.filter((n) => countryOf(n) !== home).length };
  });
  return connectors
    .filter((c) => c.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)
    .slice(0, limit);
}
