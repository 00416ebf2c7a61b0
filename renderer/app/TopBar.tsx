import { useTranslation } from 'react-i18next';
import { pickText } from '../../domain/languages';
import { EditToolbar } from '../features/editing/EditToolbar';
import { ReleaseNotes } from '../features/dataset/ReleaseNotes';
import { datasetLabel } from '../features/dataset/dataset-label';
import { useDatasetsStore } from '../features/dataset/datasets-store';
import { CompareButton } from '../features/compare/CompareButton';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { SearchBox } from '../features/search/SearchBox';
import { useAtlasStore } from '../state/atlas-store';
import { useViewStore } from '../state/view-store';
import { usePanelsStore } from '../state/panels-store';
import { FileMenu } from './FileMenu';

export function TopBar() {
  const { t } = useTranslation();
  const title = useAtlasStore((s) => s.atlas?.dataset.title);
  const activeDataset = useDatasetsStore((s) => s.datasets.find((d) => d.active));
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  // The user's own name for the open dataset, as the dataset dialog shows it; else the bundle's title.
  const shownTitle = activeDataset ? datasetLabel(activeDataset, uiLanguage) : title && pickText(title, [uiLanguage]);
  const { openSourcesDialog } = usePanelsStore.getState();
  return (
    <header className="top-bar">
      <div className="top-bar__title">
        <h1>{t('app.name')}</h1>
        {shownTitle && <span className="top-bar__dataset">{shownTitle}</span>}
        <ReleaseNotes />
      </div>
      <SearchBox />
      <div className="top-bar__actions">
        <EditToolbar />
        <LanguageSwitch />
        <CompareButton />
        <button type="button" onClick={openSourcesDialog}>
          {t('actions.sources')}
        </button>
        <FileMenu />
        <ShortcutsDialog />
      </div>
    </header>
  );
}
