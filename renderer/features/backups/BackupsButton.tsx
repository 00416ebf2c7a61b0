import { useTranslation } from 'react-i18next';
import { useBackupsStore } from './backups-store';

/** Opens the backups dialog; the desktop app also has it in its File menu. */
export function BackupsButton() {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={useBackupsStore.getState().openDialog}>
      {t('backups.open')}
    </button>
  );
}
