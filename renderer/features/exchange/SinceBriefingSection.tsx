import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationResults } from '../../../api/contract';
import type { ApiError } from '../../../api/result';
import type { BriefingSummary } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import { dateTimeFormat } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { downloadBlob } from '../export/download';
import { fileSlug } from '../export/file-names';
import { currentMap } from '../map/map-instance';
import { ApiErrorMessage } from './ApiErrorMessage';
import { changelogCsv, changelogMarkdown, type ChangelogTexts } from './changelog';
import { ChangeList } from './ChangeList';
import { mapChangesOf } from './map-changes';
import { useChangeLabels } from './use-change-labels';

type Since = OperationResults['compareSinceBriefing'];

/**
 * What changed in the data since a briefing was last presented or exported (the app keeps the
 * data of that moment with the briefing): as a list, on the map, and as a changelog.
 */
export function SinceBriefingSection({ open }: { readonly open: boolean }) {
  const { t } = useTranslation();
  const labels = useChangeLabels();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const datasetTitle = useAtlasStore((s) => s.atlas?.dataset.title);
  // Asked again each time the dialog opens, so briefings made since are listed.
  const { value: briefings } = useApiQuery(open ? 'open' : 'closed', () => api.listBriefings({}));
  const [chosen, setChosen] = useState<BriefingSummary | null>(null);
  const [result, setResult] = useState<{ since: Since } | { error: ApiError } | null>(null);
  const [shown, setShown] = useState(false);

  const choose = async (briefingId: number) => {
    const briefing = briefings?.find((b) => b.id === briefingId) ?? null;
    setChosen(briefing);
    if (!briefing) return;
    const answer = await api.compareSinceBriefing({ briefingId });
    setResult(answer.ok ? { since: answer.value } : { error: answer.error });
  };
  const title = chosen ? pickText(chosen.title, [uiLanguage]) : '';
  const formatWhen = (iso: string) => dateTimeFormat(uiLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  const showOnMap = (since: Since, show: boolean) => {
    if (!since.comparison) return;
    currentMap()?.showChanges(show ? mapChangesOf(since.comparison, since.removedParents, uiLanguage) : null);
    setShown(show);
  };

  const save = (since: Since, format: 'markdown' | 'csv') => {
    if (!since.comparison || !since.mark) return;
    const texts: ChangelogTexts = {
      title: t('exchange.changelog.title', { dataset: pickText(datasetTitle, [uiLanguage]) }),
      intro: t(`changes.since.marked.${since.mark.kind}`, { briefing: title, when: formatWhen(since.mark.markedAt) }),
      columns: {
        list: t('exchange.changelog.columns.list'),
        change: t('exchange.changelog.columns.change'),
        id: t('exchange.changelog.columns.id'),
        record: t('exchange.changelog.columns.record'),
        field: t('exchange.changelog.columns.field'),
        before: t('exchange.changelog.columns.before'),
        after: t('exchange.changelog.columns.after'),
      },
    };
    const name = `changes-since-${fileSlug(title) || 'briefing'}`;
    if (format === 'markdown') downloadBlob(new Blob([changelogMarkdown(since.comparison, labels, texts)], { type: 'text/markdown;charset=utf-8' }), `${name}.md`);
    else downloadBlob(new Blob([changelogCsv(since.comparison, labels, texts)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };

  return (
    <section className="data-section" aria-labelledby="data-since-heading">
      <h3 id="data-since-heading">{t('changes.since.heading')}</h3>
      <p className="muted">{t('changes.since.explanation')}</p>
      <label className="data-section__field">
        {t('changes.since.briefing')}{' '}
        <select value={chosen?.id ?? ''} onChange={(event) => void choose(Number(event.target.value))}>
          <option value="" disabled>
            {t('changes.since.pick')}
          </option>
          {(briefings ?? []).map((briefing) => (
            <option key={briefing.id} value={briefing.id}>
              {pickText(briefing.title, [uiLanguage])}
            </option>
          ))}
        </select>
      </label>
      {result && 'error' in result && <ApiErrorMessage error={result.error} />}
      {result && 'since' in result && !result.since.mark && <p role="status">{t('changes.since.never', { briefing: title })}</p>}
      {result && 'since' in result && result.since.mark && result.since.comparison && (
        <div data-testid="since-briefing">
          <p role="status">{t(`changes.since.marked.${result.since.mark.kind}`, { briefing: title, when: formatWhen(result.since.mark.markedAt) })}</p>
          <ChangeList comparison={result.since.comparison} labels={labels} />
          {result.since.comparison.changes.length > 0 && (
            <div className="dialog__actions">
              <button type="button" aria-pressed={shown} onClick={() => showOnMap(result.since, !shown)}>
                {shown ? t('changes.since.clearMap') : t('changes.since.showMap')}
              </button>
              <button type="button" onClick={() => save(result.since, 'markdown')}>
                {t('exchange.compare.markdown')}
              </button>
              <button type="button" onClick={() => save(result.since, 'csv')}>
                {t('exchange.compare.csv')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
