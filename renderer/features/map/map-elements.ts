import type { ElementDefinition } from 'cytoscape';
import type { AtlasData } from '../../../api/types';
import { mapLinks } from '../../../domain/map-links';
import { groupOf } from './country-groups';
import type { Point } from './layout/alliance-layout';
import { FRAMEWORK_COLOR } from './visual-encoding';

export function mapElements(
  atlas: AtlasData,
  positions: ReadonlyMap<string, Point>,
  labelOf: (actorId: string) => string,
): ElementDefinition[] {
  const colors = new Map(atlas.countries.map((c) => [c.code, c.color]));
  const nodes: ElementDefinition[] = atlas.actors.map((actor) => ({
    group: 'nodes',
    data: {
      id: actor.id,
      type: actor.type,
      group: groupOf(actor.country),
      color: actor.country ? (colors.get(actor.country) ?? FRAMEWORK_COLOR) : FRAMEWORK_COLOR,
      label: labelOf(actor.id),
    },
    position: { ...(positions.get(actor.id) ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = mapLinks(atlas).map((link) => ({
    group: 'edges',
    data: { id: link.id, source: link.source, target: link.target, linkType: link.type, relationId: link.relationId },
  }));
  return [...nodes, ...edges];
}
