import type { ActorSummary, AtlasData, CountryView } from '../../../api/types';
import { groupOf } from '../../../domain/country-groups';
import { isValidOn } from '../../../domain/intervals';
import { actorPasses, type MapFilters } from '../map/visibility';

/**
 * Critical-infrastructure sectors side by side. Sectors correspond across countries through
 * `counterpart_of` relations between sector records (docs/dataset-format.md): each connected
 * group of corresponding sectors is one line, with every country's sectors in it; a sector that
 * corresponds to none is a line of its own, shown as having no counterpart.
 */

export interface SectorEntry {
  readonly sector: ActorSummary;
  /** The bodies with an `oversees` relation to the sector in force at the date. */
  readonly overseers: readonly ActorSummary[];
}

export interface SectorLine {
  /** Per column (same order as the columns), the sectors of that country in this line. */
  readonly cells: readonly (readonly SectorEntry[])[];
  /** True when only one country has sectors in the line. */
  readonly unmatched: boolean;
}

export interface SectorComparison {
  readonly columns: readonly CountryView[];
  readonly lines: readonly SectorLine[];
}

function inForce(record: { from: string | null; to: string | null }, date: string | null): boolean {
  return date === null || isValidOn(record, date);
}

export function buildSectorComparison(atlas: Pick<AtlasData, 'countries' | 'actors' | 'relations'>, filters: MapFilters): SectorComparison {
  const columns = atlas.countries.filter((c) => !filters.hiddenGroups.has(groupOf(c.code)));
  const columnCodes = new Set(columns.map((c) => c.code));
  // Sector rows follow the date and the country filters; the sector actor type filter hides sectors on the map only.
  const sectors = atlas.actors.filter((a) => a.type === 'sector' && a.country !== null && columnCodes.has(a.country) && actorPasses(a, { ...filters, hiddenActorTypes: new Set() }));
  const sectorIds = new Set(sectors.map((s) => s.id));
  const byId = new Map(atlas.actors.map((a) => [a.id, a]));
  const relations = atlas.relations.filter((r) => inForce(r, filters.asOfDate));

  // Union–find over counterpart links between sectors.
  const root = new Map(sectors.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r) r = root.get(r) ?? r;
    return r;
  };
  for (const r of relations) {
    if (r.type !== 'counterpart_of' || !sectorIds.has(r.source) || !sectorIds.has(r.target)) continue;
    root.set(find(r.source), find(r.target));
  }
  const groups = new Map<string, ActorSummary[]>();
  for (const s of sectors) {
    const key = find(s.id);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const overseersOf = (sectorId: string) =>
    relations
      .filter((r) => r.type === 'oversees' && r.target === sectorId)
      .flatMap((r) => {
        const body = byId.get(r.source);
        return body && inForce(body, filters.asOfDate) ? [body] : [];
      });
  const lines = [...groups.values()].map((members): SectorLine => {
    const cells = columns.map((c) => members.filter((m) => m.country === c.code).map((sector) => ({ sector, overseers: overseersOf(sector.id) })));
    return { cells, unmatched: cells.filter((cell) => cell.length > 0).length < 2 };
  });
  // Matched lines first, in the order their first sector appears in the dataset.
  return { columns, lines: [...lines.filter((l) => !l.unmatched), ...lines.filter((l) => l.unmatched)] };
}
