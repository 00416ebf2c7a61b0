import type { SourceWithCitations, SourceView } from '../../../api/types';
import type { VisibleSet } from '../map/model/drawn-graph';
import type { MapLink } from '../../../domain/map-links';

/**
 * The sources behind what a scene shows: every source cited by a visible actor or relation,
 * or by the selected event or relation, in the dataset's source order.
 */
export function sourcesShown(
  sources: readonly SourceWithCitations[],
  links: readonly MapLink[],
  visible: VisibleSet,
  selection: { readonly kind: string; readonly id: string } | null,
): SourceView[] {
  const shownRelations = new Set(links.filter((l) => l.relationId && visible.links.has(l.id)).map((l) => l.relationId));
  const isShown = (record: SourceWithCitations['citedBy'][number]) =>
    (record.kind === 'actor' && visible.actors.has(record.id)) ||
    (record.kind === 'relation' && shownRelations.has(record.id)) ||
    (selection?.kind === record.kind && selection.id === record.id);
  return sources.filter((entry) => entry.citedBy.some(isShown)).map((entry) => entry.source);
}
