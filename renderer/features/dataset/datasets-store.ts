import { create } from 'zustand';
import type { ApiError } from '../../../api/result';
import type { DatasetEntry, DeletedDatasetEntry } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { useBriefingStore } from '../briefing/briefing-store';

/** What the last dataset action did, said in the dialog. */
export type DatasetOutcome =
  | { readonly kind: 'switched' | 'restored' | 'alreadyShipped'; readonly title: DatasetEntry['title'] }
  | { readonly kind: 'deleted'; readonly dataset: DatasetEntry; readonly backupFile: string; readonly switched: boolean }
  | { readonly kind: 'undeleted'; readonly dataset: DeletedDatasetEntry }
  | { readonly kind: 'error'; readonly error: ApiError };

interface DatasetsState {
  readonly datasets: readonly DatasetEntry[];
  /** The datasets deleted, kept aside until restored. */
  readonly deleted: readonly DeletedDatasetEntry[];
  readonly outcome: DatasetOutcome | null;
  /** The datasets kept and those deleted. */
  loadDatasets(): Promise<void>;
  switchTo(datasetId: string): Promise<void>;
  restoreShipped(): Promise<void>;
  /** After an import into a dataset of its own: the list it answered, and the map of the new dataset. */
  adopt(datasets: readonly DatasetEntry[]): Promise<void>;
  /** The user's own name for a dataset, in English, Japanese or both. */
  rename(datasetId: string, name: { en?: string; ja?: string }): Promise<boolean>;
  /** Deletes a dataset (backed up first); if it was open, the shipped dataset is shown instead. */
  remove(datasetId: string): Promise<void>;
  /** Puts a deleted dataset back in the list, with its briefings, notes and name. */
  restoreDeleted(datasetId: string): Promise<void>;
  clearOutcome(): void;
}

/** Another dataset starts from its own first view, with its own briefings. */
async function showOpenDataset(): Promise<void> {
  useViewStore.setState({ selection: null, expanded: null, focus: null });
  await useAtlasStore.getState().loadAtlas();
  useBriefingStore.setState({ briefing: null });
  await useBriefingStore.getState().loadSummaries();
}

/** The open dataset's name as the user gave it, else its bundle's title. */
const activeTitle = (datasets: readonly DatasetEntry[]) => {
  const active = datasets.find((d) => d.active);
  return active && Object.keys(active.name).length > 0 ? active.name : (active?.title ?? {});
};

export const useDatasetsStore = create<DatasetsState>()((set, get) => ({
  datasets: [],
  deleted: [],
  outcome: null,

  async loadDatasets() {
    const [result, deleted] = await Promise.all([api.listDatasets({}), api.listDeletedDatasets({})]);
    if (result.ok) set({ datasets: result.value });
    else set({ outcome: { kind: 'error', error: result.error } });
    if (deleted.ok) set({ deleted: deleted.value });
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

  async rename(datasetId, name) {
    const result = await api.renameDataset({ datasetId, name });
    if (!result.ok) {
      set({ outcome: { kind: 'error', error: result.error } });
      return false;
    }
    set({ datasets: result.value, outcome: null });
    return true;
  },

  async remove(datasetId) {
    const dataset = get().datasets.find((d) => d.id === datasetId);
    const result = await api.deleteDataset({ datasetId });
    if (!result.ok) {
      set({ outcome: { kind: 'error', error: result.error } });
      return;
    }
    const { datasets, backupFile, switched } = result.value;
    set({ datasets, outcome: dataset ? { kind: 'deleted', dataset, backupFile, switched } : null });
    const deleted = await api.listDeletedDatasets({});
    if (deleted.ok) set({ deleted: deleted.value });
    if (switched) await showOpenDataset();
  },

  async restoreDeleted(datasetId) {
    const dataset = get().deleted.find((d) => d.id === datasetId);
    const result = await api.restoreDeletedDataset({ datasetId });
    if (!result.ok) {
      set({ outcome: { kind: 'error', error: result.error } });
      return;
    }
    set({ datasets: result.value.datasets, deleted: result.value.deleted, outcome: dataset ? { kind: 'undeleted', dataset } : null });
  },

  clearOutcome: () => set({ outcome: null }),
}));
