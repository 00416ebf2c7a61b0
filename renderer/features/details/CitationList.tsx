import { useTranslation } from 'react-i18next';
import type { CitationView } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { CopyButton } from './CopyButton';

/**
 * The sources a record cites. Addresses are shown and can be copied, never opened: the app
 * stays offline, and the analyst decides where to look them up.
 */
export function CitationList({ citations }: { readonly citations: readonly CitationView[] }) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const uiLanguage = useAtlasStore((s) => s.uiLanguage);
  if (citations.length === 0) return <p className="muted">{t('sources.none')}</p>;
  return (
    <ol className="citations">
      {citations.map(({ source, confidence }) => (
        <li key={source.id} className="citation" data-source-id={source.id}>
          <p className="citation__title">{pickText(source.title, [uiLanguage])}</p>
          <p className="citation__meta">
            {[source.publisher, source.date ? formatPartialDate(source.date, uiLanguage) : null].filter(Boolean).join(' · ')}
            {confidence && <span className={`confidence confidence--${confidence}`}>{tv(`confidence.${confidence}`)}</span>}
          </p>
          {source.url ? (
            <p className="citation__url">
              <code>{source.url}</code>
              <CopyButton text={source.url} />
            </p>
          ) : (
            <p className="citation__url muted">{t('sources.noAddress')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
