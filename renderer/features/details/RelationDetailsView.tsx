import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import { useViewStore } from '../../state/view-store';
import { LineSwatch } from '../legend/swatches';
import { LINK_STYLES } from '../map/visual-encoding';
import { ActorLink } from './ActorLink';
import { CitationList } from './CitationList';
import { MyNote } from './MyNote';
import { NoteBox } from './NoteBox';
import { formatPeriod } from './period';

/** The evidence for one edge of the map. */
export function RelationDetailsView({ relationId }: { readonly relationId: string }) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const { value: details, error } = useApiQuery(relationId, () => api.getRelationDetails({ relationId }));
  if (error) return <p className="error">{error.message}</p>;
  if (!details) return <p className="muted">{t('details.loading')}</p>;
  const { relation } = details;
  const period = formatPeriod(t, uiLanguage, relation.from, relation.to);
  return (
    <article className="details__body" data-testid="relation-details" data-relation-id={relation.id}>
      <p className="eyebrow">
        <LineSwatch link={LINK_STYLES[relation.type]} />
        {t('details.relation')}
      </p>
      <h2 className="details__title relation-title">
        <ActorLink actorId={relation.source} /> <span className="relation-title__type">{tv(`linkType.${relation.type}`)}</span>{' '}
        <ActorLink actorId={relation.target} />
      </h2>
      <p className="description">{pickText(details.description, [uiLanguage])}</p>
      <NoteBox note={details.note} />
      <MyNote key={relationId} kind="relation" recordId={relationId} />
      {period && (
        <dl className="facts">
          <dt>{t('details.period')}</dt>
          <dd>{period}</dd>
        </dl>
      )}
      <CitationList citations={details.citations} />
    </article>
  );
}
