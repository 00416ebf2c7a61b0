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
      <p className="citation__title" data-data-text>{pickText(source.title, [uiLanguage])}</p>
      <p className="citation__meta">
        {/* Publisher and address are data, often in one language only (data-data-text, see tests/e2e/ui-language.spec.ts). */}
        {source.publisher && <span data-data-text>{source.publisher}</span>}
        {source.publisher && source.date ? ' · ' : ''}
        {source.date ? formatPartialDate(source.date, uiLanguage) : null}
        {badge}
      </p>
      {source.url ? (
        <p className="citation__url">
          <code data-data-text>{source.url}</code>
          <CopyButton text={source.url} />
        </p>
      ) : (
        <p className="citation__url muted">{t('sources.noAddress')}</p>
      )}
    </>
  );
}
