import type { ActorDetails, AtlasData } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';

/**
 * Organizations' details asked for before they are chosen: the search result the keyboard or
 * the mouse is on, the node under the pointer. Choosing one then shows its details in the same
 * frame as its highlight on the map; asked for only on choosing, the answer waited behind the
 * map's glide (469 ms from Enter to details at the shipped size).
 *
 * Kept per loaded dataset: an import or an edit loads a new atlas, and with it an empty store.
 */
const MAX_KEPT = 40;
/** 'asked' while the answer is on its way, so a pointer resting on a node asks once. */
const byAtlas = new WeakMap<AtlasData, Map<string, ActorDetails | 'asked'>>();

function keptFor(atlas: AtlasData): Map<string, ActorDetails | 'asked'> {
  let kept = byAtlas.get(atlas);
  if (!kept) {
    kept = new Map();
    byAtlas.set(atlas, kept);
  }
  return kept;
}

export function fetchActorDetailsAhead(actorId: string): void {
  const atlas = useAtlasStore.getState().atlas;
  if (!atlas) return;
  const kept = keptFor(atlas);
  if (kept.has(actorId)) return;
  kept.set(actorId, 'asked');
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  // The dataset may be reloaded meanwhile: the answer is kept for the atlas it was asked for.
  void api.getActorDetails({ actorId }).then((result) => {
    if (result.ok) kept.set(actorId, result.value);
    else kept.delete(actorId);
  });
}

/** Details fetched ahead for the dataset now shown, or null. */
export function actorDetailsFetchedAhead(actorId: string): ActorDetails | null {
  const atlas = useAtlasStore.getState().atlas;
  const kept = atlas ? byAtlas.get(atlas)?.get(actorId) : undefined;
  return kept === undefined || kept === 'asked' ? null : kept;
}
