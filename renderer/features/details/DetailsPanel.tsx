import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/view-store';
import { useEditingStore } from '../editing/editing-store';
import { RecordActions } from '../editing/RecordActions';
import { ActorDetailsView } from './ActorDetailsView';
import { EventDetailsView } from './EventDetailsView';
import { RelationDetailsView } from './RelationDetailsView';

export function DetailsPanel() {
  const { t } = useTranslation();
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
  // Edits move the revision on: the views fetch the record again and show it as saved.
  const revision = useEditingStore((s) => s.revision);
  if (!selection) return null;
  return (
    // tabIndex -1: focus can be sent here (after a search result or a table row is chosen) without adding a tab stop.
    <aside className="details" aria-label={t('details.title')} tabIndex={-1}>
      <button type="button" className="details__close" aria-label={t('details.close')} onClick={() => select(null)}>
        ×
      </button>
      <RecordActions key={`${selection.kind}:${selection.id}`} kind={selection.kind} id={selection.id} />
      {selection.kind === 'actor' && <ActorDetailsView key={revision} actorId={selection.id} />}
      {selection.kind === 'relation' && <RelationDetailsView key={revision} relationId={selection.id} />}
      {selection.kind === 'event' && <EventDetailsView key={revision} eventId={selection.id} />}
    </aside>
  );
}
