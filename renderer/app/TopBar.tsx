import { useTranslation } from 'react-i18next';
import { pickText } from '../../domain/languages';
import { BackupsButton } from '../features/backups/BackupsButton';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { SearchBox } from '../features/search/SearchBox';
import { useAtlasStore } from '../state/atlas-store';

export function TopBar() {
  const { t } = useTranslation();
  const title = useAtlasStore((s) => s.atlas?.dataset.title);
  const uiLanguage = useAtlasStore((s) => s.uiLanguage);
  const { openDatasetDialog, openSourcesDialog, resetLayout } = useAtlasStore.getState();
  return (
    <header className="top-bar">
      <div className="top-bar__title">
        <h1>{t('app.name')}</h1>
        {title && <span className="top-bar__dataset">{pickText(title, [uiLanguage])}</span>}
      </div>
      <SearchBox />
      <div className="top-bar__actions">
        <LanguageSwitch />
        <button type="button" onClick={openSourcesDialog}>
          {t('actions.sources')}
        </button>
        <button type="button" onClick={() => void resetLayout()}>
          {t('actions.resetLayout')}
        </button>
        <button type="button" onClick={openDatasetDialog}>
          {t('actions.openDataset')}
        </button>
        <BackupsButton />
      </div>
    </header>
  );
}
