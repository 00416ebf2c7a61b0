import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { CompareSection } from './CompareSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SinceBriefingSection } from './SinceBriefingSection';

/** Exchanging the data with other tools: export, import from spreadsheets with a preview, compare with another bundle. */
export function DataDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="dialog dialog--wide data-dialog" aria-labelledby="data-dialog-title" onClose={onClose}>
      <div className="dialog__header">
        <h2 id="data-dialog-title">{t('exchange.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('exchange.close')}
        </button>
      </div>
      <ExportSection />
      <ImportSection />
      <CompareSection />
      <SinceBriefingSection open={open} />
    </dialog>
  );
}
