import type { ElementDefinition } from 'cytoscape';
import type { AtlasData } from '../../../api/types';
import { FRAMEWORK_GROUP } from '../../../domain/country-groups';
import type { MapHierarchy } from './model/hierarchy';
import { FRAMEWORK_COLOR } from './visual-encoding';

/** The kinds of node on the canvas; only actors and groups are part of the data. */
export type MapNodeKind = 'actor' | 'group' | 'region' | 'badge';

export function badgeId(nodeId: string): string {
  return `badge:${nodeId}`;
}

/**
 * Every node the map may draw, created once: regions (a box with a title behind each country's
 * nodes), actors, groups, and a badge for each node that has units to expand. Positions, sizes
 * and visibility are set afterwards by the map controller; edges come and go with what is drawn.
 * Regions are plain nodes rather than Cytoscape compounds, so their size depends on the layout
 * only, never on label sizes (which change with the zoom).
 */
export function mapNodeElements(atlas: Pick<AtlasData, 'actors' | 'countries'>, hierarchy: MapHierarchy): ElementDefinition[] {
  const colors = new Map(atlas.countries.map((c) => [c.code, c.color]));
  const colorOf = (region: string) => (region === FRAMEWORK_GROUP ? FRAMEWORK_COLOR : (colors.get(region) ?? FRAMEWORK_COLOR));
  const regions: ElementDefinition[] = hierarchy.regions.map((region) => ({
    group: 'nodes',
    data: { id: region.id, kind: 'region', color: colorOf(region.country ?? FRAMEWORK_GROUP), label: '', labelSize: 16, width: 1, height: 1 },
    selectable: false,
    grabbable: false,
  }));
  const actors = new Map(atlas.actors.map((a) => [a.id, a]));
  const nodes: ElementDefinition[] = [...hierarchy.nodes.values()].map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind,
      region: `region:${node.region}`,
      ...(node.kind === 'actor' ? { type: actors.get(node.id)?.type } : { groupKind: node.groupKind }),
      color: colorOf(node.region),
      label: '',
      labelSize: 12,
    },
    position: { x: 0, y: 0 },
  }));
  const badges: ElementDefinition[] = [...hierarchy.nodes.values()]
    .filter((node) => node.children.length > 0)
    .map((node) => ({
      group: 'nodes',
      data: { id: badgeId(node.id), kind: 'badge', of: node.id, label: '', labelSize: 12, badgeWidth: 20, badgeHeight: 18 },
      selectable: false,
      grabbable: false,
      position: { x: 0, y: 0 },
    }));
  return [...regions, ...nodes, ...badges];
}
