import { FRAMEWORK_GROUP } from '../../../../domain/country-groups';
import { ACTOR_TYPES, type ActorType } from '../../../../domain/vocabulary';

/**
 * The map as organization charts: every region (a country, or the frameworks band) holds a
 * tree of nodes. A node is an actor, or a group gathering a country's actors that stand outside
 * its government: critical-infrastructure sectors, and the other bodies (CERTs, ISACs,
 * companies, associations, think tanks…). Pure, so layouts and tests can rely on it.
 */

export type GroupKind = 'sector' | 'other';

export interface HierarchyNode {
  readonly id: string;
  readonly kind: 'actor' | 'group';
  /** The region the node is drawn in: a country code, or FRAMEWORK_GROUP. */
  readonly region: string;
  readonly parent: string | null;
  /** Display children, in display order. */
  readonly children: readonly string[];
  readonly actorType: ActorType | null;
  readonly groupKind: GroupKind | null;
}

export interface MapRegion {
  readonly id: string;
  /** Country code, or null for the frameworks band. */
  readonly country: string | null;
  /** Top-level nodes in display order: the government's chart first, then groups. */
  readonly roots: readonly string[];
}

export interface MapHierarchy {
  readonly nodes: ReadonlyMap<string, HierarchyNode>;
  /** Countries in dataset order with the frameworks band between the two halves. */
  readonly regions: readonly MapRegion[];
}

export interface HierarchyActor {
  readonly id: string;
  readonly type: ActorType;
  readonly country: string | null;
  readonly parent: string | null;
}

/** Bodies of the state: they form the organization chart under the government. */
const PUBLIC_TYPES: ReadonlySet<ActorType> = new Set(['government', 'executive', 'ministry', 'agency', 'regulator', 'military', 'law_enforcement']);

/** A group needs at least this many members; a lone body is clearer on its own. */
const MIN_GROUP_SIZE = 2;

export function groupId(country: string, kind: GroupKind): string {
  return `group:${country}:${kind}`;
}

export function regionId(region: string): string {
  return `region:${region}`;
}

function typeRank(type: ActorType | null): number {
  return type === null ? ACTOR_TYPES.length : ACTOR_TYPES.indexOf(type);
}

/**
 * Builds the charts. Parents in another region, unknown parents and parent cycles are
 * ignored for drawing (the actor becomes a root), so the map never loses a node.
 */
export function buildHierarchy(actors: readonly HierarchyActor[], countryOrder: readonly string[]): MapHierarchy {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const regionOf = (actor: HierarchyActor) => actor.country ?? FRAMEWORK_GROUP;

  const parentOf = new Map<string, string | null>();
  for (const actor of actors) {
    const parent = actor.parent ? byId.get(actor.parent) : undefined;
    parentOf.set(actor.id, parent && regionOf(parent) === regionOf(actor) ? parent.id : null);
  }
  // A cycle has no root: cut it at its first member in dataset order.
  for (const actor of actors) {
    const path: string[] = [];
    let current: string | null = actor.id;
    while (current !== null && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    if (current !== null) {
      const cycle = path.slice(path.indexOf(current));
      const first = cycle.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
      if (first) parentOf.set(first, null);
    }
  }

  const groupKindOf = (actor: HierarchyActor): GroupKind | null => {
    if (actor.country === null || parentOf.get(actor.id)) return null;
    if (actor.type === 'sector') return 'sector';
    return PUBLIC_TYPES.has(actor.type) ? null : 'other';
  };
  const groupMembers = new Map<string, HierarchyActor[]>();
  for (const actor of actors) {
    const kind = groupKindOf(actor);
    if (kind && actor.country) {
      const id = groupId(actor.country, kind);
      groupMembers.set(id, [...(groupMembers.get(id) ?? []), actor]);
    }
  }
  const groupOfActor = new Map<string, string>();
  for (const [id, members] of groupMembers) {
    if (members.length >= MIN_GROUP_SIZE) members.forEach((m) => groupOfActor.set(m.id, id));
  }

  const children = new Map<string, HierarchyActor[]>();
  for (const actor of actors) {
    const parent = parentOf.get(actor.id) ?? groupOfActor.get(actor.id) ?? null;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), actor]);
  }
  const byRank = (a: HierarchyActor, b: HierarchyActor) => typeRank(a.type) - typeRank(b.type) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);

  const nodes = new Map<string, HierarchyNode>();
  for (const actor of actors) {
    nodes.set(actor.id, {
      id: actor.id,
      kind: 'actor',
      region: regionOf(actor),
      parent: parentOf.get(actor.id) ?? groupOfActor.get(actor.id) ?? null,
      children: (children.get(actor.id) ?? []).sort(byRank).map((c) => c.id),
      actorType: actor.type,
      groupKind: null,
    });
  }
  const groups = [...new Set(groupOfActor.values())];
  for (const id of groups) {
    const [, country = '', kind] = id.split(':');
    nodes.set(id, {
      id,
      kind: 'group',
      region: country,
      parent: null,
      children: (children.get(id) ?? []).sort(byRank).map((c) => c.id),
      actorType: null,
      groupKind: kind as GroupKind,
    });
  }

  const known = new Set(countryOrder);
  const countries = [...countryOrder, ...new Set(actors.map((a) => a.country).filter((c): c is string => c !== null && !known.has(c)))];
  const rootsOf = (region: string) => {
    const actorRoots = actors.filter((a) => regionOf(a) === region && !nodes.get(a.id)?.parent).sort(byRank).map((a) => a.id);
    const regionGroups = (['other', 'sector'] as const).map((kind) => groupId(region, kind)).filter((id) => nodes.has(id));
    return [...actorRoots, ...regionGroups];
  };
  const countryRegions = countries.map((code) => ({ id: regionId(code), country: code, roots: rootsOf(code) }));
  const frameworks = { id: regionId(FRAMEWORK_GROUP), country: null, roots: rootsOf(FRAMEWORK_GROUP) };
  const half = Math.ceil(countryRegions.length / 2);
  const regions = [...countryRegions.slice(0, half), ...(frameworks.roots.length > 0 ? [frameworks] : []), ...countryRegions.slice(half)].filter(
    (r) => r.roots.length > 0,
  );
  return { nodes, regions };
}

/** The nodes expanded at first open: each country's government, so its chart shows its top bodies. */
export function defaultExpanded(hierarchy: MapHierarchy): Set<string> {
  return new Set([...hierarchy.nodes.values()].filter((n) => n.actorType === 'government' && n.children.length > 0).map((n) => n.id));
}

/** Every node that has something to expand: for "Expand all". */
export function expandableNodes(hierarchy: MapHierarchy): Set<string> {
  return new Set([...hierarchy.nodes.values()].filter((n) => n.children.length > 0).map((n) => n.id));
}

/** The chain of ancestors of a node, nearest first. */
export function ancestorsOf(hierarchy: MapHierarchy, id: string): string[] {
  const chain: string[] = [];
  let current = hierarchy.nodes.get(id)?.parent ?? null;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = hierarchy.nodes.get(current)?.parent ?? null;
  }
  return chain;
}
