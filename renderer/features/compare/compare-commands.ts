import { useViewStore } from '../../state/view-store';
import { useAtlasStore } from '../../state/atlas-store';
import { revealActor } from '../map/map-commands';
import { currentMap } from '../map/map-instance';
import { useCompareStore, type CompareHighlight } from './compare-store';

/**
 * What choosing something in the comparison view does to the map: an organization is selected
 * as a search result would be; a cell, a counterpart pair or a path lights up its organizations
 * (and links), with the groups holding them opened and the filters hiding them lifted.
 */

function showActors(actorIds: readonly string[]): void {
  const atlas = useAtlasStore.getState().atlas;
  const view = useViewStore.getState();
  const actors = atlas?.actors.filter((a) => actorIds.includes(a.id)) ?? [];
  const groups = new Set(view.hiddenGroups);
  const types = new Set(view.hiddenActorTypes);
  for (const a of actors) {
    groups.delete(a.country ?? 'international');
    types.delete(a.type);
  }
  if (groups.size !== view.hiddenGroups.size || types.size !== view.hiddenActorTypes.size) useViewStore.setState({ hiddenGroups: groups, hiddenActorTypes: types });
  if (view.focus) view.setFocus(null);
  const map = currentMap();
  if (!map) return;
  let expanded: ReadonlySet<string> = view.expanded ?? map.view.expanded;
  for (const id of actorIds) expanded = map.expandedToShow(id, expanded);
  view.setExpanded(new Set(expanded));
}

export function chooseActor(actorId: string): void {
  useCompareStore.getState().setHighlight(null);
  revealActor(currentMap(), actorId);
}

/** Lights up organizations and links on the map; choosing the same thing again clears it. */
export function lightUp(highlight: CompareHighlight): void {
  const store = useCompareStore.getState();
  if (store.highlight?.key === highlight.key) {
    store.setHighlight(null);
    return;
  }
  useViewStore.getState().select(null);
  showActors(highlight.actors);
  store.setHighlight(highlight);
}
