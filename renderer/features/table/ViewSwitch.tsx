import { useTranslation } from 'react-i18next';
import { TabList } from '../../ui/TabList';
import { useTableStore, type CenterView } from './table-store';

/** Map or table: the same view of the alliance drawn as a network or listed as tables. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useTableStore((s) => s.view);
  const setView = useTableStore((s) => s.setView);
  return (
    <div className="view-switch">
      <TabList
        label={t('table.viewSwitch')}
        tabs={[
          { id: 'map', label: t('table.mapView') },
          { id: 'table', label: t('table.tableView') },
        ]}
        selected={view}
        onSelect={(id) => setView(id as CenterView)}
      />
    </div>
  );
}
