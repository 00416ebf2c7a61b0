import type { EditableKind, EditableRecord } from '../../api/editing-types';
import type { BundleCitation } from '../bundle/bundle-schema';
import { citationSourceId } from '../bundle/integrity-rules';
import type { BundleFile } from '../exchange/canonical-bundle';
import { LIST_OF } from './record-kinds';

/**
 * An edit as a change to the whole bundle, so the bundle's own validation can judge the
 * result. Deleting a record also removes what would otherwise point at nothing: the
 * relations of a deleted organization, its place in events, its children's parent link and
 * its predecessors' successor link, and every citation of a deleted source. These are part
 * of the same change, and undone with it.
 */

export type RecordEdit =
  | { readonly action: 'create'; readonly kind: EditableKind; readonly record: EditableRecord }
  | { readonly action: 'update'; readonly kind: EditableKind; readonly id: string; readonly record: EditableRecord }
  | { readonly action: 'delete'; readonly kind: EditableKind; readonly id: string };

type Listed = { readonly id?: unknown };

export class RecordNotFoundError extends Error {
  constructor(
    readonly kind: EditableKind,
    readonly id: string,
  ) {
    super(`No ${kind} has the id "${id}".`);
    this.name = 'RecordNotFoundError';
  }
}

function withoutSource(citations: readonly BundleCitation[] | undefined, sourceId: string): BundleCitation[] | undefined {
  return citations?.filter((citation) => citationSourceId(citation) !== sourceId);
}

function deleteActor(bundle: BundleFile, id: string): BundleFile {
  return {
    ...bundle,
    actors: bundle.actors
      .filter((a) => a.id !== id)
      .map((a) => (a.parent === id || a.succeededBy === id ? { ...a, parent: a.parent === id ? undefined : a.parent, succeededBy: a.succeededBy === id ? undefined : a.succeededBy } : a)),
    relations: bundle.relations.filter((r) => r.source !== id && r.target !== id),
    events: bundle.events.map((e) => (e.actors?.includes(id) ? { ...e, actors: e.actors.filter((a) => a !== id) } : e)),
  };
}

function deleteSource(bundle: BundleFile, id: string): BundleFile {
  const cites = (citations: readonly BundleCitation[] | undefined) => citations?.some((c) => citationSourceId(c) === id) ?? false;
  return {
    ...bundle,
    sources: bundle.sources.filter((s) => s.id !== id),
    actors: bundle.actors.map((a) =>
      cites(a.sources) || a.roles?.some((r) => cites(r.sources))
        ? { ...a, sources: withoutSource(a.sources, id), roles: a.roles?.map((r) => ({ ...r, sources: withoutSource(r.sources, id) ?? [] })) }
        : a,
    ),
    relations: bundle.relations.map((r) => (cites(r.sources) ? { ...r, sources: withoutSource(r.sources, id) } : r)),
    events: bundle.events.map((e) => (cites(e.sources) ? { ...e, sources: withoutSource(e.sources, id) } : e)),
  };
}

/** The bundle after the edit, and where the edited record now stands in its list (-1 once deleted). */
export function applyEdit(bundle: BundleFile, edit: RecordEdit): { readonly bundle: BundleFile; readonly index: number } {
  const list = LIST_OF[edit.kind];
  const records = bundle[list] as readonly Listed[];
  if (edit.action === 'create') {
    return { bundle: { ...bundle, [list]: [...records, edit.record] }, index: records.length };
  }
  const index = records.findIndex((r) => r.id === edit.id);
  if (index < 0) throw new RecordNotFoundError(edit.kind, edit.id);
  if (edit.action === 'update') {
    // The id is how other records refer to this one: it stays, whatever the form sent.
    const replaced = records.map((r, i) => (i === index ? { ...edit.record, id: edit.id } : r));
    return { bundle: { ...bundle, [list]: replaced }, index };
  }
  if (edit.kind === 'actor') return { bundle: deleteActor(bundle, edit.id), index: -1 };
  if (edit.kind === 'source') return { bundle: deleteSource(bundle, edit.id), index: -1 };
  return { bundle: { ...bundle, [list]: records.filter((r) => r.id !== edit.id) }, index: -1 };
}
