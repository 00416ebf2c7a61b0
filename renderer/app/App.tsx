import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsDialog } from '../features/backups/BackupsDialog';
import { DatasetDialog } from '../features/dataset/DatasetDialog';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { MapView } from '../features/map/MapView';
import { SourcesDialog } from '../features/sources/SourcesDialog';
import { useBriefingStore } from '../features/briefing/briefing-store';
import { PresentationView } from '../features/present/PresentationView';
import { TimePanel } from '../features/time/TimePanel';
import { useAtlasStore } from '../state/atlas-store';
import { loadFontsFor } from './load-fonts';
import { NoticeBanner } from './NoticeBanner';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const { t } = useTranslation();
  const atlas = useAtlasStore((s) => s.atlas);
  const loadError = useAtlasStore((s) => s.loadError);
  const hasSelection = useAtlasStore((s) => s.selection !== null);
  const presenting = useBriefingStore((s) => s.presentation !== null);
  const [fontsReady, setFontsReady] = useState(false);
  useMenuCommands();

  useEffect(() => {
    void useAtlasStore.getState().loadAtlas();
  }, []);

  useEffect(() => {
    if (!atlas || fontsReady) return;
    const labels = atlas.actors.flatMap((a) => [...Object.values(a.name), ...Object.values(a.short ?? {})]);
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
      <main className={hasSelection ? 'workspace workspace--with-details' : 'workspace'}>
        <Sidebar />
        <div className="center">
          {atlas && fontsReady ? <MapView /> : <div className="map map--loading">{t('app.loading')}</div>}
          {!hasSelection && atlas && <p className="map-hint">{t('details.empty')}</p>}
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
