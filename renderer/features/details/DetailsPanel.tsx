import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/view-store';
import { ActorDetailsView } from './ActorDetailsView';
import { EventDetailsView } from './EventDetailsView';
import { RelationDetailsView } from './RelationDetailsView';

export function DetailsPanel() {
  const { t } = useTranslation();
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
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
