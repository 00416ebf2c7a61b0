import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_MAX_BYTES } from '../../../api/contract';
import { message } from '../../../api/messages';
import { pickText } from '../../../domain/languages';
import { useUserMessages } from '../../i18n/user-messages';
import { useAtlasStore } from '../../state/atlas-store';
import { usePanelsStore } from '../../state/panels-store';
import { useViewStore } from '../../state/view-store';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { api } from '../../api/atlas-api';
import { datasetLabel } from './dataset-label';
import { DatasetList } from './DatasetList';
import { useDatasetsStore } from './datasets-store';

/** Where a chosen file goes: a dataset of its own (the default), or over the data open now. */
type ImportTarget = 'new' | 'replace';

const MEGABYTE = 1024 * 1024;

/** A file over the limit is refused before it is read or sent, in the same words the main process would use. */
function refuseTooLarge(file: File): void {
  const text = message('datasetTooLarge', { file: file.name, size: file.size / MEGABYTE, limit: DATASET_MAX_BYTES / MEGABYTE });
  useAtlasStore.setState({ importOutcome: { ok: false, error: { code: 'dataset_too_large', message: `The dataset file "${file.name}" is too large.`, texts: [text] } } });
}

/**
 * Loading another dataset bundle. The file is checked in the main process; a refused file
 * changes nothing and every problem is listed with the record and field it concerns.
 */
export function DatasetDialog() {
  const { t } = useTranslation();
  const say = useUserMessages();
  const fileInput = useRef<HTMLInputElement>(null);
  const open = usePanelsStore((s) => s.datasetDialogOpen);
  const dialog = useModalDialog(open);
  const outcome = useAtlasStore((s) => s.importOutcome);
  const dataset = useAtlasStore((s) => s.atlas?.dataset);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const activeEntry = useDatasetsStore((s) => s.datasets.find((d) => d.active));
  const { closeDatasetDialog } = usePanelsStore.getState();
  const { importDataset, clearImportOutcome } = useAtlasStore.getState();
  const [target, setTarget] = useState<ImportTarget>('new');

  useEffect(() => {
    if (!open) return;
    clearImportOutcome();
    useDatasetsStore.getState().clearOutcome();
    void useDatasetsStore.getState().loadDatasets();
  }, [open, clearImportOutcome]);

  /** A new dataset beside the others: nothing kept is replaced, so nothing needs asking. */
  const importAsNew = async (fileName: string, text: string) => {
    const result = await api.importAsNewDataset({ fileName, text, uiLanguage: useViewStore.getState().uiLanguage });
    if (!result.ok) {
      useAtlasStore.setState({ importOutcome: { ok: false, error: result.error } });
      return;
    }
    useAtlasStore.setState({ importOutcome: { ok: true, summary: result.value.summary, fileName } });
    await useDatasetsStore.getState().adopt(result.value.datasets);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > DATASET_MAX_BYTES) {
      refuseTooLarge(file);
      return;
    }
    useDatasetsStore.getState().clearOutcome();
    const text = await file.text();
    if (target === 'new') {
      await importAsNew(file.name, text);
      return;
    }
    // Another dataset starts from its own first view: nothing selected, nothing expanded.
    await importDataset(file.name, text, () => useViewStore.setState({ selection: null, expanded: null, focus: null }));
    void useDatasetsStore.getState().loadDatasets();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="dataset-dialog-title" onClose={closeDatasetDialog}>
      <h2 id="dataset-dialog-title">{t('dataset.title')}</h2>
      {dataset && (
        <p className="muted">
          {t('dataset.current', { title: activeEntry ? datasetLabel(activeEntry, uiLanguage) : pickText(dataset.title, [uiLanguage]), file: dataset.sourceName })}
        </p>
      )}
      <DatasetList />
      <h3>{t('datasets.openFile')}</h3>
      <p>{t('dataset.explanation')}</p>
      <fieldset className="dataset-target">
        <legend>{t('datasets.target')}</legend>
        <label>
          <input type="radio" name="dataset-target" checked={target === 'new'} onChange={() => setTarget('new')} /> {t('datasets.asNew')}
        </label>
        <label>
          <input type="radio" name="dataset-target" checked={target === 'replace'} onChange={() => setTarget('replace')} /> {t('datasets.replace')}
        </label>
      </fieldset>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(event) => void onFile(event)} data-testid="dataset-file" />
      <div className="dialog__actions">
        <button type="button" className="primary-button" onClick={() => fileInput.current?.click()}>
          {t('dataset.choose')}
        </button>
        <button type="button" onClick={closeDatasetDialog}>
          {t('dataset.close')}
        </button>
      </div>
      {outcome && !outcome.ok && (
        <div className="import-result import-result--refused" role="alert">
          <p>
            <strong>{say(outcome.error.texts, outcome.error.message)}</strong>
          </p>
          {outcome.error.problemCount !== undefined && outcome.error.problems && outcome.error.problemCount > outcome.error.problems.length && (
            <p>{t('notices.firstProblems', { shown: outcome.error.problems.length, total: outcome.error.problemCount })}</p>
          )}
          {outcome.error.problems && (
            <ul className="problems">
              {outcome.error.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.ok && (
        <div className="import-result import-result--loaded" role="status">
          <p>
            <strong>{t('dataset.loaded', { file: outcome.fileName })}</strong>{' '}
            {t('dataset.counts', {
              actors: outcome.summary.actors,
              relations: outcome.summary.relations,
              events: outcome.summary.events,
            })}
          </p>
          {outcome.summary.backupFile && <p className="muted">{t('dataset.backup', { file: outcome.summary.backupFile })}</p>}
          {outcome.summary.warnings.length > 0 && (
            <details>
              <summary>{t('dataset.warnings', { count: outcome.summary.warningCount })}</summary>
              <ul className="problems">
                {outcome.summary.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </dialog>
  );
}
