import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../../../api/types';
import { CELL, orgChartLayout } from '../../../renderer/features/map/layout/org-chart-layout';
import { mapLinks } from '../../../domain/map-links';
import { drawnGraph } from '../../../renderer/features/map/model/drawn-graph';
import { focusLayout, focusNeighbourhood } from '../../../renderer/features/map/model/focus-graph';
import { ancestorsOf, buildHierarchy, defaultExpanded, expandableNodes, type HierarchyActor } from '../../../renderer/features/map/model/hierarchy';
import { readRawBundle, SHIPPED_BUNDLE_PATH } from '../../support/bundles';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../../../domain/vocabulary';

const bundle = readRawBundle(SHIPPED_BUNDLE_PATH);
const actors: HierarchyActor[] = bundle.actors.map((a) => ({
  id: a['id'] as string,
  type: a['type'] as HierarchyActor['type'],
  country: (a['country'] as string | null) ?? null,
  parent: (a['parent'] as string | null | undefined) ?? null,
}));
const countries = bundle.countries.map((c) => c['code'] as string);
const atlas = {
  actors: bundle.actors.map((a) => ({ ...a, parent: a['parent'] ?? null, from: a['from'] ?? null, to: a['to'] ?? null, succeededBy: a['succeededBy'] ?? null })),
  relations: bundle.relations.map((r) => ({ ...r, from: r['from'] ?? null, to: r['to'] ?? null })),
} as unknown as Pick<AtlasData, 'actors' | 'relations'>;
const links = mapLinks(atlas);
const everything = { actors: new Set(actors.map((a) => a.id)), links: new Set(links.map((l) => l.id)) };
const hierarchy = buildHierarchy(actors, countries);

describe('organization charts', () => {
  it('puts each country in a region, frameworks between the first and the second country', () => {
    expect(hierarchy.regions.map((r) => r.id)).toEqual(['region:JP', 'region:international', 'region:US']);
  });

  it('heads each country with its government, and gathers sectors and non-government bodies in groups', () => {
    const japan = hierarchy.regions[0];
    expect(japan?.roots).toEqual(['gov_japan', 'group:JP:other', 'group:JP:sector']);
    const sectors = hierarchy.nodes.get('group:JP:sector');
    expect(sectors?.children.length).toBe(actors.filter((a) => a.country === 'JP' && a.type === 'sector').length);
    expect(hierarchy.nodes.get('jpcert_cc')?.parent).toBe('group:JP:other');
    expect(hierarchy.nodes.get('npa_cyber_bureau')?.parent).toBe('npa');
    expect(ancestorsOf(hierarchy, 'jgsdf_cyber_protection_unit')).toEqual(['jgsdf', 'mod', 'gov_japan']);
  });

  it('opens at first with the governments expanded and everything else folded', () => {
    expect([...defaultExpanded(hierarchy)].sort()).toEqual(['gov_japan', 'gov_us']);
    const drawn = drawnGraph(hierarchy, links, everything, defaultExpanded(hierarchy));
    expect(drawn.shown.has('mofa')).toBe(true);
    expect(drawn.shown.has('nisc')).toBe(false);
    expect(drawn.representative.get('nisc')).toBe('cabinet_secretariat');
    expect(drawn.folded.get('mod')).toBe(actors.filter((a) => ancestorsOf(hierarchy, a.id).includes('mod')).length);
    expect(drawn.shown.has('group:JP:sector')).toBe(true);
    expect(drawn.representative.get('jp_sector_finance')).toBe('group:JP:sector');
  });

  it('draws links to folded units to the node that holds them, one line per pair of drawn nodes', () => {
    const drawn = drawnGraph(hierarchy, links, everything, defaultExpanded(hierarchy));
    for (const edge of drawn.edges) {
      expect(drawn.shown.has(edge.source) && drawn.shown.has(edge.target), edge.id).toBe(true);
      expect(edge.source).not.toBe(edge.target);
    }
    const merged = drawn.edges.filter((e) => e.relationId === null && e.id.startsWith('merged:'));
    const pairs = merged.map((e) => [e.source, e.target].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(merged.filter((e) => e.linkIds.length > 1).length).toBeGreaterThan(0);
    // Every visible link is drawn once, directly or inside a merged line, unless both ends fold into the same node.
    const drawnLinks = drawn.edges.flatMap((e) => e.linkIds);
    expect(new Set(drawnLinks).size).toBe(drawnLinks.length);
    for (const link of links) {
      const inside = drawn.representative.get(link.source) === drawn.representative.get(link.target);
      expect(drawnLinks.includes(link.id) || inside, link.id).toBe(true);
    }
  });

  it('gives a merged line the type and direction its links share, and no type when they differ', () => {
    const drawn = drawnGraph(hierarchy, links, everything, defaultExpanded(hierarchy));
    const byId = new Map(links.map((l) => [l.id, l]));
    const merged = drawn.edges.filter((e) => e.id.startsWith('merged:'));
    for (const edge of merged) {
      const held = edge.linkIds.map((id) => byId.get(id)!);
      const types = new Set(held.map((l) => l.type));
      expect(edge.type, edge.id).toBe(types.size === 1 ? held[0]!.type : null);
      const ways = new Set(held.map((l) => drawn.representative.get(l.source)));
      if (edge.type !== null && !SYMMETRIC_RELATION_TYPES.has(edge.type as RelationType)) {
        expect(edge.bothWays, edge.id).toBe(ways.size > 1);
        if (!edge.bothWays) expect(edge.source, edge.id).toBe([...ways][0]);
      } else {
        expect(edge.bothWays, edge.id).toBe(false);
      }
    }
    expect(merged.some((e) => e.type === null)).toBe(true);
    expect(merged.some((e) => e.type !== null)).toBe(true);
  });

  it('shows every actor as itself when everything is expanded', () => {
    const drawn = drawnGraph(hierarchy, links, everything, expandableNodes(hierarchy));
    for (const actor of actors) expect(drawn.representative.get(actor.id)).toBe(actor.id);
    expect(drawn.edges.every((e) => e.linkIds.length === 1)).toBe(true);
  });

  it('hides what a filter or the date hides, with what is folded inside it', () => {
    const withoutMod = { actors: new Set([...everything.actors].filter((id) => id !== 'mod')), links: everything.links };
    const drawn = drawnGraph(hierarchy, links, withoutMod, defaultExpanded(hierarchy));
    expect(drawn.shown.has('mod')).toBe(false);
    expect(drawn.representative.has('jsdf_cyber_defense_command')).toBe(false);
  });
});

describe('the chart layout', () => {
  const first = orgChartLayout(hierarchy, defaultExpanded(hierarchy)).positions;
  const all = orgChartLayout(hierarchy, expandableNodes(hierarchy)).positions;
  const at = (positions: ReadonlyMap<string, { x: number; y: number }>, id: string) => {
    const p = positions.get(id);
    if (!p) throw new Error(`no position for ${id}`);
    return p;
  };

  it('gives every node a place, and no two drawn nodes the same cell', () => {
    for (const positions of [first, all]) {
      expect(positions.size).toBe(hierarchy.nodes.size);
    }
    const drawn = drawnGraph(hierarchy, links, everything, expandableNodes(hierarchy));
    const shown = [...drawn.shown].map((id) => at(all, id));
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const [a, b] = [shown[i]!, shown[j]!];
        expect(Math.abs(a.x - b.x) >= CELL.width - 0.5 || Math.abs(a.y - b.y) >= CELL.height - 0.5).toBe(true);
      }
    }
  });

  it('puts each organization above its units, and folded units where their organization is', () => {
    for (const actor of actors) {
      const parent = hierarchy.nodes.get(actor.id)?.parent;
      if (parent) expect(at(all, parent).y, `${parent} above ${actor.id}`).toBeLessThan(at(all, actor.id).y);
    }
    expect(at(first, 'nisc')).toEqual(at(first, 'cabinet_secretariat'));
  });

  it('keeps the countries apart: Japan left, frameworks between, the United States right', () => {
    const xs = (country: string | null) => actors.filter((a) => a.country === country).map((a) => at(all, a.id).x);
    expect(Math.max(...xs('JP'))).toBeLessThan(Math.min(...xs(null)));
    expect(Math.max(...xs(null))).toBeLessThan(Math.min(...xs('US')));
  });

  it('is the same on every run, and the same first view after expanding and collapsing', () => {
    expect(orgChartLayout(hierarchy, defaultExpanded(hierarchy)).positions).toEqual(first);
  });

  it('survives parent cycles and parents in another country', () => {
    const odd: HierarchyActor[] = [
      { id: 'a', type: 'agency', country: 'JP', parent: 'b' },
      { id: 'b', type: 'agency', country: 'JP', parent: 'a' },
      { id: 'c', type: 'agency', country: 'US', parent: 'a' },
    ];
    const oddHierarchy = buildHierarchy(odd, ['JP', 'US']);
    expect([...orgChartLayout(oddHierarchy, expandableNodes(oddHierarchy)).positions.keys()].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('focus', () => {
  it('finds the neighbours one and two steps away over what exists', () => {
    const one = focusNeighbourhood(links, everything, 'nisc', 1);
    const two = focusNeighbourhood(links, everything, 'nisc', 2);
    expect(one.get('nisc')).toBe(0);
    expect(one.get('cabinet_secretariat')).toBe(1);
    expect(two.size).toBeGreaterThan(one.size);
    expect([...two.values()].every((d) => d <= 2)).toBe(true);
  });

  it('lays the neighbourhood out in rings around the focused organization, no two on one spot', () => {
    const distance = focusNeighbourhood(links, everything, 'nisc', 2);
    const positions = focusLayout(hierarchy, distance, { x: 0, y: 0 });
    expect(positions.get('nisc')).toEqual({ x: 0, y: 0 });
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(positions.size);
  });
});
