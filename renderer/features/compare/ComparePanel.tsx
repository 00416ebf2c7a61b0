import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/view-store';
import { TabList } from '../../ui/TabList';
import { formatPartialDate } from '../../i18n/format-date';
import { currentMap } from '../map/map-instance';
import { ConnectorList } from './ConnectorList';
import { useCompareStore, type CompareTab } from './compare-store';
import { FunctionTable } from './FunctionTable';
import { PathFinder } from './PathFinder';
import { SectorTable } from './SectorTable';
import './compare.css';

const TABS: readonly CompareTab[] = ['functions', 'sectors', 'paths', 'connectors'];

/**
 * The comparison view beside the map. What it lights up reaches the map through the map's
 * controller; a selection made on the map takes over from it (and is marked in the table).
 */
export function ComparePanel() {
  const { t } = useTranslation('compare');
  const tab = useCompareStore((s) => s.tab);
  const setTab = useCompareStore((s) => s.setTab);
  const setOpen = useCompareStore((s) => s.setOpen);
  const asOfDate = useViewStore((s) => s.asOfDate);
  const uiLanguage = useViewStore((s) => s.uiLanguage);

  useEffect(() => {
    currentMap()?.setHighlight(useCompareStore.getState().highlight);
    const offCompare = useCompareStore.subscribe((state, previous) => {
      if (state.highlight !== previous.highlight) currentMap()?.setHighlight(state.highlight);
    });
    const offView = useViewStore.subscribe((state, previous) => {
      if (state.selection && state.selection !== previous.selection) useCompareStore.getState().setHighlight(null);
    });
    return () => {
      offCompare();
      offView();
      currentMap()?.setHighlight(null);
    };
  }, []);

  return (
    <section className="compare-panel" aria-label={t('label')} data-testid="compare-panel">
      <header className="compare-panel__header">
        <h2>{t('open')}</h2>
        <span className="muted">{asOfDate ? t('asOf', { date: formatPartialDate(asOfDate, uiLanguage) }) : t('allDates')}</span>
        <button type="button" className="compare-panel__close" onClick={() => setOpen(false)} title={t('close')} aria-label={t('close')}>
          ×
        </button>
      </header>
      <TabList label={t('tabs.label')} tabs={TABS.map((id) => ({ id, label: t(`tabs.${id}`) }))} selected={tab} onSelect={(id) => setTab(id as CompareTab)} />
      <div className="compare-panel__content" role="tabpanel">
        {tab === 'functions' && <FunctionTable />}
        {tab === 'sectors' && <SectorTable />}
        {tab === 'paths' && <PathFinder />}
        {tab === 'connectors' && <ConnectorList />}
      </div>
    </section>
  );
}
