import { useTranslation } from 'react-i18next';
import { BriefingPanel } from '../features/briefing/BriefingPanel';
import { useBriefingStore } from '../features/briefing/briefing-store';
import { LegendFilters } from '../features/legend/LegendFilters';
import { usePanelsStore } from '../state/panels-store';
import { TabList } from '../ui/TabList';

/** The left column: the legend with its filters, or the briefing being prepared; it folds away to give the map the width. */
export function Sidebar() {
  const { t } = useTranslation();
  const briefingOpen = useBriefingStore((s) => s.panelOpen);
  const setPanelOpen = useBriefingStore((s) => s.setPanelOpen);
  const collapsed = usePanelsStore((s) => s.sidebarCollapsed);
  const setCollapsed = usePanelsStore((s) => s.setSidebarCollapsed);
  if (collapsed) {
    return (
      <aside className="sidebar sidebar--collapsed" aria-label={t('sidebar.label')}>
        <button type="button" className="sidebar__toggle" aria-expanded={false} title={t('sidebar.expand')} onClick={() => setCollapsed(false)}>
          <span aria-hidden="true">»</span>
          <span className="visually-hidden">{t('sidebar.expand')}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar__header">
        <TabList
          label={t('sidebar.label')}
          tabs={[
            { id: 'legend', label: t('sidebar.legend') },
            { id: 'briefing', label: t('sidebar.briefing') },
          ]}
          selected={briefingOpen ? 'briefing' : 'legend'}
          onSelect={(id) => setPanelOpen(id === 'briefing')}
        />
        <button type="button" className="sidebar__toggle" aria-expanded={true} title={t('sidebar.collapse')} onClick={() => setCollapsed(true)}>
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">{t('sidebar.collapse')}</span>
        </button>
      </div>
      <div className="sidebar__content" role="tabpanel" id="sidebar-panel">
        {briefingOpen ? <BriefingPanel /> : <LegendFilters />}
      </div>
    </aside>
  );
}
