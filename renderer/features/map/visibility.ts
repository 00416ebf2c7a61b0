import type { ActorSummary } from '../../../api/types';
import { isValidOn } from '../../../domain/intervals';
import type { ActorType, LinkType } from '../../../domain/vocabulary';
import { groupOf } from './country-groups';
import type { MapLink } from './map-elements';

export interface MapFilters {
  readonly hiddenGroups: ReadonlySet<string>;
  readonly hiddenActorTypes: ReadonlySet<ActorType>;
  readonly hiddenLinkTypes: ReadonlySet<LinkType>;
  /** "YYYY-MM-DD": only what existed on that day; null: everything, whatever its dates. */
  readonly asOfDate: string | null;
}

/**
 * Which actors and links the map shows: those the filters let through and, with an as-of
 * date, that existed on that day (missing bounds are open). A link needs both its ends shown,
 * so after a succession the predecessor's links disappear with it.
 */
export function visibleElements(
  actors: readonly ActorSummary[],
  links: readonly MapLink[],
  filters: MapFilters,
): { readonly actors: ReadonlySet<string>; readonly links: ReadonlySet<string> } {
  const existed = (validity: { from: string | null; to: string | null }) => filters.asOfDate === null || isValidOn(validity, filters.asOfDate);
  const visibleActors = new Set(
    actors
      .filter((a) => !filters.hiddenGroups.has(groupOf(a.country)) && !filters.hiddenActorTypes.has(a.type) && existed(a))
      .map((a) => a.id),
  );
  const visibleLinks = new Set(
    links
      .filter((l) => !filters.hiddenLinkTypes.has(l.type) && visibleActors.has(l.source) && visibleActors.has(l.target) && existed(l))
      .map((l) => l.id),
  );
  return { actors: visibleActors, links: visibleLinks };
}
