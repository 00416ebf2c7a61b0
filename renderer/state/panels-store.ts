import { create } from 'zustand';

/** Which panels and dialogs are open around the map. */
interface PanelsState {
  readonly datasetDialogOpen: boolean;
  readonly sourcesDialogOpen: boolean;
  /** The source the sources dialog should bring into view and focus (chosen in search). */
  readonly sourceInView: string | null;
  /** The legend/briefing sidebar folded to a narrow strip, leaving the width to the map. */
  readonly sidebarCollapsed: boolean;

  openDatasetDialog(): void;
  closeDatasetDialog(): void;
  openSourcesDialog(): void;
  /** Opens the sources dialog on one source. */
  showSource(sourceId: string): void;
  closeSourcesDialog(): void;
  setSidebarCollapsed(collapsed: boolean): void;
}

export const usePanelsStore = create<PanelsState>()((set) => ({
  datasetDialogOpen: false,
  sourcesDialogOpen: false,
  sourceInView: null,
  sidebarCollapsed: false,

  openDatasetDialog: () => set({ datasetDialogOpen: true }),
  closeDatasetDialog: () => set({ datasetDialogOpen: false }),
  openSourcesDialog: () => set({ sourcesDialogOpen: true, sourceInView: null }),
  showSource: (sourceId) => set({ sourcesDialogOpen: true, sourceInView: sourceId }),
  closeSourcesDialog: () => set({ sourcesDialogOpen: false, sourceInView: null }),
  setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
}));
