import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Deleting the user's own work takes a second, deliberate click; Escape cancels. */
export function ConfirmDelete({ question, onDelete, onCancel }: { readonly question: string; readonly onDelete: () => void; readonly onCancel: () => void }) {
  const { t } = useTranslation();
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here, so the same Escape does not also close the details panel.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <p className="confirm" role="alert" onKeyDown={cancelOnEscape}>
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
