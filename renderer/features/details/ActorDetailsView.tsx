import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { useApiQuery } from '../../api/use-api-query';
import { isValidOn, overlapsRange } from '../../../domain/intervals';
import { formatDateSpan, formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { useTimeStore } from '../../state/time-store';
import { ShapeSwatch } from '../legend/swatches';
import { ACTOR_TYPE_SHAPES } from '../map/visual-encoding';
import { ActorLink } from './ActorLink';
import { CitationList } from './CitationList';
import { actorDetails, actorDetailsFetchedAhead } from '../../state/details-ahead';
import { FunctionList } from './FunctionList';
import { revealActor } from '../map/map-commands';
import { currentMap } from '../map/map-instance';
import { MyNote } from './MyNote';
import { NoteBox } from './NoteBox';
import { formatPeriod } from './period';
import { BreakableName } from '../../ui/BreakableName';

export function ActorDetailsView({ actorId }: { readonly actorId: string }) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const countries = useAtlasStore((s) => s.atlas?.countries);
  const select = useViewStore((s) => s.select);
  const eventRange = useTimeStore((s) => s.eventRange);
  const setEventRange = useTimeStore((s) => s.setEventRange);
  const asOfDate = useViewStore((s) => s.asOfDate);
  const setAsOfDate = useViewStore((s) => s.setAsOfDate);
  const query = useApiQuery(actorId, () => actorDetails(actorId));
  const details = query.value ?? actorDetailsFetchedAhead(actorId);
  const { error } = query;
  if (error) return <p className="error">{error.message}</p>;
  if (!details) return <p className="muted">{t('details.loading')}</p>;

  const { actor } = details;
  const country = countries?.find((c) => c.code === actor.country);
  const languages = Object.keys(actor.name);
  const period = formatPeriod(t, uiLanguage, actor.from, actor.to);
  const events = eventRange
    ? details.events.filter((e) => overlapsRange({ from: e.date, to: e.endDate ?? e.date }, eventRange.start, eventRange.end))
    : details.events;

  return (
    <article className="details__body" data-testid="actor-details" data-actor-id={actor.id}>
      <p className="eyebrow">
        <ShapeSwatch shape={ACTOR_TYPE_SHAPES[actor.type]} />
        {tv(`actorType.${actor.type}`)} · {country ? pickText(country.name, [uiLanguage]) : tv('framework')}
      </p>
      <h2 className="details__title">
        <BreakableName text={pickText(actor.name, [uiLanguage])} />
      </h2>
      {asOfDate && period && !isValidOn(actor, asOfDate) && (
        // Chosen while the map shows a day it did not exist on (from search, a link, the table):
        // say why the map does not light it up, rather than leave the analyst looking for it.
        <p className="range-chip" role="status">
          {t('details.notOnMapAsOf', { date: formatPartialDate(asOfDate, uiLanguage), period })}
          <button
            type="button"
            className="small-button"
            onClick={() => {
              setAsOfDate(null);
              revealActor(currentMap(), actor.id);
            }}
          >
            {t('time.showAllDates')}
          </button>
        </p>
      )}
      <ul className="names" aria-label={t('details.names')}>
        {languages.map((lang) => (
          <li key={lang} lang={lang}>
            <span className="lang-tag">{t(`languageName.${lang === 'ja' ? 'ja' : 'en'}`)}</span>
            <BreakableName text={actor.name[lang] ?? ''} />
            {actor.short?.[lang] && actor.short[lang] !== actor.name[lang] && <span className="muted"> ({actor.short[lang]})</span>}
            {actor.unofficialName.includes(lang) && (
              <span className="unofficial-marker" title={t('details.unofficialNameHint')}>
                {t('details.unofficialName')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {details.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">{t('details.aliases')}</span> {details.aliases.join(' · ')}
        </p>
      )}
      <p className="description">{pickText(details.description, [uiLanguage])}</p>
      <NoteBox note={details.note} />
      <MyNote key={actorId} kind="actor" recordId={actorId} />

      <dl className="facts">
        {period && (
          <>
            <dt>{t('details.period')}</dt>
            <dd>{period}</dd>
          </>
        )}
        {actor.parent && (
          <>
            <dt>{t('details.partOf')}</dt>
            <dd>
              <ActorLink actorId={actor.parent} />
            </dd>
          </>
        )}
        {details.children.length > 0 && (
          <>
            <dt>{t('details.units')}</dt>
            <dd className="link-list">
              {details.children.map((id) => (
                <ActorLink key={id} actorId={id} />
              ))}
            </dd>
          </>
        )}
        {details.predecessors.length > 0 && (
          <>
            <dt>{t('details.predecessor')}</dt>
            <dd className="link-list">
              {details.predecessors.map((id) => (
                <ActorLink key={id} actorId={id} />
              ))}
            </dd>
          </>
        )}
        {actor.succeededBy && (
          <>
            <dt>{t('details.successor')}</dt>
            <dd>
              <ActorLink actorId={actor.succeededBy} />
            </dd>
          </>
        )}
      </dl>

      <FunctionList roles={details.roles} />

      <section>
        <h3>{t('details.relations', { count: details.relations.length })}</h3>
        {details.relations.length === 0 ? (
          <p className="muted">{t('details.noRelations')}</p>
        ) : (
          <ul className="relation-list">
            {details.relations.map(({ relation, description, direction, otherActorId }) => (
              <li key={relation.id}>
                <button type="button" className="relation-type" onClick={() => select({ kind: 'relation', id: relation.id })}>
                  {direction === 'outgoing' ? '→' : '←'} {tv(`linkType.${relation.type}`)}
                </button>{' '}
                <ActorLink actorId={otherActorId} />
                <span className="relation-list__description">{pickText(description, [uiLanguage])}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('details.events', { count: details.events.length })}</h3>
        {eventRange && (
          <p className="range-chip">
            {t('details.eventsInRange', {
              shown: events.length,
              total: details.events.length,
              start: formatPartialDate(eventRange.start, uiLanguage),
              end: formatPartialDate(eventRange.end, uiLanguage),
            })}
            <button type="button" className="small-button" onClick={() => setEventRange(null)}>
              {t('time.clearRange')}
            </button>
          </p>
        )}
        {events.length === 0 ? (
          <p className="muted">{t('details.noEvents')}</p>
        ) : (
          <ul className="event-list">
            {events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.date}>{formatDateSpan(event.date, event.endDate, uiLanguage)}</time>
                <button type="button" className="link-button" onClick={() => select({ kind: 'event', id: event.id })}>
                  {pickText(event.title, [uiLanguage])}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <CitationList citations={details.citations} />
    </article>
  );
}
