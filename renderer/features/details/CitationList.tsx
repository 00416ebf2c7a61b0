import { useTranslation } from 'react-i18next';
import type { CitationView } from '../../../api/types';
import { SourceSummary } from './SourceSummary';

/**
 * The "Sources" section of a details view: the sources a record cites, each with the
 * confidence of the citation. Addresses are shown and can be copied, never opened: the app
 * stays offline, and the analyst decides where to look.
 */
export function CitationList({ citations }: { readonly citations: readonly CitationView[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h3>{t('sources.title')}</h3>
      {citations.length === 0 ? <p className="muted">{t('sources.none')}</p> : <CitationItems citations={citations} />}
    </section>
  );
}

export function CitationItems({ citations }: { readonly citations: readonly CitationView[] }) {
  const { t: tv } = useTranslation('vocabulary');
  return (
    <ol className="citations">
      {citations.map(({ source, confidence }) => (
        <li key={source.id} className="citation" data-source-id={source.id}>
          <SourceSummary
            source={source}
            badge={confidence && <span className={`confidence confidence--${confidence}`}>{tv(`confidence.${confidence}`)}</span>}
          />
        </li>
      ))}
    </ol>
  );
}
