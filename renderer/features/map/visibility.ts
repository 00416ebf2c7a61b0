import type { ActorSummary } from '../../../api/types';
import type { ActorType, LinkType } from '../../../domain/vocabulary';
import { groupOf } from '../../state/atlas-store';
import type { MapLink } from './map-elements';

export interface MapFilters {
  readonly hiddenGroups: ReadonlySet<string>;
  readonly hiddenActorTypes: ReadonlySet<ActorType>;
  readonly hiddenLinkTypes: ReadonlySet<LinkType>;
}

/** Which actors and links the map shows under the filters: a link needs both its ends shown. */
export function visibleElements(
  actors: readonly ActorSummary[],
  links: readonly MapLink[],
  filters: MapFilters,
): { readonly actors: ReadonlySet<string>; readonly links: ReadonlySet<string> } {
  const visibleActors = new Set(
    actors.filter((a) => !filters.hiddenGroups.has(groupOf(a.country)) && !filters.hiddenActorTypes.has(a.type)).map((a) => a.id),
  );
  const visibleLinks = new Set(
    links
      .filter((l) => !filters.hiddenLinkTypes.has(l.type) && visibleActors.has(l.source) && visibleActors.has(l.target))
      .map((l) => l.id),
  );
  return { actors: visibleActors, links: visibleLinks };
}
