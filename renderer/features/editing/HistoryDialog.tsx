import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../i18n/format-date';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { useViewStore } from '../../state/view-store';
import { describeChange } from './describe-change';
import { useEditingStore } from './editing-store';

/** The change log as a list: what changed and when, newest first, with undone changes marked. */
export function HistoryDialog() {
  const { t } = useTranslation();
  const open = useEditingStore((s) => s.historyOpen);
  const history = useEditingStore((s) => s.history);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const setHistoryOpen = useEditingStore((s) => s.setHistoryOpen);
  const dialog = useModalDialog(open);
  const time = dateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <dialog ref={dialog} className="dialog" aria-label={t('editing.historyTitle')} onClose={() => setHistoryOpen(false)}>
      <h2>{t('editing.historyTitle')}</h2>
      {history && history.entries.length === 0 && <p className="muted">{t('editing.historyEmpty')}</p>}
      <ol className="edit-history">
        {history?.entries.map((entry) => (
          <li key={entry.id} data-state={entry.state}>
            <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time> {describeChange(t, entry)}
            {entry.state !== 'done' && <span className="muted"> · {t(`editing.state.${entry.state}`)}</span>}
          </li>
        ))}
      </ol>
      <div className="dialog__actions">
        <button type="button" onClick={() => setHistoryOpen(false)}>
          {t('editing.close')}
        </button>
      </div>
    </dialog>
  );
}
