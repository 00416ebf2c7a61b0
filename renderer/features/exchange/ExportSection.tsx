import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../api/exchange-types';
import type { ApiError } from '../../../api/result';
import { UI_LANGUAGES, type UiLanguage } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useViewStore } from '../../state/view-store';
import { downloadBlob } from '../export/download';
import { ApiErrorMessage } from './ApiErrorMessage';
import { blobOf } from './file-content';

type Outcome = { readonly ok: true; readonly fileName: string } | { readonly ok: false; readonly error: ApiError };

/** The data as a bundle, a workbook or a graph file, with labels in the language chosen here. */
export function ExportSection() {
  const { t } = useTranslation();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  // Follows the UI language until the user picks another one here.
  const [chosenLanguage, setLanguage] = useState<UiLanguage | null>(null);
  const language = chosenLanguage ?? uiLanguage;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async (format: ExportFormat) => {
    setBusy(true);
    const result = await api.exportData({ format, language });
    setBusy(false);
    if (!result.ok) {
      setOutcome({ ok: false, error: result.error });
      return;
    }
    downloadBlob(blobOf(result.value), result.value.fileName);
    setOutcome({ ok: true, fileName: result.value.fileName });
  };

  return (
    <section className="data-section" aria-labelledby="data-export-heading">
      <h3 id="data-export-heading">{t('exchange.export.heading')}</h3>
      <p className="muted">{t('exchange.export.explanation')}</p>
      <label className="data-section__field">
        {t('exchange.export.language')}{' '}
        <select value={language} onChange={(event) => setLanguage(event.target.value as UiLanguage)}>
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`languageName.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="dialog__actions">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={busy} onClick={() => void save(format)}>
            {t(`exchange.export.${format}`)}
          </button>
        ))}
      </div>
      {outcome?.ok && (
        <p role="status" className="muted">
          {t('exchange.export.saved', { file: outcome.fileName })}
        </p>
      )}
      {outcome && !outcome.ok && <ApiErrorMessage error={outcome.error} />}
    </section>
  );
}
