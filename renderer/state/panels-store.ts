import { create } from 'zustand';

/** Which panels and dialogs are open around the map. */
interface PanelsState {
  readonly datasetDialogOpen: boolean;
  readonly sourcesDialogOpen: boolean;
  /** Export, import and compare. */
  readonly dataDialogOpen: boolean;
  /** What changed in this release of the dataset. */
  readonly releaseNotesOpen: boolean;
  /** The source the sources dialog should bring into view and focus (chosen in search). */
  readonly sourceInView: string | null;
  /** The legend/briefing sidebar folded to a narrow strip, leaving the width to the map. */
  readonly sidebarCollapsed: boolean;

  openDatasetDialog(): void;
  closeDatasetDialog(): void;
  setReleaseNotesOpen(open: boolean): void;
  openDataDialog(): void;
  closeDataDialog(): void;
  openSourcesDialog(): void;
  /** Opens the sources dialog on one source. */
  showSource(sourceId: string): void;
  closeSourcesDialog(): void;
  setSidebarCollapsed(collapsed: boolean): void;
}

export const usePanelsStore = create<PanelsState>()((set) => ({
  datasetDialogOpen: false,
  sourcesDialogOpen: false,
  dataDialogOpen: false,
  releaseNotesOpen: false,
  sourceInView: null,
  // A narrow window (or a zoomed-in page) starts with the map's width, not the legend's.
  sidebarCollapsed: window.matchMedia('(max-width: 900px)').matches,

  openDatasetDialog: () => set({ datasetDialogOpen: true }),
  closeDatasetDialog: () => set({ datasetDialogOpen: false }),
  setReleaseNotesOpen: (releaseNotesOpen) => set({ releaseNotesOpen }),
  openDataDialog: () => set({ dataDialogOpen: true }),
  closeDataDialog: () => set({ dataDialogOpen: false }),
  openSourcesDialog: () => set({ sourcesDialogOpen: true, sourceInView: null }),
  showSource: (sourceId) => set({ sourcesDialogOpen: true, sourceInView: sourceId }),
  closeSourcesDialog: () => set({ sourcesDialogOpen: false, sourceInView: null }),
  setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
}));
