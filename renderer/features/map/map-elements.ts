import type { ElementDefinition } from 'cytoscape';
import type { AtlasData } from '../../../api/types';
import type { LinkType } from '../../../domain/vocabulary';
import { groupOf } from './country-groups';
import type { Point } from './layout/alliance-layout';
import { FRAMEWORK_COLOR } from './visual-encoding';

/**
 * Links drawn on the map: every relation record, plus "part of" from an actor to its parent
 * and "succeeded by" from a predecessor to its successor.
 */
export interface MapLink {
  readonly id: string;
  readonly type: LinkType;
  readonly source: string;
  readonly target: string;
  /** The relation record behind the link; null for the links derived from actor fields. */
  readonly relationId: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export function mapLinks(atlas: Pick<AtlasData, 'actors' | 'relations'>): MapLink[] {
  const relations = atlas.relations.map((r) => ({ ...r, id: `relation:${r.id}`, relationId: r.id }));
  const parents = atlas.actors.flatMap((a) =>
    a.parent ? [{ id: `part-of:${a.id}`, type: 'part_of' as const, source: a.id, target: a.parent, relationId: null, from: a.from, to: a.to }] : [],
  );
  const successions = atlas.actors.flatMap((a) =>
    a.succeededBy
      ? [{ id: `succession:${a.id}`, type: 'succeeded_by' as const, source: a.id, target: a.succeededBy, relationId: null, from: a.to, to: null }]
      : [],
  );
  return [...parents, ...successions, ...relations];
}

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
