import { create } from 'zustand';
import type { ApiError, Result } from '../../../api/result';
import type { Briefing, BriefingSummary, Scene, SceneView } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { mapFontsForEveryLanguage } from '../../i18n/load-fonts';
import { useViewStore } from '../../state/view-store';
import { openSceneView } from '../map/map-commands';
import { useCompareStore } from '../compare/compare-store';
import { currentMap } from '../map/map-instance';


export interface Presentation {
  readonly index: number;
  readonly language: LabelLanguage;
  /** Once the presenter switches language, scenes no longer switch it back. */
  readonly languageChosen: boolean;
  readonly notesVisible: boolean;
  /** The screen is blacked out (B or .), as presentation software does while the room talks. */
  readonly blackedOut: boolean;
  /** The desktop app opened a presenter window on the laptop's display. */
  readonly presenterWindow: boolean;
}

/** Text typed into a scene or briefing form: English and/or Japanese. */
export interface TypedText {
  readonly en?: string;
  readonly ja?: string;
}

interface BriefingState {
  readonly panelOpen: boolean;
  readonly summaries: readonly BriefingSummary[];
  readonly briefing: Briefing | null;
  readonly error: ApiError | null;
  readonly presentation: Presentation | null;

  setPanelOpen(open: boolean): void;
  loadSummaries(): Promise<void>;
  openBriefing(briefingId: number): Promise<void>;
  createBriefing(title: TypedText): Promise<void>;
  renameBriefing(title: TypedText): Promise<void>;
  deleteBriefing(): Promise<void>;
  addScene(title: TypedText, notes: TypedText, cumulative: boolean): Promise<void>;
  updateScene(sceneId: number, changes: { title?: TypedText; notes?: TypedText; cumulative?: boolean; view?: SceneView }): Promise<void>;
  duplicateScene(sceneId: number): Promise<void>;
  deleteScene(sceneId: number): Promise<void>;
  moveScene(sceneId: number, offset: -1 | 1): Promise<void>;
  openScene(scene: Scene): void;
  startPresenting(fromIndex: number): Promise<void>;
  stopPresenting(): Promise<void>;
  goToScene(index: number): void;
  setPresentationLanguage(language: LabelLanguage): void;
  toggleNotes(): void;
  setBlackedOut(blackedOut: boolean): void;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The working view as a scene: filters, date, selection, framed area, label language, positions. */
export function captureCurrentView(): SceneView {
  const state = useViewStore.getState();
  const map = currentMap();
  const extent = map?.framedArea() ?? { x1: -1000, y1: 0, x2: 1000, y2: 1000 };
  const positions = map?.positions() ?? {};
  return {
    hiddenGroups: [...state.hiddenGroups],
    hiddenActorTypes: [...state.hiddenActorTypes],
    hiddenLinkTypes: [...state.hiddenLinkTypes],
    asOfDate: state.asOfDate,
    selection: state.selection,
    viewport: { x1: round(extent.x1), y1: round(extent.y1), x2: round(extent.x2), y2: round(extent.y2) },
    labels: state.labelLanguage,
    positions,
    expanded: [...(state.expanded ?? map?.view.expanded ?? [])],
    focus: state.focus,
    ...(useCompareStore.getState().open ? { comparison: true } : {}),
  };
}

function presentationLanguageOf(scene: Scene | undefined, fallback: LabelLanguage): LabelLanguage {
  return scene?.view.labels ?? fallback;
}

export const useBriefingStore = create<BriefingState>()((set, get) => {
  /** Runs a mutation; its answer is the whole updated briefing, which replaces the open one. */
  const apply = async (call: Promise<Result<Briefing>>) => {
    const result = await call;
    if (result.ok) set({ briefing: result.value, error: null });
    else set({ error: result.error });
    await get().loadSummaries();
  };
  const openId = () => get().briefing?.id ?? 0;

  return {
    panelOpen: false,
    summaries: [],
    briefing: null,
    error: null,
    presentation: null,

    setPanelOpen(open) {
      set({ panelOpen: open });
      if (open) void get().loadSummaries();
    },

    async loadSummaries() {
      const result = await api.listBriefings({});
      if (result.ok) set({ summaries: result.value });
      else set({ error: result.error });
    },

    openBriefing: (briefingId) => apply(api.getBriefing({ briefingId })),
    createBriefing: (title) => apply(api.createBriefing({ title })),
    renameBriefing: (title) => apply(api.renameBriefing({ briefingId: openId(), title })),

    async deleteBriefing() {
      const result = await api.deleteBriefing({ briefingId: openId() });
      if (result.ok) set({ briefing: null, error: null });
      else set({ error: result.error });
      await get().loadSummaries();
    },

    addScene: (title, notes, cumulative) => apply(api.addScene({ briefingId: openId(), title, notes, cumulative, view: captureCurrentView() })),
    updateScene: (sceneId, changes) => apply(api.updateScene({ sceneId, ...changes })),
    duplicateScene: (sceneId) => apply(api.duplicateScene({ sceneId })),
    deleteScene: (sceneId) => apply(api.deleteScene({ sceneId })),

    async moveScene(sceneId, offset) {
      const scenes = get().briefing?.scenes ?? [];
      const from = scenes.findIndex((s) => s.id === sceneId);
      const to = from + offset;
      if (from < 0 || to < 0 || to >= scenes.length) return;
      const ids = scenes.map((s) => s.id);
      [ids[from], ids[to]] = [ids[to] as number, ids[from] as number];
      await apply(api.reorderScenes({ briefingId: openId(), sceneIds: ids }));
    },

    openScene(scene) {
      openSceneView(currentMap(), scene.view);
      useCompareStore.getState().setOpen(scene.view.comparison === true);
    },

    async startPresenting(fromIndex) {
      const scenes = get().briefing?.scenes ?? [];
      if (scenes.length === 0) return;
      await mapFontsForEveryLanguage();
      const index = Math.min(Math.max(0, fromIndex), scenes.length - 1);
      set({
        presentation: {
          index,
          language: presentationLanguageOf(scenes[index], useViewStore.getState().uiLanguage),
          languageChosen: false,
          notesVisible: false,
          blackedOut: false,
          presenterWindow: false,
        },
      });
      // Remembered with the data of this moment, for "what changed since this briefing was last presented".
      const briefingId = get().briefing?.id;
      if (briefingId !== undefined) void api.markBriefing({ briefingId, kind: 'presented' });
      const result = await api.setPresenting({ presenting: true });
      const presentation = get().presentation;
      if (result.ok && presentation) set({ presentation: { ...presentation, presenterWindow: result.value.presenterWindow } });
    },

    async stopPresenting() {
      if (!get().presentation) return;
      set({ presentation: null });
      await api.setPresenting({ presenting: false });
    },

    goToScene(index) {
      const presentation = get().presentation;
      const scenes = get().briefing?.scenes ?? [];
      if (!presentation || index < 0 || index >= scenes.length || index === presentation.index) return;
      const language = presentation.languageChosen ? presentation.language : presentationLanguageOf(scenes[index], presentation.language);
      set({ presentation: { ...presentation, index, language, blackedOut: false } });
    },

    setPresentationLanguage(language) {
      void mapFontsForEveryLanguage().then(() => {
        const presentation = get().presentation;
        if (presentation) set({ presentation: { ...presentation, language, languageChosen: true } });
      });
    },

    toggleNotes() {
      const presentation = get().presentation;
      if (presentation) set({ presentation: { ...presentation, notesVisible: !presentation.notesVisible } });
    },

    setBlackedOut(blackedOut) {
      const presentation = get().presentation;
      if (presentation) set({ presentation: { ...presentation, blackedOut } });
    },
  };
});
