import { useEffect, useMemo, useRef, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { pickText, type UiLanguage } from '../../../domain/languages';
import { formatDateSpan, formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { useTimeStore } from '../../state/time-store';
import { isoOf } from './as-of';
import { laneOrder, timelineEntries, BILATERAL_LANE } from './timeline-items';
import { majorLabel, minorLabel } from './timeline-labels';
import { attachTimelineKeyboard, KEYBOARD_FOCUS_CLASS } from './timeline-keyboard';
import { localizeCurrentTimeTitle, makeLaneLabelsFocusable } from './timeline-current-time';
import { selectionMarks } from './selection-marks';
import { showMajorRowOnlyWhenUsed } from './timeline-major-row';
import { bilingualElement, inEveryLanguage } from './bilingual-text';

declare global {
  interface Window {
    /** The vis-timeline instance once it holds its events, for end-to-end tests and the benchmark (like window.__atlasMap). */
    __atlasTimeline?: Timeline;
  }
}

const AS_OF_MARKER = 'as-of';
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Runs `change` with `element` (when there is one) taken out of the layout, within one task: nothing is painted meanwhile. */
function whileUndisplayed(element: HTMLElement | null, change: () => void): void {
  if (element) element.style.display = 'none';
  try {
    change();
  } finally {
    if (element) element.style.display = '';
  }
}

/**
 * vis-timeline's redraw() measures every item again but keeps each in its row: rows are only
 * worked out again on a zoom or a scroll. Its item set, internal and untyped, can ask for both.
 */
function measureAndRestack(timeline: Timeline): void {
  (timeline as unknown as { itemSet?: { markDirty(options: { restackGroups: boolean }): void } }).itemSet?.markDirty({ restackGroups: true });
  timeline.redraw();
}

function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/**
 * The event timeline, linked both ways with the map: an event chosen here lights up its
 * actors; an actor chosen on the map lights up its events here. Created once per dataset;
 * language, lanes and selection change it in place, so its window never jumps.
 */
export function TimelineView() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const items = useMemo(() => new DataSet<DataItem>(), []);
  const groups = useMemo(() => new DataSet<DataGroup>(), []);
  const atlas = useAtlasStore((s) => s.atlas);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const lanes = useTimeStore((s) => s.timelineLanes);
  const onlySelected = useTimeStore((s) => s.timelineOnlySelected);
  const selection = useViewStore((s) => s.selection);
  const asOfDate = useViewStore((s) => s.asOfDate);
  // The axis formatter reads the language through this ref; a switch hands it over again to redraw the axis.
  const language = useRef(uiLanguage);
  const axisFormat = useMemo<TimelineOptions['format']>(
    () => ({
      minorLabels: (date: Date, scale: string) => minorLabel(language.current, new Date(date.valueOf()), scale),
      majorLabels: (date: Date, scale: string) => majorLabel(language.current, new Date(date.valueOf()), scale),
    }),
    [],
  );
  // The event the keyboard is on (timeline-keyboard.ts) and what is announced about it.
  const keyboardCursor = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // vis-timeline's own texts (the today line's title) are set outside React; they read t through this ref.
  const translate = useRef(t);

  useEffect(() => {
    if (!atlas || !container.current) return;
    const { timelineWindow, setTimelineWindow } = useTimeStore.getState();
  const { select, setAsOfDate } = useViewStore.getState();
    const now = Date.now();
    const options: TimelineOptions = {
      min: new Date(1950, 0, 1), // before the earliest event (1954), so every event can be reached
      max: new Date(now + 6 * YEAR_MS),
      zoomMin: 14 * DAY_MS,
      zoomMax: 80 * YEAR_MS,
      showCurrentTime: true,
      stack: true,
      selectable: true,
      multiselect: false,
      orientation: { axis: 'top', item: 'top' },
      height: '100%',
      verticalScroll: true,
      groupOrder: 'order',
      // A short gap under the axis: on a 720 px high window the strip still shows its first lane whole.
      margin: { axis: 8, item: { horizontal: 4, vertical: 4 } },
      tooltip: { followMouse: true, overflowMethod: 'cap' },
      format: axisFormat,
    };
    const instance = new Timeline(container.current, items, groups, options);
    // The window is set after, not as options: given a start or an end, vis-timeline keeps itself
    // hidden until its first 'rangechanged', 200 ms after the window is set.
    instance.setWindow(timelineWindow?.start ?? new Date(2004, 0, 1), timelineWindow?.end ?? new Date(now + 2 * YEAR_MS), { animation: false });
    instance.on('select', ({ items: chosen }: { items: string[] }) => {
      const [eventId] = chosen;
      if (eventId) select({ kind: 'event', id: eventId });
    });
    // 'rangechange' rather than the debounced 'rangechanged': the window must be current the moment a button reads it.
    instance.on('rangechange', ({ start, end }: { start: Date; end: Date }) => setTimelineWindow({ start: start.valueOf(), end: end.valueOf() }));
    instance.on('timechanged', ({ id, time }: { id: string; time: Date }) => {
      if (id === AS_OF_MARKER) setAsOfDate(isoOf(time));
    });
    const detachKeyboard = attachTimelineKeyboard({
      container: container.current,
      timeline: instance,
      items,
      cursor: keyboardCursor,
      selectedId: () => {
        const current = useViewStore.getState().selection;
        return current?.kind === 'event' ? current.id : null;
      },
      onOpen: (eventId) => select({ kind: 'event', id: eventId }),
      onAnnounce: (eventId) => {
        const event = useAtlasStore.getState().atlas?.events.find((e) => e.id === eventId);
        const lang = language.current;
        if (event) setAnnouncement(`${formatDateSpan(event.date, event.endDate, lang)} — ${pickText(event.title, [lang])}`);
      },
    });
    const stopTitles = localizeCurrentTimeTitle(container.current, (now) =>
      translate.current('timelineKeyboard.now', { date: formatPartialDate(isoOf(now), language.current) }),
    );
    // vis-timeline looks at its size once a second: when the details panel opens beside it,
    // the events stayed drawn for the old width until then, and jumped.
    const resizes = new ResizeObserver(() => instance.setOptions({}));
    resizes.observe(container.current);
    const stopMajorRow = showMajorRowOnlyWhenUsed(instance);
    const initial = instance.getWindow();
    setTimelineWindow({ start: initial.start.valueOf(), end: initial.end.valueOf() });
    // Handed over (and so filled) only once it has drawn itself empty, in the next frame: its first
    // draw also fits the window to the events, once, which would undo the window set above.
    const handOver = () => {
      instance.off('changed', handOver);
      setTimeline(instance);
    };
    instance.on('changed', handOver);
    return () => {
      instance.off('changed', handOver);
      setTimeline(null);
      resizes.disconnect();
      stopMajorRow();
      detachKeyboard();
      stopTitles();
      delete window.__atlasTimeline;
      instance.destroy();
    };
  }, [atlas, items, groups, axisFormat]);

  // A selection marks the timeline through a stylesheet (below), so the items and their texts
  // are not rebuilt: at thousands of events, that made vis-timeline measure every item again.
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  const filterBySelection = onlySelected ? selectedActor : null;

  // Lanes and items, with their texts in every language: rebuilt when the data, the lanes or
  // the selection filter change, never on a language switch (bilingual-text.ts says why).
  useEffect(() => {
    if (!timeline || !atlas) return;
    const actors = new Map(atlas.actors.map((a) => [a.id, a]));
    const events = new Map(atlas.events.map((e) => [e.id, e]));
    const countries = new Map(atlas.countries.map((c) => [c.code, c]));
    const laneIds = laneOrder(lanes, atlas.countries.map((c) => c.code));
    const laneLabel = (lane: string, lang: UiLanguage) => {
      const vocabulary = i18next.getFixedT(lang, 'vocabulary');
      if (lanes === 'category') return vocabulary(`eventCategory.${lane}` as 'eventCategory.dialogue');
      if (lane === BILATERAL_LANE) return vocabulary('framework');
      return pickText(countries.get(lane)?.name, [lang]);
    };
    const entries = timelineEntries(atlas.events, actors, lanes).filter(
      (entry) => !filterBySelection || (events.get(entry.id)?.actors.includes(filterBySelection) ?? false),
    );
    const usedLanes = laneIds.filter((lane) => entries.some((entry) => entry.lane === lane));
    groups.clear();
    groups.add(
      usedLanes.map((lane, order) => ({
        id: lane,
        order,
        content: bilingualElement(inEveryLanguage((lang) => laneLabel(lane, lang)), { sameSize: true }) as unknown as string,
      })),
    );
    const next: DataItem[] = entries.map((entry) => {
      const event = events.get(entry.id);
      const title = (lang: UiLanguage) => pickText(event?.title, [lang]);
      const tooltip = (lang: UiLanguage) => `${event ? formatDateSpan(event.date, event.endDate, lang) : ''} — ${title(lang)}`;
      const classes = [`event`, `event--${entry.category}`, `event--${entry.kind}`, `event-id--${entry.id}`];
      if (entry.id === keyboardCursor.current) classes.push(KEYBOARD_FOCUS_CLASS);
      return {
        id: entry.id,
        group: entry.lane,
        start: entry.start,
        ...(entry.end ? { end: entry.end } : {}),
        type: entry.kind === 'point' ? 'box' : 'range',
        className: classes.join(' '),
        content: bilingualElement(inEveryLanguage(title), { sameSize: true }) as unknown as string,
        title: bilingualElement(inEveryLanguage(tooltip), { sameSize: false }) as unknown as string,
      };
    });
    const keep = new Set(next.map((item) => item.id));
    // vis-timeline draws and measures each added item on its own, a forced layout each (425 ms
    // for 500 events). Undisplayed, the first fill costs no layout; redraw() measures after.
    whileUndisplayed(items.length === 0 ? container.current : null, () => {
      items.remove(items.getIds().filter((id) => !keep.has(id as string)));
      items.update(next);
    });
    timeline.redraw();
    // Tests and the benchmark wait for this: set once the timeline holds its events, not when it is created empty.
    window.__atlasTimeline = timeline;
  }, [timeline, atlas, items, groups, lanes, filterBySelection]);

  // Each item is measured once, with its hidden languages too; a font file that arrives later
  // (the other language's glyphs load after the first map) changes those widths: measure again,
  // and stack again, or titles that grew overlap their neighbours until the next zoom or scroll.
  useEffect(() => {
    if (!timeline) return;
    const measureAgain = () => measureAndRestack(timeline);
    document.fonts.addEventListener('loadingdone', measureAgain);
    return () => document.fonts.removeEventListener('loadingdone', measureAgain);
  }, [timeline]);

  // A language switch: the stylesheet already shows the items' other language; only the axis
  // labels are written again (setOptions redraws without measuring every item, as redraw() would).
  useEffect(() => {
    language.current = uiLanguage;
    translate.current = t;
    if (!timeline || !container.current) return;
    makeLaneLabelsFocusable(container.current, t('timelineKeyboard.lanes'));
    // In the next frame: setOptions reads the page's layout, which the switch has just changed
    // everywhere; read at once, it was laid out here and again for the frame.
    const frame = requestAnimationFrame(() => timeline.setOptions({ format: axisFormat }));
    return () => cancelAnimationFrame(frame);
  }, [timeline, uiLanguage, t, axisFormat]);

  // The selected actor's events ringed and the others greyed, by a stylesheet (selection-marks.ts).
  const marks = useMemo(() => selectionMarks(), []);
  useEffect(() => () => marks.remove(), [marks]);
  useEffect(() => {
    marks.mark(atlas && selectedActor ? atlas.events.filter((event) => event.actors.includes(selectedActor)).map((event) => event.id) : null);
  }, [atlas, marks, selectedActor]);

  // The selected event, brought into view when it was chosen elsewhere (map, details, sources).
  useEffect(() => {
    if (!timeline) return;
    if (selection?.kind !== 'event') {
      timeline.setSelection([]);
      return;
    }
    timeline.setSelection([selection.id]);
    const item = items.get(selection.id);
    const shown = timeline.getWindow();
    const start = item ? new Date(item.start).valueOf() : null;
    if (start !== null && (start < shown.start.valueOf() || start > shown.end.valueOf())) timeline.moveTo(start, { animation: false });
  }, [timeline, items, selection]);

  // The as-of date as a draggable marker.
  const markerShown = useRef(false);
  useEffect(() => {
    markerShown.current = false;
  }, [timeline]);
  useEffect(() => {
    if (!timeline) return;
    if (asOfDate === null) {
      if (markerShown.current) timeline.removeCustomTime(AS_OF_MARKER);
      markerShown.current = false;
      return;
    }
    if (markerShown.current) timeline.setCustomTime(localDate(asOfDate), AS_OF_MARKER);
    else timeline.addCustomTime(localDate(asOfDate), AS_OF_MARKER);
    markerShown.current = true;
    timeline.setCustomTimeTitle(t('time.asOfMarker'), AS_OF_MARKER);
  }, [timeline, asOfDate, t]);

  return (
    <>
      <div
        ref={container}
        className="timeline"
        data-testid="timeline"
        role="group"
        tabIndex={0}
        aria-label={t('time.timelineLabel')}
        aria-describedby="timeline-keys-hint"
      />
      <p id="timeline-keys-hint" className="visually-hidden">
        {t('timelineKeyboard.hint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
