import { useTranslation } from 'react-i18next';

/** Deleting the user's own work takes a second, deliberate click. */
export function ConfirmDelete({ question, onDelete, onCancel }: { readonly question: string; readonly onDelete: () => void; readonly onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="confirm" role="alert">
      {question}{' '}
      <button type="button" className="small-button" onClick={onDelete}>
        {t('briefing.delete')}
      </button>{' '}
      <button type="button" className="small-button" onClick={onCancel}>
        {t('briefing.cancel')}
      </button>
    </p>
  );
}
