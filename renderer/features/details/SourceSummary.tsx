import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceView } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { formatPartialDate } from '../../i18n/format-date';
import { useViewStore } from '../../state/view-store';
import { CopyButton } from './CopyButton';

/**
 * A source as the app shows it everywhere: title, publisher and date, and its address shown
 * and copyable but never opened. `badge` goes after the date (e.g. the citation's confidence).
 */
export function SourceSummary({ source, badge }: { readonly source: SourceView; readonly badge?: ReactNode }) {
  const { t } = useTranslation();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  return (
    <>
      <p className="citation__title">{pickText(source.title, [uiLanguage])}</p>
      <p className="citation__meta">
        {[source.publisher, source.date ? formatPartialDate(source.date, uiLanguage) : null].filter(Boolean).join(' · ')}
        {badge}
      </p>
      {source.url ? (
        <p className="citation__url">
          <code>{source.url}</code>
          <CopyButton text={source.url} />
        </p>
      ) : (
        <p className="citation__url muted">{t('sources.noAddress')}</p>
      )}
    </>
  );
}
