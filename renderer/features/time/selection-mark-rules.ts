/** The CSS that marks a selection's events on the timeline (applied by selection-marks.ts). */

// Greyed rather than faded: opacity 0.3 gave text 1.86:1 contrast, these colours 5:1 or more.
const DIMMED = 'color: #5f6670; background: #f4f5f7; border-color: #c5c9d0;';
const RELATED = 'box-shadow: 0 0 0 2px #facc15;';

/** Rings `relatedEventIds` and greys every other event; null: no selection, no rules. */
export function selectionMarkRules(relatedEventIds: readonly string[] | null, escape: (id: string) => string): string {
  if (relatedEventIds === null) return '';
  // `.event` keeps the rules as specific as the category colours they override, and adopted sheets come after the app's.
  if (relatedEventIds.length === 0) return `.timeline .vis-item.event { ${DIMMED} }`;
  const related = relatedEventIds.map((id) => `.event-id--${escape(id)}`).join(', ');
  return `.timeline .vis-item.event:not(:is(${related})) { ${DIMMED} }\n.timeline .vis-item.event:is(${related}) { ${RELATED} }`;
}
