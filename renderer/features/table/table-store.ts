import { create } from 'zustand';

export type CenterView = 'map' | 'table';
export type TableTab = 'actors' | 'relations' | 'events';

/** Whether the centre shows the map or its accessible twin, the tables, and which table. */
interface TableState {
  readonly view: CenterView;
  readonly tab: TableTab;
  setView(view: CenterView): void;
  setTab(tab: TableTab): void;
}

export const useTableStore = create<TableState>()((set) => ({
  view: 'map',
  tab: 'actors',
  setView: (view) => set({ view }),
  setTab: (tab) => set({ tab }),
}));
