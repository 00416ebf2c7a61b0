import { selectionMarkRules } from './selection-mark-rules';

/**
 * The selected organization's events, marked on the timeline by one stylesheet instead of by
 * each item's class. vis-timeline redraws and measures every item whose data changes, a forced
 * layout each: marking a selection that way was 60 ms of a click on the shipped data, and grew
 * with the number of events. A rule changes no item's size (the ring is a shadow), so nothing
 * needs measuring. A constructed stylesheet is CSSOM, which the page's policy (style-src 'self')
 * allows where a <style> element would be refused.
 */
export interface SelectionMarks {
  /** Rings `relatedEventIds` and greys every other event; null: no selection, no marks. */
  mark(relatedEventIds: readonly string[] | null): void;
  remove(): void;
}

export function selectionMarks(): SelectionMarks {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    mark: (relatedEventIds) => sheet.replaceSync(selectionMarkRules(relatedEventIds, (id) => CSS.escape(id))),
    remove: () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
