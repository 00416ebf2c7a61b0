import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { TabList } from '../../ui/TabList';
import { focusDetailsWhenShown } from '../details/focus-details';
import { revealActor, revealRelation } from '../map/map-commands';
import { currentMap } from '../map/map-instance';
import { DataTable } from './DataTable';
import { actorRows, eventRows, filterRows, relationRows, type TableRow, type TableTexts } from './table-rows';
import { useTableStore, type TableTab } from './table-store';
import './table.css';

const TABS: readonly TableTab[] = ['actors', 'relations', 'events'];
type Column = 'name' | 'short' | 'type' | 'country' | 'from' | 'to' | 'source' | 'linkType' | 'target' | 'date' | 'title' | 'category' | 'actors';
const COLUMNS: Record<TableTab, readonly Column[]> = {
  actors: ['name', 'short', 'type', 'country', 'from', 'to'],
  relations: ['source', 'linkType', 'target', 'from', 'to'],
  events: ['date', 'title', 'category', 'actors'],
};

/** Selects the record (the map follows the same selection) and sends focus to its details. */
function openRow(row: TableRow): void {
  if (row.kind === 'actor') revealActor(currentMap(), row.id);
  else if (row.kind === 'relation') revealRelation(currentMap(), row.id);
  else useViewStore.getState().select({ kind: row.kind, id: row.id });
  focusDetailsWhenShown();
}

/**
 * The accessible twin of the map: organizations, connections and events as tables that follow
 * the map's filters, as-of date and label language. A row opens its details; "Show on map"
 * returns to the map with the record selected and in view.
 */
export function TableView() {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const atlas = useAtlasStore((s) => s.atlas);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const labelLanguage = useViewStore((s) => s.labelLanguage);
  const hiddenGroups = useViewStore((s) => s.hiddenGroups);
  const hiddenActorTypes = useViewStore((s) => s.hiddenActorTypes);
  const hiddenLinkTypes = useViewStore((s) => s.hiddenLinkTypes);
  const asOfDate = useViewStore((s) => s.asOfDate);
  const tab = useTableStore((s) => s.tab);
  const { setTab, setView } = useTableStore.getState();
  const [filter, setFilter] = useState('');

  const rows = useMemo(() => {
    if (!atlas) return [];
    const texts: TableTexts = {
      uiLanguage,
      labelLanguage,
      actorType: (type) => tv(`actorType.${type}`),
      linkType: (type) => tv(`linkType.${type}`),
      eventCategory: (category) => tv(`eventCategory.${category}`),
      noCountry: () => tv('framework'),
      date: (date) => formatPartialDate(date, uiLanguage),
    };
    const filters = { hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate };
    const build = { actors: actorRows, relations: relationRows, events: eventRows }[tab];
    return build(atlas, filters, texts);
  }, [atlas, tab, uiLanguage, labelLanguage, hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate, tv]);
  const shown = filterRows(rows, filter);

  const showOnMap = (row: TableRow) => {
    setView('map');
    if (row.kind === 'actor') revealActor(currentMap(), row.id);
    else if (row.kind === 'relation') revealRelation(currentMap(), row.id);
    else useViewStore.getState().select({ kind: row.kind, id: row.id });
  };

  return (
    <section className="table-view" aria-labelledby="table-view-title" data-testid="table-view">
      <h2 id="table-view-title" className="visually-hidden">
        {t('table.title')}
      </h2>
      <div className="table-view__bar">
        <TabList label={t('table.which')} tabs={TABS.map((id) => ({ id, label: t(`table.tab.${id}`) }))} selected={tab} onSelect={(id) => setTab(id as TableTab)} />
        <input
          type="search"
          className="search__input table-view__filter"
          aria-label={t('table.filter')}
          placeholder={t('table.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <p className="table-view__count" role="status">
          {t('table.count', { shown: shown.length, count: rows.length })}
        </p>
      </div>
      {/* A scrolling region is focusable so keyboard users can scroll it. */}
      <div className="table-view__scroll" role="tabpanel" tabIndex={0} aria-label={t(`table.tab.${tab}`)}>
        <DataTable
          key={tab}
          caption={t(`table.caption.${tab}`)}
          columns={COLUMNS[tab].map((column) => t(`table.column.${column}`))}
          rows={shown}
          onOpen={openRow}
          onShowOnMap={showOnMap}
        />
      </div>
    </section>
  );
}
