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
    // tabIndex -1: focus can be sent here (after a search result or a table row is chosen) without adding a tab stop.
    <aside className="details" aria-label={t('details.title')} tabIndex={-1}>
      <button type="button" className="details__close" aria-label={t('details.close')} onClick={() => select(null)}>
        ×
      </button>
      {selection.kind === 'actor' && <ActorDetailsView actorId={selection.id} />}
      {selection.kind === 'relation' && <RelationDetailsView relationId={selection.id} />}
      {selection.kind === 'event' && <EventDetailsView eventId={selection.id} />}
    </aside>
  );
}
