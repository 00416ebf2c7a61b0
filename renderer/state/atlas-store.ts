import { create } from 'zustand';
import type { ApiError } from '../../api/result';
import type { AtlasData, ImportSummary, LabelMode, SceneView } from '../../api/types';
import type { UiLanguage } from '../../domain/languages';
import type { ActorType, LinkType } from '../../domain/vocabulary';
import { api } from '../api/atlas-api';
import { groupOf } from '../features/map/country-groups';
import type { PlaySpeed } from '../features/time/as-of';
import type { LaneMode } from '../features/time/timeline-items';
import { changeUiLanguage } from '../i18n/i18n';

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** What the details panel shows: an actor, the relation behind an edge, or an event. */
export interface Selection {
  readonly kind: 'actor' | 'relation' | 'event';
  readonly id: string;
}

export interface FocusRequest {
  readonly actorId: string;
  /** Increases with every request, so asking twice for the same actor moves the camera twice. */
  readonly sequence: number;
}

/** A span of days, both ends included, as "YYYY-MM-DD". */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

export type ImportOutcome = { readonly ok: true; readonly summary: ImportSummary; readonly fileName: string } | { readonly ok: false; readonly error: ApiError };

interface AtlasState {
  readonly atlas: AtlasData | null;
  readonly loadError: ApiError | null;
  readonly uiLanguage: UiLanguage;
  readonly labelMode: LabelMode;
  readonly hiddenGroups: ReadonlySet<string>;
  readonly hiddenActorTypes: ReadonlySet<ActorType>;
  readonly hiddenLinkTypes: ReadonlySet<LinkType>;
  readonly selection: Selection | null;
  readonly focusRequest: FocusRequest | null;
  readonly datasetDialogOpen: boolean;
  readonly sourcesDialogOpen: boolean;
  readonly importOutcome: ImportOutcome | null;
  /** The day the map shows ("YYYY-MM-DD"); null shows every actor whatever its dates. */
  readonly asOfDate: string | null;
  readonly playing: boolean;
  readonly playSpeed: PlaySpeed;
  readonly timelineOpen: boolean;
  readonly timelineLanes: LaneMode;
  /** With an actor selected, show only its events on the timeline. */
  readonly timelineOnlySelected: boolean;
  /** The timeline's visible window (ms since 1970), kept so it survives the timeline being rebuilt. */
  readonly timelineWindow: { readonly start: number; readonly end: number } | null;
  /** When set, the details panel lists only events within this range. */
  readonly eventRange: DateRange | null;
  /** Bumped to ask the map to fit everything visible into view. */
  readonly fitRequest: number;
  /** A scene opened for editing: the map moves its nodes and camera to it. */
  readonly sceneRequest: { readonly view: SceneView; readonly sequence: number } | null;

  loadAtlas(): Promise<void>;
  setUiLanguage(language: UiLanguage): Promise<void>;
  setLabelMode(mode: LabelMode): Promise<void>;
  toggleGroup(group: string): void;
  toggleActorType(type: ActorType): void;
  toggleLinkType(type: LinkType): void;
  showAll(): void;
  select(selection: Selection | null): void;
  /** Selects the actor, makes it visible if a filter hid it, and asks the map to bring it into view. */
  focusActor(actorId: string): void;
  openDatasetDialog(): void;
  openSourcesDialog(): void;
  closeSourcesDialog(): void;
  closeDatasetDialog(): void;
  importDataset(fileName: string, text: string): Promise<void>;
  resetLayout(): Promise<void>;
  requestFit(): void;
  setAsOfDate(date: string | null): void;
  setPlaying(playing: boolean): void;
  setPlaySpeed(speed: PlaySpeed): void;
  setTimelineOpen(open: boolean): void;
  setTimelineLanes(lanes: LaneMode): void;
  setTimelineOnlySelected(only: boolean): void;
  setTimelineWindow(window: { start: number; end: number }): void;
  setEventRange(range: DateRange | null): void;
  /** Makes a saved scene the working view (its filters, date, selection, layout and framing). */
  applySceneView(view: SceneView): void;
}

export const useAtlasStore = create<AtlasState>()((set, get) => ({
  atlas: null,
  loadError: null,
  uiLanguage: 'en',
  labelMode: 'ui',
  hiddenGroups: new Set(),
  hiddenActorTypes: new Set(),
  hiddenLinkTypes: new Set(),
  selection: null,
  focusRequest: null,
  datasetDialogOpen: false,
  sourcesDialogOpen: false,
  importOutcome: null,
  fitRequest: 0,
  sceneRequest: null,
  asOfDate: null,
  playing: false,
  playSpeed: 'normal',
  timelineOpen: true,
  timelineLanes: 'category',
  timelineOnlySelected: false,
  timelineWindow: null,
  eventRange: null,

  async loadAtlas() {
    const result = await api.getAtlas({});
    if (result.ok) set({ atlas: result.value, loadError: null });
    else set({ loadError: result.error });
  },

  async setUiLanguage(language) {
    await changeUiLanguage(language);
    set({ uiLanguage: language, labelMode: 'ui' });
    await api.updateSettings({ uiLanguage: language, labelMode: 'ui' });
  },

  async setLabelMode(mode) {
    set({ labelMode: mode });
    await api.updateSettings({ labelMode: mode });
  },

  toggleGroup: (group) => set((state) => ({ hiddenGroups: toggled(state.hiddenGroups, group) })),
  toggleActorType: (type) => set((state) => ({ hiddenActorTypes: toggled(state.hiddenActorTypes, type) })),
  toggleLinkType: (type) => set((state) => ({ hiddenLinkTypes: toggled(state.hiddenLinkTypes, type) })),
  showAll: () => set({ hiddenGroups: new Set(), hiddenActorTypes: new Set(), hiddenLinkTypes: new Set() }),

  select: (selection) => set({ selection }),

  focusActor(actorId) {
    const actor = get().atlas?.actors.find((a) => a.id === actorId);
    if (!actor) return;
    set((state) => {
      const hiddenGroups = new Set(state.hiddenGroups);
      hiddenGroups.delete(groupOf(actor.country));
      const hiddenActorTypes = new Set(state.hiddenActorTypes);
      hiddenActorTypes.delete(actor.type);
      return {
        hiddenGroups,
        hiddenActorTypes,
        selection: { kind: 'actor', id: actorId },
        focusRequest: { actorId, sequence: (state.focusRequest?.sequence ?? 0) + 1 },
      };
    });
  },

  async importDataset(fileName, text) {
    const result = await api.importDataset({ fileName, text });
    if (!result.ok) {
      set({ importOutcome: { ok: false, error: result.error } });
      return;
    }
    set({ importOutcome: { ok: true, summary: result.value, fileName }, selection: null });
    await get().loadAtlas();
  },

  openDatasetDialog: () => set({ datasetDialogOpen: true, importOutcome: null }),
  closeDatasetDialog: () => set({ datasetDialogOpen: false }),
  openSourcesDialog: () => set({ sourcesDialogOpen: true }),
  closeSourcesDialog: () => set({ sourcesDialogOpen: false }),

  async resetLayout() {
    await api.resetPositions({});
    await get().loadAtlas();
  },

  requestFit: () => set((state) => ({ fitRequest: state.fitRequest + 1 })),
  setAsOfDate: (asOfDate) => set(asOfDate === null ? { asOfDate, playing: false } : { asOfDate }),
  setPlaying: (playing) => set({ playing }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
  setTimelineOpen: (timelineOpen) => set({ timelineOpen }),
  setTimelineLanes: (timelineLanes) => set({ timelineLanes }),
  setTimelineOnlySelected: (timelineOnlySelected) => set({ timelineOnlySelected }),
  setTimelineWindow: (timelineWindow) => set({ timelineWindow }),
  setEventRange: (eventRange) => set({ eventRange }),
  applySceneView: (view) =>
    set((state) => ({
      hiddenGroups: new Set(view.hiddenGroups),
      hiddenActorTypes: new Set(view.hiddenActorTypes),
      hiddenLinkTypes: new Set(view.hiddenLinkTypes),
      asOfDate: view.asOfDate,
      playing: false,
      selection: view.selection,
      sceneRequest: { view, sequence: (state.sceneRequest?.sequence ?? 0) + 1 },
    })),
}));
