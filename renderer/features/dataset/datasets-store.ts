import { create } from 'zustand';
import type { ApiError } from '../../../api/result';
import type { DatasetEntry } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { useBriefingStore } from '../briefing/briefing-store';

/** What the last dataset action did, said in the dialog. */
export type DatasetOutcome = { readonly kind: 'switched' | 'restored' | 'alreadyShipped'; readonly title: DatasetEntry['title'] } | { readonly kind: 'error'; readonly error: ApiError };

interface DatasetsState {
  readonly datasets: readonly DatasetEntry[];
  readonly outcome: DatasetOutcome | null;
  loadDatasets(): Promise<void>;
  switchTo(datasetId: string): Promise<void>;
  restoreShipped(): Promise<void>;
  /** After an import into a dataset of its own: the list it answered, and the map of the new dataset. */
  adopt(datasets: readonly DatasetEntry[]): Promise<void>;
  clearOutcome(): void;
}

/** Another dataset starts from its own first view, with its own briefings. */
async function showOpenDataset(): Promise<void> {
  useViewStore.setState({ selection: null, expanded: null, focus: null });
  await useAtlasStore.getState().loadAtlas();
  useBriefingStore.setState({ briefing: null });
  await useBriefingStore.getState().loadSummaries();
}

const activeTitle = (datasets: readonly DatasetEntry[]) => datasets.find((d) => d.active)?.title ?? {};

export const useDatasetsStore = create<DatasetsState>()((set, get) => ({
  datasets: [],
  outcome: null,

  async loadDatasets() {
    const result = await api.listDatasets({});
    if (result.ok) set({ datasets: result.value });
    else set({ outcome: { kind: 'error', error: result.error } });
  },

  async switchTo(datasetId) {
    const result = await api.switchDataset({ datasetId });
    if (!result.ok) {
      set({ outcome: { kind: 'error', error: result.error } });
      return;
    }
    set({ datasets: result.value, outcome: { kind: 'switched', title: activeTitle(result.value) } });
    await showOpenDataset();
  },

  async restoreShipped() {
    const result = await api.restoreShippedDataset({});
    if (!result.ok) {
      set({ outcome: { kind: 'error', error: result.error } });
      return;
    }
    const { datasets, summary } = result.value;
    set({ datasets, outcome: { kind: summary ? 'restored' : 'alreadyShipped', title: activeTitle(datasets) } });
    await showOpenDataset();
  },

  async adopt(datasets) {
    set({ datasets });
    await showOpenDataset();
    void get().loadDatasets();
  },

  clearOutcome: () => set({ outcome: null }),
}));
