import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsDialog } from '../features/backups/BackupsDialog';
import { ComparePanel } from '../features/compare/ComparePanel';
import { useCompareStore } from '../features/compare/compare-store';
import { DatasetDialog } from '../features/dataset/DatasetDialog';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { MapView } from '../features/map/MapView';
import { SourcesDialog } from '../features/sources/SourcesDialog';
import { useBriefingStore } from '../features/briefing/briefing-store';
import { PresentationView } from '../features/present/PresentationView';
import { TimelineDivider } from '../features/time/TimelineDivider';
import { TimePanel } from '../features/time/TimePanel';
import { TableView } from '../features/table/TableView';
import { useTableStore } from '../features/table/table-store';
import { ViewSwitch } from '../features/table/ViewSwitch';
import { useAtlasStore } from '../state/atlas-store';
import { usePanelsStore } from '../state/panels-store';
import { useTimeStore } from '../state/time-store';
import { useViewStore } from '../state/view-store';
import { loadFontsFor, mapWordsInEveryLanguage } from './load-fonts';
import { rememberWorkingView } from './remember-working-view';
import { NoticeBanner } from './NoticeBanner';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const { t } = useTranslation();
  const atlas = useAtlasStore((s) => s.atlas);
  const loadError = useAtlasStore((s) => s.loadError);
  const hasSelection = useViewStore((s) => s.selection !== null);
  const presenting = useBriefingStore((s) => s.presentation !== null);
  const sidebarCollapsed = usePanelsStore((s) => s.sidebarCollapsed);
  const timelineOpen = useTimeStore((s) => s.timelineOpen);
  const compareOpen = useCompareStore((s) => s.open);
  const tableShown = useTableStore((s) => s.view === 'table');
  const [fontsReady, setFontsReady] = useState(false);
  useMenuCommands();

  useEffect(() => {
    void useAtlasStore.getState().loadAtlas();
  }, []);
  const [memory] = useState(rememberWorkingView);
  useEffect(() => () => memory.stop(), [memory]);

  useEffect(() => {
    if (!atlas || fontsReady) return;
    const labels = [
      ...atlas.actors.flatMap((a) => [...Object.values(a.name), ...Object.values(a.short ?? {})]),
      ...atlas.countries.flatMap((c) => Object.values(c.name)),
      mapWordsInEveryLanguage(),
    ];
    void loadFontsFor(labels).finally(() => setFontsReady(true));
  }, [atlas, fontsReady]);

  if (loadError) {
    return (
      <div className="fatal" role="alert">
        <h1>{t('app.loadFailed')}</h1>
        <p>{loadError.message}</p>
      </div>
    );
  }
  if (presenting && atlas && fontsReady) return <PresentationView />;
  return (
    <div className="app" data-ready={atlas && fontsReady ? 'true' : 'false'}>
      <TopBar />
      <NoticeBanner />
      <main className={['workspace', hasSelection && 'workspace--with-details', sidebarCollapsed && 'workspace--sidebar-collapsed'].filter(Boolean).join(' ')}>
        <Sidebar />
        <div className={compareOpen && atlas ? 'center center--with-compare' : 'center'}>
          {atlas && compareOpen && <ComparePanel />}
          {/* The table lies over the map, which stays laid out (and inert) so its camera and selection carry on. */}
          <div className="center__main">
            {atlas && fontsReady && <ViewSwitch />}
            <div className="center__map" inert={tableShown}>
              {atlas && fontsReady ? <MapView onCameraMoved={memory.cameraMoved} /> : <div className="map map--loading">{t('app.loading')}</div>}
            </div>
            {atlas && fontsReady && tableShown && <TableView />}
          </div>
          {atlas && timelineOpen && <TimelineDivider />}
          {atlas && <TimePanel />}
        </div>
        <DetailsPanel />
      </main>
      <DatasetDialog />
      <SourcesDialog />
      <BackupsDialog />
    </div>
  );
}
