import type { SearchHit } from '../../../api/types';
import { usePanelsStore } from '../../state/panels-store';
import { useViewStore } from '../../state/view-store';
import { focusDetailsWhenShown } from '../details/focus-details';
import { revealActor, revealRelation } from '../map/map-commands';
import { currentMap } from '../map/map-instance';

/**
 * What choosing a search result does: an organization is shown on the map and in the details
 * panel, a connection on the map (both ends framed) and in the details panel, an event in the details panel, a source in the sources list; focus
 * follows, so the keyboard user lands on what they chose.
 */
export function openSearchHit(hit: SearchHit): void {
  if (hit.kind === 'source') {
    usePanelsStore.getState().showSource(hit.id);
    return;
  }
  if (hit.kind === 'actor') revealActor(currentMap(), hit.id);
  else if (hit.kind === 'relation') revealRelation(currentMap(), hit.id);
  else useViewStore.getState().select({ kind: hit.kind, id: hit.id });
  focusDetailsWhenShown();
}
