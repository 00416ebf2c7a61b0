import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsDialog } from '../features/backups/BackupsDialog';
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
import { loadFontsForEveryLanguage, loadMapFonts, mapFontsLoaded } from '../i18n/load-fonts';
import { rememberWorkingView } from './remember-working-view';
import { NoticeBanner } from './NoticeBanner';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useMenuCommands } from './use-menu-commands';
import { useDatasetsStore } from '../features/dataset/datasets-store';

// The comparison and its graph library load when it is first opened, not with the app.
const ComparePanel = lazy(() => import('../features/compare/ComparePanel').then((module) => ({ default: module.ComparePanel })));

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
  // When the label language's files are in before the first render (English: the Latin files
  // asked for at start), the map is drawn in that render rather than in a second one.
  const [fontsReady, setFontsReady] = useState(() => atlas !== null && mapFontsLoaded(atlas, useViewStore.getState().labelLanguage));
  // The timeline is built once the first map is at rest: built beside it, its second of work came first.
  const [mapAtRest, setMapAtRest] = useState(false);
  const markMapAtRest = useCallback(() => setMapAtRest(true), []);
  useMenuCommands();

  const [memory] = useState(rememberWorkingView);
  useEffect(() => () => memory.stop(), [memory]);

  // The list of datasets names the open one in the top bar; read once the first map is at rest.
  useEffect(() => {
    if (mapAtRest) void useDatasetsStore.getState().loadDatasets();
  }, [mapAtRest]);

  // Again with every new atlas: an edit can bring characters the loaded files lack.
  useEffect(() => {
    if (!atlas) return;
    void loadMapFonts(atlas, useViewStore.getState().labelLanguage).finally(() => setFontsReady(true));
  }, [atlas]);

  // After the effect above, so that it follows each new atlas's first language too.
  useEffect(() => {
    if (atlas && mapAtRest) loadFontsForEveryLanguage();
  }, [atlas, mapAtRest]);

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
          {atlas && compareOpen && (
            <Suspense fallback={null}>
              <ComparePanel />
            </Suspense>
          )}
          {/* The table lies over the map, which stays laid out (and inert) so its camera and selection carry on. */}
          <div className="center__main">
            {atlas && fontsReady && <ViewSwitch />}
            <div className="center__map" inert={tableShown}>
              {atlas && fontsReady ? <MapView onCameraMoved={memory.cameraMoved} onFirstRest={markMapAtRest} /> : <div className="map map--loading">{t('app.loading')}</div>}
            </div>
            {atlas && fontsReady && tableShown && <TableView />}
          </div>
          {atlas && timelineOpen && <TimelineDivider />}
          {atlas && <TimePanel timelineMayLoad={mapAtRest} />}
        </div>
        <DetailsPanel />
      </main>
      <DatasetDialog />
      <SourcesDialog />
      <BackupsDialog />
    </div>
  );
}
