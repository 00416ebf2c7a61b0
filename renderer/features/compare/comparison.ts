import type { ActorSummary, AtlasData, CountryView } from '../../../api/types';
import { groupOf } from '../../../domain/country-groups';
import { isValidOn } from '../../../domain/intervals';
import { ACTOR_FUNCTIONS, type ActorFunction } from '../../../domain/vocabulary';
import { actorPasses, type MapFilters } from '../map/visibility';

/**
 * "Who does what": the dataset's countries side by side, one row per function of the
 * vocabulary. Columns come from the bundle's countries list, so a bundle of three countries
 * gets three columns; nothing here knows the shipped countries.
 */

export interface Holder {
  readonly actor: ActorSummary;
  readonly lead: boolean;
}

export interface ComparisonCell {
  readonly country: string;
  /** The lead first, then in dataset order. */
  readonly holders: readonly Holder[];
  /**
   * Whether any organization of this country holds the function at some date in the dataset:
   * an empty cell then means "not at this date or under these filters"; otherwise the dataset
   * has no such body at all, which the view says in words (issue 10).
   */
  readonly inDataset: boolean;
}

/** A counterpart_of relation whose two ends hold the row's function in different countries. */
export interface CounterpartPair {
  readonly relationId: string;
  readonly a: ActorSummary;
  readonly b: ActorSummary;
}

export interface ComparisonRow {
  readonly fn: ActorFunction;
  readonly cells: readonly ComparisonCell[];
  readonly counterparts: readonly CounterpartPair[];
}

export interface Comparison {
  readonly columns: readonly CountryView[];
  readonly rows: readonly ComparisonRow[];
}

function inForce(record: { from: string | null; to: string | null }, date: string | null): boolean {
  return date === null || isValidOn(record, date);
}

/** The comparison at the as-of date under the map's filters; a hidden country loses its column. */
export function buildComparison(atlas: Pick<AtlasData, 'countries' | 'actors' | 'relations'>, filters: MapFilters): Comparison {
  const columns = atlas.countries.filter((c) => !filters.hiddenGroups.has(groupOf(c.code)));
  const shown = atlas.actors.filter((a) => a.country !== null && actorPasses(a, filters));
  const byId = new Map(atlas.actors.map((a) => [a.id, a]));
  const counterpartRelations = filters.hiddenLinkTypes.has('counterpart_of')
    ? []
    : atlas.relations.filter((r) => r.type === 'counterpart_of' && inForce(r, filters.asOfDate));
  const rows = ACTOR_FUNCTIONS.map((fn): ComparisonRow => {
    const cells = columns.map((country): ComparisonCell => {
      const inDataset = atlas.actors.some((a) => a.country === country.code && a.roles.some((r) => r.function === fn));
      const holders = shown
        .filter((a) => a.country === country.code)
        .flatMap((actor) => actor.roles.filter((r) => r.function === fn).map((r) => ({ actor, lead: r.lead })));
      // A stable sort keeps dataset order among leads and among the others.
      return { country: country.code, holders: [...holders].sort((x, y) => Number(y.lead) - Number(x.lead)), inDataset };
    });
    const inRow = new Set(cells.flatMap((c) => c.holders.map((h) => h.actor.id)));
    const counterparts = counterpartRelations.flatMap((r) => {
      const a = byId.get(r.source);
      const b = byId.get(r.target);
      if (!a || !b || !inRow.has(a.id) || !inRow.has(b.id) || a.country === b.country) return [];
      return [{ relationId: r.id, a, b }];
    });
    return { fn, cells, counterparts };
  });
  return { columns, rows };
}
