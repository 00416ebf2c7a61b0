import { create } from 'zustand';

export const PLAY_SPEEDS = { slow: 2000, normal: 1000, fast: 400 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/** Timeline lanes: one per event category, or one per country. */
export type LaneMode = 'category' | 'country';

/** A span of days, both ends included, as "YYYY-MM-DD". */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** The timeline panel and playback: how time is browsed, as opposed to the date the map shows. */
interface TimeState {
  readonly playing: boolean;
  readonly playSpeed: PlaySpeed;
  readonly timelineOpen: boolean;
  /** Height of the timeline in CSS pixels, set by dragging the divider above it; null: sized to the window. */
  readonly timelineHeight: number | null;
  readonly timelineLanes: LaneMode;
  /** With an actor selected, show only its events on the timeline. */
  readonly timelineOnlySelected: boolean;
  /** The timeline's visible window (ms since 1970), kept so it survives the timeline being rebuilt. */
  readonly timelineWindow: { readonly start: number; readonly end: number } | null;
  /** When set, the details panel lists only events within this range. */
  readonly eventRange: DateRange | null;

  setPlaying(playing: boolean): void;
  setPlaySpeed(speed: PlaySpeed): void;
  setTimelineOpen(open: boolean): void;
  setTimelineHeight(height: number): void;
  setTimelineLanes(lanes: LaneMode): void;
  setTimelineOnlySelected(only: boolean): void;
  setTimelineWindow(window: { start: number; end: number }): void;
  setEventRange(range: DateRange | null): void;
}

export const TIMELINE_HEIGHT = { min: 80, max: 600 } as const;

export const useTimeStore = create<TimeState>()((set) => ({
  playing: false,
  playSpeed: 'normal',
  timelineOpen: true,
  timelineHeight: null,
  timelineLanes: 'category',
  timelineOnlySelected: false,
  timelineWindow: null,
  eventRange: null,

  setPlaying: (playing) => set({ playing }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
  setTimelineOpen: (timelineOpen) => set({ timelineOpen }),
  setTimelineHeight: (height) => set({ timelineHeight: Math.round(Math.min(TIMELINE_HEIGHT.max, Math.max(TIMELINE_HEIGHT.min, height))) }),
  setTimelineLanes: (timelineLanes) => set({ timelineLanes }),
  setTimelineOnlySelected: (timelineOnlySelected) => set({ timelineOnlySelected }),
  setTimelineWindow: (timelineWindow) => set({ timelineWindow }),
  setEventRange: (eventRange) => set({ eventRange }),
}));
