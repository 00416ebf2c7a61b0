import type { ActorSummary } from '../../../api/types';
import { isValidOn } from '../../../domain/intervals';
import type { ActorType, LinkType } from '../../../domain/vocabulary';
import { groupOf } from '../../../domain/country-groups';
import type { MapLink } from '../../../domain/map-links';

export interface MapFilters {
  readonly hiddenGroups: ReadonlySet<string>;
  readonly hiddenActorTypes: ReadonlySet<ActorType>;
  readonly hiddenLinkTypes: ReadonlySet<LinkType>;
  /** "YYYY-MM-DD": only what existed on that day; null: everything, whatever its dates. */
  readonly asOfDate: string | null;
}

function existedOn(validity: { from: string | null; to: string | null }, date: string | null): boolean {
  return date === null || isValidOn(validity, date);
}

export function actorPasses(actor: ActorSummary, filters: MapFilters): boolean {
  return !filters.hiddenGroups.has(groupOf(actor.country)) && !filters.hiddenActorTypes.has(actor.type) && existedOn(actor, filters.asOfDate);
}

/** Whether the link's own type and dates pass; its two ends are checked separately. */
export function linkPasses(link: MapLink, filters: MapFilters): boolean {
  return !filters.hiddenLinkTypes.has(link.type) && existedOn(link, filters.asOfDate);
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
  const visibleActors = new Set(actors.filter((a) => actorPasses(a, filters)).map((a) => a.id));
  const visibleLinks = new Set(links.filter((l) => linkPasses(l, filters) && visibleActors.has(l.source) && visibleActors.has(l.target)).map((l) => l.id));
  return { actors: visibleActors, links: visibleLinks };
}
