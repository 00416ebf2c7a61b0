import { useTranslation } from 'react-i18next';
import { BriefingPanel } from '../features/briefing/BriefingPanel';
import { useBriefingStore } from '../features/briefing/briefing-store';
import { LegendFilters } from '../features/legend/LegendFilters';

/** The left column: the legend with its filters, or the briefing being prepared. */
export function Sidebar() {
  const { t } = useTranslation();
  const briefingOpen = useBriefingStore((s) => s.panelOpen);
  const setPanelOpen = useBriefingStore((s) => s.setPanelOpen);
  return (
    <aside className="sidebar">
      <div className="sidebar__tabs" role="tablist" aria-label={t('sidebar.label')}>
        <button type="button" role="tab" aria-selected={!briefingOpen} onClick={() => setPanelOpen(false)}>
          {t('sidebar.legend')}
        </button>
        <button type="button" role="tab" aria-selected={briefingOpen} onClick={() => setPanelOpen(true)}>
          {t('sidebar.briefing')}
        </button>
      </div>
      <div className="sidebar__content" role="tabpanel">
        {briefingOpen ? <BriefingPanel /> : <LegendFilters />}
      </div>
    </aside>
  );
}
