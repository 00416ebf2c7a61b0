import { useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../i18n/format-date';
import { useBackupsStore } from '../features/backups/backups-store';
import { DataDialog } from '../features/exchange/DataDialog';
import { useAtlasStore } from '../state/atlas-store';
import { usePanelsStore } from '../state/panels-store';
import { useViewStore } from '../state/view-store';
import { closeDetailsOnEscape } from '../ui/close-on-escape';
import { useCloseOnOutsideClick } from '../ui/use-close-on-outside-click';
import '../features/exchange/exchange.css';

/**
 * The dataset's file-like actions behind one button, so the top bar keeps to one row on a
 * laptop: open another dataset, export/import/compare, backups, and (when the top bar has no
 * room for its button) the release notes. The desktop app also has them in its File menu.
 */
export function FileMenu() {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const dataDialogOpen = usePanelsStore((s) => s.dataDialogOpen);
  const release = useAtlasStore((s) => s.atlas?.dataset.release);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const { openDatasetDialog, openDataDialog, closeDataDialog, setReleaseNotesOpen } = usePanelsStore.getState();
  useCloseOnOutsideClick(menu);
  const choose = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  return (
    <>
      <details ref={menu} className="popover popover--down file-menu" onKeyDown={closeDetailsOnEscape}>
        <summary>{t('fileMenu.label')}</summary>
        <div className="popover__panel">
          <button type="button" onClick={choose(openDatasetDialog)}>
            {t('actions.openDataset')}
          </button>
          <button type="button" onClick={choose(openDataDialog)}>
            {t('exchange.open')}
          </button>
          <button type="button" onClick={choose(useBackupsStore.getState().openDialog)}>
            {t('backups.open')}
          </button>
          {release && (
            <button type="button" className="file-menu__release" onClick={choose(() => setReleaseNotesOpen(true))}>
              {t('release.asOf', { date: formatPartialDate(release.date, uiLanguage) })}…
            </button>
          )}
        </div>
      </details>
      {createPortal(<DataDialog open={dataDialogOpen} onClose={closeDataDialog} />, document.body)}
    </>
  );
}
