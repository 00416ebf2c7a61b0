import type { Result } from '../../api/result';
import type { ActorDetails, AtlasData } from '../../api/types';
import { api } from '../api/atlas-api';
import { useAtlasStore } from './atlas-store';

/**
 * Organizations' details asked for before they are chosen: the search result the keyboard or
 * the mouse is on, the node under the pointer. Choosing one then shows its details in the same
 * frame as its highlight on the map; asked for only on choosing, the answer waited behind the
 * map's glide (613 ms from Enter to details for a page's first search at the shipped size).
 *
 * Kept per loaded dataset: an import or a switch loads a new atlas, and with it an empty store.
 * An edit, an undo or a redo forgets them at once (`forgetActorDetailsFetchedAhead`): the details
 * panel asks again as soon as the change is applied, before the new atlas has arrived.
 */
const MAX_KEPT = 40;

interface AskedAhead {
  readonly answer: Promise<Result<ActorDetails>>;
  value: ActorDetails | null;
}

const byAtlas = new WeakMap<AtlasData, Map<string, AskedAhead>>();

function keptFor(atlas: AtlasData): Map<string, AskedAhead> {
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
  const asked: AskedAhead = { answer: api.getActorDetails({ actorId }), value: null };
  kept.set(actorId, asked);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  void asked.answer.then((result) => {
    if (result.ok) asked.value = result.value;
    else kept.delete(actorId);
  });
}

/** Details already here for the dataset now shown, or null. */
export function actorDetailsFetchedAhead(actorId: string): ActorDetails | null {
  const atlas = useAtlasStore.getState().atlas;
  return (atlas && byAtlas.get(atlas)?.get(actorId)?.value) ?? null;
}

/** The answer asked for ahead (perhaps still on its way), else a new request. */
export function actorDetails(actorId: string): Promise<Result<ActorDetails>> {
  const atlas = useAtlasStore.getState().atlas;
  return (atlas && byAtlas.get(atlas)?.get(actorId)?.answer) ?? api.getActorDetails({ actorId });
}

/** After a change to the data: what was fetched ahead may no longer be so. */
export function forgetActorDetailsFetchedAhead(): void {
  const atlas = useAtlasStore.getState().atlas;
  if (atlas) byAtlas.delete(atlas);
}
