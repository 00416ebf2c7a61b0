import { create } from 'zustand';
import type { SceneView } from '../../api/types';
import { groupOf } from '../../domain/country-groups';
import type { LabelLanguage, UiLanguage } from '../../domain/languages';
import type { ActorType, LinkType } from '../../domain/vocabulary';
import { api } from '../api/atlas-api';
import { changeUiLanguage } from '../i18n/i18n';
import { mapFontsForEveryLanguage } from '../i18n/load-fonts';

/** What the details panel shows: an actor, the relation behind an edge, or an event. */
export interface Selection {
  readonly kind: 'actor' | 'relation' | 'event';
  readonly id: string;
}

/** The map shows one organization with its neighbours up to `depth` steps away instead of the whole alliance. */
/** An area of the map, in map units. */
export interface Extent {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface MapFocus {
  readonly actorId: string;
  readonly depth: 1 | 2;
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/**
 * What the map shows and in which language: filters, the as-of date, the selection, the
 * expanded groups and a focus. The map, the legend, the timeline, the details panel and scenes
 * all read this one store; the map applies changes to Cytoscape as they happen.
 */
interface ViewState {
  readonly uiLanguage: UiLanguage;
  /** The language of map labels: the UI language, or both languages on every label. */
  readonly labelLanguage: LabelLanguage;
  readonly hiddenGroups: ReadonlySet<string>;
  readonly hiddenActorTypes: ReadonlySet<ActorType>;
  readonly hiddenLinkTypes: ReadonlySet<LinkType>;
  readonly selection: Selection | null;
  /** The day the map shows ("YYYY-MM-DD"); null shows every actor whatever its dates. */
  readonly asOfDate: string | null;
  /** Organizations and groups drawn with their units; null until the map sets its first view. */
  readonly expanded: ReadonlySet<string> | null;
  readonly focus: MapFocus | null;
  /** The framing the map had when the app last closed, for the map to take up once it opens. */
  readonly restoredViewport: Extent | null;

  setUiLanguage(language: UiLanguage): Promise<void>;
  setLabelLanguage(language: LabelLanguage): Promise<void>;
  toggleGroup(group: string): void;
  toggleActorType(type: ActorType): void;
  toggleLinkType(type: LinkType): void;
  showAll(): void;
  select(selection: Selection | null): void;
  /**
   * Selects an actor and lifts the filters that hide it; with `expanded`, opens the groups it is
   * folded in, in the same change, so the map applies it in one pass.
   */
  revealActor(actor: { readonly id: string; readonly country: string | null; readonly type: ActorType }, expanded?: ReadonlySet<string>): void;
  /** Selects a relation and lifts the filters that hide it or either of its ends; `expanded` as above. */
  revealRelation(
    relation: { readonly id: string; readonly type: LinkType },
    ends: readonly { readonly country: string | null; readonly type: ActorType }[],
    expanded?: ReadonlySet<string>,
  ): void;
  setAsOfDate(date: string | null): void;
  setExpanded(expanded: ReadonlySet<string>): void;
  setFocus(focus: MapFocus | null): void;
  /** Makes a saved scene's filters, date, selection, expanded groups and focus the working view. */
  applySceneView(view: SceneView): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  uiLanguage: 'en',
  labelLanguage: 'en',
  hiddenGroups: new Set(),
  hiddenActorTypes: new Set(),
  hiddenLinkTypes: new Set(),
  selection: null,
  asOfDate: null,
  expanded: null,
  focus: null,
  restoredViewport: null,

  // The map switches once the new language's font files are in (loaded after the first map):
  // canvas text drawn before them would be measured and drawn in a fallback font. The choice is
  // stored at once, so a window closed meanwhile still opens in it.
  async setUiLanguage(language) {
    const stored = api.updateSettings({ uiLanguage: language, labelLanguage: language });
    await Promise.all([changeUiLanguage(language), mapFontsForEveryLanguage()]);
    set({ uiLanguage: language, labelLanguage: language });
    await stored;
  },

  async setLabelLanguage(labelLanguage) {
    const stored = api.updateSettings({ labelLanguage });
    await mapFontsForEveryLanguage();
    set({ labelLanguage });
    await stored;
  },

  toggleGroup: (group) => set((state) => ({ hiddenGroups: toggled(state.hiddenGroups, group) })),
  toggleActorType: (type) => set((state) => ({ hiddenActorTypes: toggled(state.hiddenActorTypes, type) })),
  toggleLinkType: (type) => set((state) => ({ hiddenLinkTypes: toggled(state.hiddenLinkTypes, type) })),
  showAll: () => set({ hiddenGroups: new Set(), hiddenActorTypes: new Set(), hiddenLinkTypes: new Set() }),

  select: (selection) => set({ selection }),

  revealActor(actor, expanded) {
    set((state) => ({
      hiddenGroups: without(state.hiddenGroups, [groupOf(actor.country)]),
      hiddenActorTypes: without(state.hiddenActorTypes, [actor.type]),
      selection: { kind: 'actor', id: actor.id },
      ...(expanded ? { expanded } : {}),
    }));
  },

  revealRelation(relation, ends, expanded) {
    set((state) => ({
      hiddenGroups: without(state.hiddenGroups, ends.map((end) => groupOf(end.country))),
      hiddenActorTypes: without(state.hiddenActorTypes, ends.map((end) => end.type)),
      hiddenLinkTypes: without(state.hiddenLinkTypes, [relation.type]),
      selection: { kind: 'relation', id: relation.id },
      ...(expanded ? { expanded } : {}),
    }));
  },

  setAsOfDate: (asOfDate) => set({ asOfDate }),
  setExpanded: (expanded) => set({ expanded }),
  setFocus: (focus) => set({ focus }),

  applySceneView: (view) =>
    set({
      hiddenGroups: new Set(view.hiddenGroups),
      hiddenActorTypes: new Set(view.hiddenActorTypes),
      hiddenLinkTypes: new Set(view.hiddenLinkTypes),
      asOfDate: view.asOfDate,
      selection: view.selection,
      ...(view.expanded ? { expanded: new Set(view.expanded) } : {}),
      focus: view.focus ?? null,
    }),
}));

/** The set without `items`; the same set when it holds none of them, so the map sees no change of filters. */
function without<T>(set: ReadonlySet<T>, items: readonly T[]): ReadonlySet<T> {
  if (!items.some((item) => set.has(item))) return set;
  const rest = new Set(set);
  for (const item of items) rest.delete(item);
  return rest;
}
