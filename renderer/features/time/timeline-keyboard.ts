import type { DataSet } from 'vis-data/peer';
import type { DataItem, Timeline } from 'vis-timeline/peer';

/** The class that marks the event the keyboard is on (styled in app.css like a focus ring). */
export const KEYBOARD_FOCUS_CLASS = 'is-keyboard-focus';

/**
 * The timeline by keyboard. The timeline is one tab stop; on it ← and → move to the previous and
 * next event in time, Home and End to the first and last, and Enter or Space opens the event's
 * details, as a click does. The event moved to is brought into view (time and lane) and announced. vis-timeline
 * has no keyboard support of its own, and its items are only in the DOM while in view, so the
 * keyboard position is kept here by event id rather than as DOM focus.
 */
export function attachTimelineKeyboard(options: {
  readonly container: HTMLElement;
  readonly timeline: Timeline;
  readonly items: DataSet<DataItem>;
  /** The event the keyboard is on, read when item classes are rebuilt. */
  readonly cursor: { current: string | null };
  readonly selectedId: () => string | null;
  onOpen(eventId: string): void;
  onAnnounce(eventId: string): void;
}): () => void {
  const { container, timeline, items, cursor } = options;
  const ordered = () =>
    items
      .get()
      .map((item) => ({ id: String(item.id), start: new Date(item.start).valueOf() }))
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));

  const mark = (id: string | null) => {
    const previous = cursor.current;
    cursor.current = id;
    const restyle = (itemId: string, on: boolean) => {
      const item = items.get(itemId);
      if (!item) return;
      const classes = (item.className ?? '').split(' ').filter((c) => c && c !== KEYBOARD_FOCUS_CLASS);
      if (on) classes.push(KEYBOARD_FOCUS_CLASS);
      items.update({ id: itemId, className: classes.join(' ') });
    };
    if (previous && previous !== id) restyle(previous, false);
    if (id) restyle(id, true);
  };

  const moveTo = (id: string) => {
    mark(id);
    // focus() also scrolls the lanes: on a short timeline the event's lane may be out of view
    // below, and vis-timeline draws no element (so no focus ring) for items out of view.
    // zoom: false keeps the user's time scale; only the window's middle moves to the event.
    timeline.focus(id, { zoom: false, animation: false });
    options.onAnnounce(id);
  };

  /** Where the keyboard starts: the selected event, else the first in view, else the first of all. */
  const startingIndex = (list: readonly { id: string; start: number }[]) => {
    const shown = timeline.getWindow();
    const selected = options.selectedId();
    const index = list.findIndex((entry) => entry.id === selected);
    if (index >= 0) return index;
    const inView = list.findIndex((entry) => entry.start >= shown.start.valueOf() && entry.start <= shown.end.valueOf());
    return inView >= 0 ? inView : 0;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== container || event.ctrlKey || event.metaKey || event.altKey) return;
    const list = ordered();
    if (list.length === 0) return;
    const index = cursor.current ? list.findIndex((entry) => entry.id === cursor.current) : -1;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = index < 0 ? startingIndex(list) : Math.min(index + 1, list.length - 1);
    else if (event.key === 'ArrowLeft') next = index < 0 ? startingIndex(list) : Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && cursor.current) {
      event.preventDefault();
      options.onOpen(cursor.current);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const entry = list[next];
    if (entry) moveTo(entry.id);
  };

  const onFocus = () => {
    // Only a keyboard focus (Tab) picks an event; a click on the timeline focuses it too.
    if (cursor.current || !container.matches(':focus-visible')) return;
    const list = ordered();
    const first = list[startingIndex(list)];
    if (first) moveTo(first.id);
  };
  const onBlur = () => mark(null);

  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focus', onFocus);
  container.addEventListener('blur', onBlur);
  return () => {
    container.removeEventListener('keydown', onKeyDown);
    container.removeEventListener('focus', onFocus);
    container.removeEventListener('blur', onBlur);
  };
}
