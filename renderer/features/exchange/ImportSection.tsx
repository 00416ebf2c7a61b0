import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../api/exchange-types';
import type { ApiError } from '../../../api/result';
import type { ImportSummary } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { ApiErrorMessage } from './ApiErrorMessage';
import { useChangeLabels } from './use-change-labels';
import { ChangeList } from './ChangeList';
import { readAsBase64 } from './file-content';

interface Chosen {
  readonly fileName: string;
  readonly content: string;
}

type State =
  | { readonly step: 'idle' }
  | { readonly step: 'preview'; readonly file: Chosen; readonly preview: ImportPreview }
  | { readonly step: 'imported'; readonly fileName: string; readonly summary: ImportSummary }
  | { readonly step: 'refused'; readonly error: ApiError };

/** A spreadsheet in: first what it would add, change and remove, then the import once confirmed. */
export function ImportSection() {
  const { t } = useTranslation();
  const labels = useChangeLabels();
  const fileInput = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setBusy(true);
    const file = { fileName: chosen.name, content: await readAsBase64(chosen) };
    const result = await api.previewDataImport(file);
    setBusy(false);
    setState(result.ok ? { step: 'preview', file, preview: result.value } : { step: 'refused', error: result.error });
  };

  const confirm = async (file: Chosen) => {
    setBusy(true);
    const result = await api.importData(file);
    setBusy(false);
    if (!result.ok) {
      setState({ step: 'refused', error: result.error });
      return;
    }
    setState({ step: 'imported', fileName: file.fileName, summary: result.value });
    useViewStore.getState().select(null);
    await useAtlasStore.getState().loadAtlas();
  };

  const preview = state.step === 'preview' ? state.preview : null;
  const importable = preview !== null && preview.problems.length === 0 && (preview.comparison?.changes.length ?? 0) > 0;

  return (
    <section className="data-section" aria-labelledby="data-import-heading">
      <h3 id="data-import-heading">{t('exchange.import.heading')}</h3>
      <p className="muted">{t('exchange.import.explanation')}</p>
      <input ref={fileInput} type="file" accept=".xlsx,.csv,.txt,.json" hidden onChange={(event) => void choose(event)} data-testid="import-file" />
      <div className="dialog__actions">
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('exchange.import.choose')}
        </button>
      </div>
      {busy && <p className="muted">{t('exchange.busy')}</p>}
      {state.step === 'refused' && <ApiErrorMessage error={state.error} />}
      {state.step === 'imported' && (
        <div className="import-result import-result--loaded" role="status">
          <p>
            <strong>
              {t('exchange.import.done', {
                file: state.fileName,
                actors: state.summary.actors,
                relations: state.summary.relations,
                events: state.summary.events,
              })}
            </strong>
          </p>
          {state.summary.backupFile && <p className="muted">{t('exchange.import.backup', { file: state.summary.backupFile })}</p>}
        </div>
      )}
      {state.step === 'preview' && preview && (
        <div className="data-preview" data-testid="import-preview">
          <p className="muted">
            {preview.encoding && `${t('exchange.import.encoding', { encoding: preview.encoding })} `}
            {preview.listsRead.length > 0 && t('exchange.import.listsRead', { sheets: preview.listsRead.join(', ') })}
          </p>
          {preview.sheetsIgnored.length > 0 && <p className="muted">{t('exchange.import.sheetsIgnored', { sheets: preview.sheetsIgnored.join(', ') })}</p>}
          {preview.problems.length > 0 && (
            <ApiErrorMessage error={{ code: 'invalid_dataset', message: t('exchange.import.problems', { count: preview.problems.length }), problems: preview.problems }} />
          )}
          {preview.warnings.length > 0 && (
            <details>
              <summary>{t('exchange.import.warnings', { count: preview.warnings.length })}</summary>
              <ul className="problems">
                {preview.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
          {preview.comparison && <ChangeList comparison={preview.comparison} labels={labels} />}
          {preview.problems.length === 0 && preview.comparison?.changes.length === 0 && <p>{t('exchange.import.noChanges')}</p>}
          <div className="dialog__actions">
            <button type="button" className="primary-button" disabled={busy || !importable} onClick={() => void confirm(state.file)}>
              {t('exchange.import.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setState({ step: 'idle' })}>
              {t('exchange.import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
