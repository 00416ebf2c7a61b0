import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../state/atlas-store';
import { ActorDetailsView } from './ActorDetailsView';
import { EventDetailsView } from './EventDetailsView';
import { RelationDetailsView } from './RelationDetailsView';

export function DetailsPanel() {
  const { t } = useTranslation();
  const selection = useAtlasStore((s) => s.selection);
  const select = useAtlasStore((s) => s.select);
  if (!selection) return null;
  return (
    <aside className="details" aria-label={t('details.title')}>
      <button type="button" className="details__close" aria-label={t('details.close')} onClick={() => select(null)}>
        ×
      </button>
      {selection.kind === 'actor' && <ActorDetailsView actorId={selection.id} />}
      {selection.kind === 'relation' && <RelationDetailsView relationId={selection.id} />}
      {selection.kind === 'event' && <EventDetailsView eventId={selection.id} />}
    </aside>
  );
}
