import type { LinkType, RelationType } from './vocabulary';

/**
 * The links of the map: every relation record, plus "part of" from an actor to its parent
 * and "succeeded by" from a predecessor to its successor. The map draws them and the graph
 * exports (GraphML, GEXF) write them, so both show the same network.
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

/** What the derivation reads of an actor; the renderer's summaries and bundle records both fit. */
export interface LinkedActor {
  readonly id: string;
  readonly parent?: string | null | undefined;
  readonly succeededBy?: string | null | undefined;
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
}

export interface LinkedRelation {
  readonly id: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
}

export function mapLinks(data: { readonly actors: readonly LinkedActor[]; readonly relations: readonly LinkedRelation[] }): MapLink[] {
  const relations = data.relations.map((r) => ({
    id: `relation:${r.id}`,
    type: r.type,
    source: r.source,
    target: r.target,
    relationId: r.id,
    from: r.from ?? null,
    to: r.to ?? null,
  }));
  const parents = data.actors.flatMap((a) =>
    a.parent
      ? [{ id: `part-of:${a.id}`, type: 'part_of' as const, source: a.id, target: a.parent, relationId: null, from: a.from ?? null, to: a.to ?? null }]
      : [],
  );
  const successions = data.actors.flatMap((a) =>
    a.succeededBy
      ? [{ id: `succession:${a.id}`, type: 'succeeded_by' as const, source: a.id, target: a.succeededBy, relationId: null, from: a.to ?? null, to: null }]
      : [],
  );
  return [...parents, ...successions, ...relations];
}
