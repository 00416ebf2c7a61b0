import { create } from 'zustand';
import type { MapHighlight } from '../map/map-controller';

export type CompareTab = 'functions' | 'sectors' | 'paths' | 'connectors';

/** What the cell, pair or path lit up on the map stands for, so the table can mark it too. */
export type CompareHighlight = MapHighlight & { readonly key: string };

/** The comparison view beside the map: open or not, which part, and what it lights up on the map. */
interface CompareState {
  readonly open: boolean;
  readonly tab: CompareTab;
  readonly highlight: CompareHighlight | null;
  readonly pathFrom: string | null;
  readonly pathTo: string | null;

  setOpen(open: boolean): void;
  setTab(tab: CompareTab): void;
  setHighlight(highlight: CompareHighlight | null): void;
  setPathEnds(from: string | null, to: string | null): void;
}

export const useCompareStore = create<CompareState>()((set) => ({
  open: false,
  tab: 'functions',
  highlight: null,
  pathFrom: null,
  pathTo: null,

  setOpen: (open) => set(open ? { open } : { open, highlight: null }),
  setTab: (tab) => set({ tab, highlight: null }),
  setHighlight: (highlight) => set({ highlight }),
  setPathEnds: (pathFrom, pathTo) => set({ pathFrom, pathTo }),
}));
