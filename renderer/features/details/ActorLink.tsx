import { pickText } from '../../../domain/languages';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { shortName } from '../map/labels/actor-labels';
import { revealActor } from '../map/map-commands';
import { currentMap } from '../map/map-instance';

/** An actor's name that brings it into view on the map and opens its details. */
export function ActorLink({ actorId }: { readonly actorId: string }) {
  const actor = useAtlasStore((s) => s.atlas?.actors.find((a) => a.id === actorId));
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  if (!actor) return <span>{actorId}</span>;
  return (
    <button type="button" className="actor-link" title={pickText(actor.name, [uiLanguage])} onClick={() => revealActor(currentMap(), actorId)}>
      {shortName(actor, uiLanguage)}
    </button>
  );
}
