import type { AtlasData } from '../../../api/types';
import { useViewStore } from '../../state/view-store';
import type { MapViewState } from './map-controller';
import { mapLinks, type MapLink } from '../../../domain/map-links';
import type { VisibleSet } from './model/drawn-graph';
import { buildHierarchy, defaultExpanded } from './model/hierarchy';
import { visibleElements, type MapFilters } from './visibility';

/** What the filters and the as-of date let through. */
export function visibleFromStore(links: readonly MapLink[], atlas: Pick<AtlasData, 'actors'>, filters: MapFilters): VisibleSet {
  return visibleElements(atlas.actors, links, filters);
}

/** The map's state as the view store holds it; the first view's expanded groups when it holds none yet. */
export function workingViewState(atlas: AtlasData | null): MapViewState {
  const view = useViewStore.getState();
  const actors = atlas?.actors ?? [];
  const expanded =
    view.expanded ??
    defaultExpanded(
      buildHierarchy(
        actors,
        (atlas?.countries ?? []).map((c) => c.code),
      ),
    );
  return {
    visible: visibleFromStore(atlas ? mapLinks(atlas) : [], { actors }, view),
    expanded,
    labelLanguage: view.labelLanguage,
    selection: view.selection,
    focus: view.focus,
  };
}
