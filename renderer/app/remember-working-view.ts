import type { WorkingView } from '../../api/types';
import { api } from '../api/atlas-api';
import { currentMap } from '../features/map/map-instance';
import { usePanelsStore } from '../state/panels-store';
import { useTimeStore } from '../state/time-store';
import { useViewStore } from '../state/view-store';

/**
 * The working view (filters, date, selection, expanded groups, focus, framing and panel sizes)
 * survives a reload and a restart: it is saved in the settings shortly after each change and
 * put back before the app first draws.
 */

const SAVE_DELAY_MS = 500;

export function restoreWorkingView(view: WorkingView | null): void {
  if (!view) return;
  useViewStore.setState({
    hiddenGroups: new Set(view.hiddenGroups),
    hiddenActorTypes: new Set(view.hiddenActorTypes),
    hiddenLinkTypes: new Set(view.hiddenLinkTypes),
    asOfDate: view.asOfDate,
    selection: view.selection,
    expanded: view.expanded ? new Set(view.expanded) : null,
    focus: view.focus,
    restoredViewport: view.viewport,
  });
  useTimeStore.setState({ timelineOpen: view.timelineOpen, timelineHeight: view.timelineHeight, timelineLanes: view.timelineLanes });
  usePanelsStore.setState({ sidebarCollapsed: view.sidebarCollapsed });
}

const round = (value: number) => Math.round(value * 10) / 10;

function currentWorkingView(): WorkingView {
  const view = useViewStore.getState();
  const time = useTimeStore.getState();
  const extent = currentMap()?.framedArea() ?? view.restoredViewport;
  return {
    hiddenGroups: [...view.hiddenGroups],
    hiddenActorTypes: [...view.hiddenActorTypes],
    hiddenLinkTypes: [...view.hiddenLinkTypes],
    asOfDate: view.asOfDate,
    selection: view.selection,
    expanded: view.expanded ? [...view.expanded] : null,
    focus: view.focus,
    viewport: extent ? { x1: round(extent.x1), y1: round(extent.y1), x2: round(extent.x2), y2: round(extent.y2) } : null,
    timelineOpen: time.timelineOpen,
    timelineHeight: time.timelineHeight,
    timelineLanes: time.timelineLanes,
    sidebarCollapsed: usePanelsStore.getState().sidebarCollapsed,
  };
}

/**
 * Saves the working view a moment after anything in it changes. `cameraMoved` is for the map,
 * whose panning and zooming change no store; `stop` ends it.
 */
export function rememberWorkingView(): { cameraMoved(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void api.updateSettings({ workingView: currentWorkingView() }), SAVE_DELAY_MS);
  };
  const stops = [useViewStore.subscribe(schedule), useTimeStore.subscribe(schedule), usePanelsStore.subscribe(schedule)];
  return {
    cameraMoved: schedule,
    stop() {
      if (timer) clearTimeout(timer);
      stops.forEach((stop) => stop());
    },
  };
}
