import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleComparison } from '../../../api/exchange-types';
import type { ApiError } from '../../../api/result';
import { pickText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { downloadBlob } from '../export/download';
import { fileSlug } from '../export/file-names';
import { ApiErrorMessage } from './ApiErrorMessage';
import { useChangeLabels } from './use-change-labels';
import { changelogCsv, changelogMarkdown, type ChangelogTexts } from './changelog';
import { ChangeList } from './ChangeList';

type Direction = 'sinceFile' | 'towardsFile';

interface Chosen {
  readonly fileName: string;
  readonly text: string;
}

/** Another bundle against the current data: the differences as a list, and as a changelog to hand out. */
export function CompareSection() {
  const { t } = useTranslation();
  const labels = useChangeLabels();
  const fileInput = useRef<HTMLInputElement>(null);
  const datasetTitle = useAtlasStore((s) => s.atlas?.dataset.title);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const [direction, setDirection] = useState<Direction>('sinceFile');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [result, setResult] = useState<{ comparison: BundleComparison } | { error: ApiError } | null>(null);

  const compare = async (file: Chosen, towards: Direction) => {
    const answer = await api.compareWithBundle({ ...file, direction: towards });
    setResult(answer.ok ? { comparison: answer.value } : { error: answer.error });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const next = { fileName: file.name, text: await file.text() };
    setChosen(next);
    await compare(next, direction);
  };

  const changeDirection = (next: Direction) => {
    setDirection(next);
    if (chosen) void compare(chosen, next);
  };

  const save = (comparison: BundleComparison, format: 'markdown' | 'csv') => {
    if (!chosen) return;
    const texts: ChangelogTexts = {
      title: t('exchange.changelog.title', { dataset: pickText(datasetTitle, [uiLanguage]) }),
      intro: t(`exchange.changelog.${direction}`, { file: chosen.fileName }),
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
    const name = `changes-${fileSlug(chosen.fileName.replace(/\.json$/i, ''))}`;
    if (format === 'markdown') downloadBlob(new Blob([changelogMarkdown(comparison, labels, texts)], { type: 'text/markdown;charset=utf-8' }), `${name}.md`);
    else downloadBlob(new Blob([changelogCsv(comparison, labels, texts)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };

  return (
    <section className="data-section" aria-labelledby="data-compare-heading">
      <h3 id="data-compare-heading">{t('exchange.compare.heading')}</h3>
      <p className="muted">{t('exchange.compare.explanation')}</p>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(event) => void choose(event)} data-testid="compare-file" />
      <div className="dialog__actions">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('exchange.compare.choose')}
        </button>
        <label className="data-section__field">
          {t('exchange.compare.direction')}{' '}
          <select value={direction} onChange={(event) => changeDirection(event.target.value as Direction)}>
            <option value="sinceFile">{t('exchange.compare.sinceFile')}</option>
            <option value="towardsFile">{t('exchange.compare.towardsFile')}</option>
          </select>
        </label>
      </div>
      {result && 'error' in result && <ApiErrorMessage error={result.error} />}
      {result && 'comparison' in result && chosen && (
        <div data-testid="comparison">
          <p className="muted">{t('exchange.compare.compared', { file: chosen.fileName })}</p>
          <ChangeList comparison={result.comparison} labels={labels} />
          {result.comparison.changes.length > 0 && (
            <div className="dialog__actions">
              <button type="button" onClick={() => save(result.comparison, 'markdown')}>
                {t('exchange.compare.markdown')}
              </button>
              <button type="button" onClick={() => save(result.comparison, 'csv')}>
                {t('exchange.compare.csv')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
