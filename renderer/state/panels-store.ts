import { create } from 'zustand';

/** Which panels and dialogs are open around the map. */
interface PanelsState {
  readonly datasetDialogOpen: boolean;
  readonly sourcesDialogOpen: boolean;
  /** The legend/briefing sidebar folded to a narrow strip, leaving the width to the map. */
  readonly sidebarCollapsed: boolean;

  openDatasetDialog(): void;
  closeDatasetDialog(): void;
  openSourcesDialog(): void;
  closeSourcesDialog(): void;
  setSidebarCollapsed(collapsed: boolean): void;
}

export const usePanelsStore = create<PanelsState>()((set) => ({
  datasetDialogOpen: false,
  sourcesDialogOpen: false,
  sidebarCollapsed: false,

  openDatasetDialog: () => set({ datasetDialogOpen: true }),
  closeDatasetDialog: () => set({ datasetDialogOpen: false }),
  openSourcesDialog: () => set({ sourcesDialogOpen: true }),
  closeSourcesDialog: () => set({ sourcesDialogOpen: false }),
  setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
}));
