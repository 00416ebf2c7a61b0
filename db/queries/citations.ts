import type { CitationView, SourceView } from '../../api/types';
import type { Confidence } from '../../domain/vocabulary';
import type { AtlasDatabase } from '../connection';
import { readLocalized } from './localized-texts';

export type CitationOwner = { readonly actorId: string } | { readonly relationId: string } | { readonly eventId: string };

function ownerColumn(owner: CitationOwner): [column: string, id: string] {
  if ('actorId' in owner) return ['actor_id', owner.actorId];
  if ('relationId' in owner) return ['relation_id', owner.relationId];
  return ['event_id', owner.eventId];
}

/** The sources a record cites, in the order the dataset lists them, with the confidence of each citation. */
export function readCitations(db: AtlasDatabase, owner: CitationOwner): CitationView[] {
  const [column, id] = ownerColumn(owner);
  const rows = db
    .prepare(
      `SELECT s.id, s.publisher, s.date, s.url, c.confidence
       FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.${column} = ? ORDER BY c.position`,
    )
    .all(id) as (Omit<SourceView, 'title'> & { confidence: Confidence | null })[];
  const titles = readLocalized(
    db,
    'source_texts',
    'title',
    rows.map((row) => row.id),
  );
  return rows.map(({ confidence, ...source }) => ({ source: { ...source, title: titles.get(source.id) ?? {} }, confidence }));
}
