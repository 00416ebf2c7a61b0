import { UndirectedGraph } from 'graphology';
import type { AtlasData } from '../../../api/types';
import { mapLinks, type MapLink } from '../../../domain/map-links';
import { visibleElements, type MapFilters } from '../map/visibility';

/**
 * The network paths and connectors are found in: actors and links the map would show at the
 * as-of date under its filters, as an undirected graph (a connection counts whichever way the
 * relation reads). Several links between two actors become one edge listing them all.
 * Successions are left out: a body and its successor do not exist side by side.
 */
export interface EdgeAttributes {
  readonly links: MapLink[];
}

export function connectionGraph(atlas: Pick<AtlasData, 'actors' | 'relations'>, filters: MapFilters): UndirectedGraph<Record<string, never>, EdgeAttributes> {
  const links = mapLinks(atlas).filter((l) => l.type !== 'succeeded_by');
  const visible = visibleElements(atlas.actors, links, filters);
  const graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
  for (const id of visible.actors) graph.addNode(id);
  for (const link of links) {
    if (!visible.links.has(link.id) || link.source === link.target) continue;
    if (graph.hasEdge(link.source, link.target)) graph.getEdgeAttributes(link.source, link.target).links.push(link);
    else graph.addEdge(link.source, link.target, { links: [link] });
  }
  return graph;
}
