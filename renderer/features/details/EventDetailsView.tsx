import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateSpan } from '../../i18n/format-date';
import { useViewStore } from '../../state/view-store';
import { ActorLink } from './ActorLink';
import { CitationList } from './CitationList';
import { MyNote } from './MyNote';
import { NoteBox } from './NoteBox';

export function EventDetailsView({ eventId }: { readonly eventId: string }) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const { value: details, error } = useApiQuery(eventId, () => api.getEventDetails({ eventId }));
  if (error) return <p className="error">{error.message}</p>;
  if (!details) return <p className="muted">{t('details.loading')}</p>;
  const { event } = details;
  return (
    <article className="details__body" data-testid="event-details" data-event-id={event.id}>
      <p className="eyebrow">
        {tv(`eventCategory.${event.category}`)} · <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, uiLanguage)}</time>
      </p>
      <h2 className="details__title">{pickText(event.title, [uiLanguage])}</h2>
      <p className="description">{pickText(details.summary, [uiLanguage])}</p>
      <NoteBox note={details.note} />
      <MyNote key={eventId} kind="event" recordId={eventId} />
      <section>
        <h3>{t('details.involved', { count: event.actors.length })}</h3>
        <p className="link-list">
          {event.actors.map((id) => (
            <ActorLink key={id} actorId={id} />
          ))}
        </p>
      </section>
      <CitationList citations={details.citations} />
    </article>
  );
}
