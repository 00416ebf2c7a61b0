import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { useUserMessages } from '../../i18n/user-messages';
import { useViewStore } from '../../state/view-store';
import { useDatasetsStore } from './datasets-store';

/**
 * The datasets kept side by side: each with its own briefings and notes. Opening another one
 * changes nothing in either; "Restore the shipped dataset" asks first only when it would
 * replace data the user loaded over the shipped dataset (which is backed up first).
 */
export function DatasetList() {
  const { t } = useTranslation();
  const say = useUserMessages();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const datasets = useDatasetsStore((s) => s.datasets);
  const outcome = useDatasetsStore((s) => s.outcome);
  const { switchTo, restoreShipped } = useDatasetsStore.getState();
  const [confirming, setConfirming] = useState(false);
  const shipped = datasets.find((d) => d.shipped);
  const titleOf = (title: Readonly<Record<string, string>>, fallback: string) => pickText(title, [uiLanguage]) || fallback;

  const restore = () => {
    setConfirming(false);
    void restoreShipped();
  };

  return (
    <section className="dataset-list" aria-labelledby="dataset-list-heading">
      <h3 id="dataset-list-heading">{t('datasets.heading')}</h3>
      <table className="dataset-list__table">
        <thead>
          <tr>
            <th scope="col">{t('datasets.columns.title')}</th>
            <th scope="col">{t('datasets.columns.file')}</th>
            <th scope="col">{t('datasets.columns.briefings')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('datasets.columns.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset.id} aria-current={dataset.active ? 'true' : undefined} data-dataset-id={dataset.id}>
              <th scope="row">
                {titleOf(dataset.title, dataset.id)}
                {dataset.shipped && <span className="muted"> {t('datasets.shippedMark')}</span>}
              </th>
              {/* A file name is data, whatever the UI language (see tests/e2e/ui-language.spec.ts). */}
              <td data-data-text>{dataset.sourceName}</td>
              <td>{dataset.briefings}</td>
              <td>
                {dataset.active ? (
                  <strong>{t('datasets.openNow')}</strong>
                ) : (
                  <button type="button" className="small-button" onClick={() => void switchTo(dataset.id)}>
                    {t('datasets.open')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" onClick={() => (shipped?.origin === 'file' ? setConfirming(true) : restore())}>
          {t('datasets.restoreShipped')}
        </button>
      </div>
      {confirming && shipped && (
        <div role="alertdialog" aria-labelledby="restore-shipped-question" className="confirm">
          <p id="restore-shipped-question">{t('datasets.restoreQuestion', { file: shipped.sourceName })}</p>
          <div className="dialog__actions">
            <button type="button" className="primary-button" onClick={restore}>
              {t('datasets.restoreConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('datasets.cancel')}
            </button>
          </div>
        </div>
      )}
      {outcome && outcome.kind === 'error' && (
        <p role="alert" className="import-result import-result--refused">
          {say(outcome.error.texts, outcome.error.message)}
        </p>
      )}
      {outcome && outcome.kind !== 'error' && (
        <p role="status" className="import-result import-result--loaded">
          {t(`datasets.outcome.${outcome.kind}`, { title: titleOf(outcome.title, '') })}
        </p>
      )}
    </section>
  );
}
