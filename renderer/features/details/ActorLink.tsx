import { pickText } from '../../../domain/languages';
import { useAtlasStore } from '../../state/atlas-store';
import { mapLabel } from '../map/labels';

/** An actor's name that brings it into view on the map and opens its details. */
export function ActorLink({ actorId }: { readonly actorId: string }) {
  const actor = useAtlasStore((s) => s.atlas?.actors.find((a) => a.id === actorId));
  const uiLanguage = useAtlasStore((s) => s.uiLanguage);
  const focusActor = useAtlasStore((s) => s.focusActor);
  if (!actor) return <span>{actorId}</span>;
  return (
    <button type="button" className="actor-link" title={pickText(actor.name, [uiLanguage])} onClick={() => focusActor(actorId)}>
      {mapLabel(actor, uiLanguage, 'ui')}
    </button>
  );
}
