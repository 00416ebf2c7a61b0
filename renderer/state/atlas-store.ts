import { create } from 'zustand';
import type { ApiError } from '../../api/result';
import type { AtlasData, ImportSummary } from '../../api/types';
import { api } from '../api/atlas-api';
import { useViewStore } from './view-store';

export type ImportOutcome = { readonly ok: true; readonly summary: ImportSummary; readonly fileName: string } | { readonly ok: false; readonly error: ApiError };

/** The dataset as the main process answered it, and opening another one. */
interface AtlasState {
  readonly atlas: AtlasData | null;
  readonly loadError: ApiError | null;
  readonly importOutcome: ImportOutcome | null;

  loadAtlas(): Promise<void>;
  /** Imports a bundle; `beforeShowing` runs once it is accepted, before the map shows the new data. */
  importDataset(fileName: string, text: string, beforeShowing?: () => void): Promise<boolean>;
  clearImportOutcome(): void;
}

export const useAtlasStore = create<AtlasState>()((set, get) => ({
  atlas: null,
  loadError: null,
  importOutcome: null,

  async loadAtlas() {
    const result = await api.getAtlas({});
    if (result.ok) set({ atlas: result.value, loadError: null });
    else set({ loadError: result.error });
  },

  async importDataset(fileName, text, beforeShowing) {
    const result = await api.importDataset({ fileName, text, uiLanguage: useViewStore.getState().uiLanguage });
    if (!result.ok) {
      set({ importOutcome: { ok: false, error: result.error } });
      return false;
    }
    set({ importOutcome: { ok: true, summary: result.value, fileName } });
    beforeShowing?.();
    await get().loadAtlas();
    return true;
  },

  clearImportOutcome: () => set({ importOutcome: null }),
}));
