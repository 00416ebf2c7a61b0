import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { usePanelsStore } from '../../state/panels-store';
import { useViewStore } from '../../state/view-store';
import { useModalDialog } from '../../ui/use-modal-dialog';
import './release-notes.css';

/**
 * "Data as of …": the release date of the dataset, which opens the release's changelog in the
 * UI language. Bundles that give no release (format v1) show nothing. On a laptop-width window the
 * button gives its room to the map and the File menu opens the same notes.
 */
export function ReleaseNotes() {
  const { t } = useTranslation();
  const release = useAtlasStore((s) => s.atlas?.dataset.release);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const open = usePanelsStore((s) => s.releaseNotesOpen);
  const setOpen = usePanelsStore((s) => s.setReleaseNotesOpen);
  const dialog = useModalDialog(open);
  if (!release) return null;
  const date = formatPartialDate(release.date, uiLanguage);

  return (
    <>
      <button type="button" className="release-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('release.asOf', { date })}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="release-dialog-title" onClose={() => setOpen(false)}>
        <h2 id="release-dialog-title">{t('release.title', { date })}</h2>
        <ul className="release-changes">
          {release.changes.map((change, i) => (
            <li key={i} data-data-text>
              {pickText(change, [uiLanguage])}
            </li>
          ))}
        </ul>
        <div className="dialog__actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t('release.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
