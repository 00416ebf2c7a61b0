import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetEntry, DeletedDatasetEntry } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { useUserMessages } from '../../i18n/user-messages';
import { useViewStore } from '../../state/view-store';
import { BriefingTitleDialog } from '../briefing/BriefingTitleDialog';
import { fromLocalized } from '../briefing/TextFields';
import { datasetLabel } from './dataset-label';
import { useDatasetsStore } from './datasets-store';

/**
 * The datasets kept side by side: each with its own briefings and notes. Opening another one
 * changes nothing in either; "Restore the shipped dataset" asks first only when it would
 * replace data the user loaded over the shipped dataset (which is backed up first). A dataset
 * the user added can be renamed (in both languages) and deleted: deleting asks first, says
 * that its briefings and notes go with it and that a backup is kept, and says where. A deleted
 * dataset is listed below, folded, until it is restored.
 */
export function DatasetList() {
  const { t } = useTranslation();
  const say = useUserMessages();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const datasets = useDatasetsStore((s) => s.datasets);
  const deleted = useDatasetsStore((s) => s.deleted);
  const outcome = useDatasetsStore((s) => s.outcome);
  const { switchTo, restoreShipped, rename, remove, restoreDeleted } = useDatasetsStore.getState();
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState<DatasetEntry | null>(null);
  const [deleting, setDeleting] = useState<DatasetEntry | null>(null);
  const shipped = datasets.find((d) => d.shipped);
  const titleOf = (title: Readonly<Record<string, string>>, fallback: string) => pickText(title, [uiLanguage]) || fallback;
  const labelOf = (dataset: DatasetEntry | DeletedDatasetEntry) => datasetLabel(dataset, uiLanguage);
  const activeLabel = () => {
    const active = useDatasetsStore.getState().datasets.find((d) => d.active);
    return active ? labelOf(active) : '';
  };

  const confirmDelete = (dataset: DatasetEntry) => {
    setDeleting(null);
    void remove(dataset.id);
  };

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
                {labelOf(dataset)}
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
                )}{' '}
                <button type="button" className="small-button" aria-label={t('datasets.renameNamed', { name: labelOf(dataset) })} onClick={() => setRenaming(dataset)}>
                  {t('datasets.rename')}
                </button>
                {!dataset.shipped && (
                  <>
                    {' '}
                    <button type="button" className="small-button" aria-label={t('datasets.deleteNamed', { name: labelOf(dataset) })} onClick={() => setDeleting(dataset)}>
                      {t('datasets.delete')}
                    </button>
                  </>
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
      {deleted.length > 0 && (
        <details className="dataset-list__deleted">
          <summary>{t('datasets.deletedHeading', { count: deleted.length })}</summary>
          <p className="muted">{t('datasets.deletedExplanation')}</p>
          <ul>
            {deleted.map((dataset) => (
              <li key={dataset.id} data-deleted-dataset-id={dataset.id}>
                {labelOf(dataset)} · <span data-data-text>{dataset.sourceName}</span> · {t('datasets.deletedBriefings', { count: dataset.briefings })}{' '}
                <button type="button" className="small-button" aria-label={t('datasets.undeleteNamed', { name: labelOf(dataset) })} onClick={() => void restoreDeleted(dataset.id)}>
                  {t('datasets.undelete')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
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
      {deleting && (
        <div role="alertdialog" aria-labelledby="delete-dataset-question" className="confirm">
          <p id="delete-dataset-question">
            {t('datasets.deleteQuestion', { name: labelOf(deleting), count: deleting.briefings })}
            {deleting.active && ` ${t('datasets.deleteOpenNote')}`}
          </p>
          <div className="dialog__actions">
            <button type="button" className="primary-button" onClick={() => confirmDelete(deleting)}>
              {t('datasets.deleteConfirm')}
            </button>
            <button type="button" onClick={() => setDeleting(null)}>
              {t('datasets.cancel')}
            </button>
          </div>
        </div>
      )}
      {renaming && (
        <BriefingTitleDialog
          heading={t('datasets.renameHeading', { name: labelOf(renaming) })}
          label={t('datasets.nameLabel')}
          initial={fromLocalized(Object.keys(renaming.name).length > 0 ? renaming.name : renaming.title)}
          onSave={(name) => void rename(renaming.id, name)}
          onClose={() => setRenaming(null)}
        />
      )}
      {outcome && outcome.kind === 'deleted' && (
        <p role="status" className="import-result import-result--loaded">
          {t('datasets.outcome.deleted', { name: labelOf(outcome.dataset), file: outcome.backupFile })}
          {outcome.switched && ` ${t('datasets.outcome.deletedSwitched', { title: activeLabel() })}`}
        </p>
      )}
      {outcome && outcome.kind === 'error' && (
        <p role="alert" className="import-result import-result--refused">
          {say(outcome.error.texts, outcome.error.message)}
        </p>
      )}
      {outcome && outcome.kind === 'undeleted' && (
        <p role="status" className="import-result import-result--loaded">
          {t('datasets.outcome.undeleted', { name: labelOf(outcome.dataset) })}
        </p>
      )}
      {outcome && outcome.kind !== 'error' && outcome.kind !== 'deleted' && outcome.kind !== 'undeleted' && (
        <p role="status" className="import-result import-result--loaded">
          {t(`datasets.outcome.${outcome.kind}`, { title: titleOf(outcome.title, '') })}
        </p>
      )}
    </section>
  );
}
