import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ok, type ApiError } from '../../../api/result';
import type { BackupInfo, RestoreSummary } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { useUserMessages } from '../../i18n/user-messages';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { useBriefingStore } from '../briefing/briefing-store';
import { useBackupsStore, type IntegrityCheck } from './backups-store';

type Outcome = { readonly restored: RestoreSummary } | { readonly error: ApiError };

const MEGABYTE = 1024 * 1024;

/** After a restore, everything on screen comes from the restored database. */
async function reloadEverything(): Promise<void> {
  useViewStore.setState({ selection: null, expanded: null, focus: null });
  await useAtlasStore.getState().loadAtlas();
  useBriefingStore.setState({ briefing: null });
  await useBriefingStore.getState().loadSummaries();
}

function ErrorText({ error }: { readonly error: ApiError }) {
  const say = useUserMessages();
  return (
    <div className="import-result import-result--refused" role="alert">
      <p>{say(error.texts, error.message)}</p>
    </div>
  );
}

function IntegrityResult({ check }: { readonly check: IntegrityCheck }) {
  const { t } = useTranslation();
  if (check === 'running') return <p role="status">{t('backups.checking')}</p>;
  if ('error' in check) return <ErrorText error={check.error} />;
  const { report } = check;
  const time = Date.parse(report.checkedAt);
  if (report.ok) {
    return (
      <p className="import-result import-result--loaded" role="status">
        {t('backups.checkOk', { time })}
      </p>
    );
  }
  return (
    <div className="import-result import-result--refused" role="alert">
      <p>{t('backups.checkFailed', { count: report.problems.length })}</p>
      <ul className="problems">
        {report.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The backups in the data folder, newest first, each restorable after a confirmation; and the
 * thorough integrity check on demand. Opened from the File menu or the top bar.
 */
export function BackupsDialog() {
  const { t } = useTranslation();
  const say = useUserMessages();
  const open = useBackupsStore((s) => s.open);
  const check = useBackupsStore((s) => s.check);
  const dialog = useModalDialog(open);
  const [listVersion, setListVersion] = useState(0);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { value: backups, error: listError } = useApiQuery(open ? `backups:${listVersion}` : 'closed', () =>
    open ? api.listBackups({}) : Promise.resolve(ok<readonly BackupInfo[]>([])),
  );

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    const result = await api.restoreBackup({ name: backup.name });
    setOutcome(result.ok ? { restored: result.value } : { error: result.error });
    setListVersion((version) => version + 1);
    if (result.ok) await reloadEverything();
  };
  const close = () => {
    setConfirming(null);
    setOutcome(null);
    useBackupsStore.getState().close();
  };

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby="backups-dialog-title" onClose={close}>
      <div className="dialog__header">
        <h2 id="backups-dialog-title">{t('backups.title')}</h2>
        <button type="button" onClick={close}>
          {t('backups.close')}
        </button>
      </div>
      <p className="muted">{t('backups.explanation')}</p>
      <div className="dialog__actions">
        <button type="button" onClick={() => void useBackupsStore.getState().checkDatabase()} disabled={check === 'running'}>
          {t('backups.check')}
        </button>
      </div>
      {check && <IntegrityResult check={check} />}
      {outcome && 'restored' in outcome && (
        <p className="import-result import-result--loaded" role="status">
          {t('backups.restored', { time: Date.parse(outcome.restored.restored.createdAt), file: outcome.restored.previousStateBackup })}
        </p>
      )}
      {outcome && 'error' in outcome && <ErrorText error={outcome.error} />}
      {listError && <p role="alert">{say(listError.texts, listError.message)}</p>}
      {confirming && (
        <div className="import-result" role="alertdialog" aria-label={t('backups.restore')}>
          <p>{t('backups.confirmRestore', { time: Date.parse(confirming.createdAt) })}</p>
          <div className="dialog__actions">
            <button type="button" className="primary-button" onClick={() => void restore(confirming)}>
              {t('backups.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('backups.cancel')}
            </button>
          </div>
        </div>
      )}
      {backups && backups.length === 0 && <p className="muted">{t('backups.empty')}</p>}
      {backups && backups.length > 0 && (
        <table className="backup-list">
          <thead>
            <tr>
              <th scope="col">{t('backups.taken')}</th>
              <th scope="col">{t('backups.why')}</th>
              <th scope="col">{t('backups.dataset')}</th>
              <th scope="col">{t('backups.briefings')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name} data-backup-name={backup.name}>
                <td>{t('backups.takenAt', { time: Date.parse(backup.createdAt) })}</td>
                <td>{t(`backups.kind.${backup.kind}`)}</td>
                <td>{backup.datasetName ? <span data-data-text>{backup.datasetName}</span> : t('backups.unreadable')}</td>
                <td>{backup.briefings ?? '—'}</td>
                <td>{t('backups.sizeValue', { size: backup.bytes / MEGABYTE })}</td>
                <td>
                  <button type="button" onClick={() => setConfirming(backup)} disabled={backup.datasetName === null}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </dialog>
  );
}
