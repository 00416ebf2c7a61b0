import type { CitationView, SourceView, SourceWithCitations } from '../../api/types';
import type { ActorFunction, Confidence } from '../../domain/vocabulary';
import type { AtlasDatabase } from '../connection';
import { readLocalized } from './localized-texts';

export type CitationOwner = { readonly actorId: string } | { readonly relationId: string } | { readonly eventId: string };

function ownerColumn(owner: CitationOwner): [column: string, id: string] {
  if ('actorId' in owner) return ['actor_id', owner.actorId];
  if ('relationId' in owner) return ['relation_id', owner.relationId];
  return ['event_id', owner.eventId];
}

type CitationRow = Omit<SourceView, 'title'> & { confidence: Confidence | null };

function withTitles(db: AtlasDatabase, rows: readonly CitationRow[]): CitationView[] {
  const titles = readLocalized(
    db,
    'source_texts',
    'title',
    rows.map((row) => row.id),
  );
  return rows.map(({ confidence, ...source }) => ({ source: { ...source, title: titles.get(source.id) ?? {} }, confidence }));
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
    .all(id) as CitationRow[];
  return withTitles(db, rows);
}

/** The sources behind each of an actor's roles, by function, in the dataset's order. */
export function readRoleCitations(db: AtlasDatabase, actorId: string): Map<ActorFunction, CitationView[]> {
  const rows = db
    .prepare(
      `SELECT c.function, s.id, s.publisher, s.date, s.url, c.confidence
       FROM role_citations c JOIN sources s ON s.id = c.source_id
       WHERE c.actor_id = ? ORDER BY c.function, c.position`,
    )
    .all(actorId) as (CitationRow & { function: ActorFunction })[];
  const views = withTitles(
    db,
    rows.map(({ function: _function, ...citation }) => citation),
  );
  const byFunction = new Map<ActorFunction, CitationView[]>();
  rows.forEach((row, i) => byFunction.set(row.function, [...(byFunction.get(row.function) ?? []), views[i]!]));
  return byFunction;
}

/**
 * Every source in dataset order, each with the records that cite it. A source behind an actor's
 * role counts as cited by that actor (once, however many of its roles cite it).
 */
export function readSourcesWithCitations(db: AtlasDatabase): SourceWithCitations[] {
  const sources = db.prepare('SELECT id, publisher, date, url FROM sources ORDER BY position').all() as Omit<SourceView, 'title'>[];
  const titles = readLocalized(db, 'source_texts', 'title');
  const citations = db
    .prepare(
      `SELECT c.source_id AS sourceId, c.actor_id AS actorId, c.relation_id AS relationId, c.event_id AS eventId, c.confidence
       FROM (
         SELECT source_id, actor_id, relation_id, event_id, confidence FROM citations
         UNION ALL
         -- SQLite takes a bare column from the row that holds the MIN: the strongest confidence.
         SELECT source_id, actor_id, NULL, NULL, confidence FROM (
           SELECT source_id, actor_id, confidence,
                  MIN(CASE confidence WHEN 'official' THEN 0 WHEN 'reported' THEN 1 WHEN 'analyst' THEN 2 ELSE 3 END)
           FROM role_citations rc
           WHERE NOT EXISTS (SELECT 1 FROM citations o WHERE o.source_id = rc.source_id AND o.actor_id = rc.actor_id)
           GROUP BY source_id, actor_id
         )
       ) c
       LEFT JOIN actors a ON a.id = c.actor_id
       LEFT JOIN relations r ON r.id = c.relation_id
       LEFT JOIN events e ON e.id = c.event_id
       ORDER BY c.actor_id IS NULL, a.position, c.relation_id IS NULL, r.position, e.date, e.position`,
    )
    .all() as { sourceId: string; actorId: string | null; relationId: string | null; eventId: string | null; confidence: Confidence | null }[];
  const bySource = new Map<string, SourceWithCitations['citedBy'][number][]>();
  for (const c of citations) {
    const record: SourceWithCitations['citedBy'][number] = c.actorId
      ? { kind: 'actor', id: c.actorId, confidence: c.confidence }
      : c.relationId
        ? { kind: 'relation', id: c.relationId, confidence: c.confidence }
        : { kind: 'event', id: c.eventId ?? '', confidence: c.confidence };
    const cited = bySource.get(c.sourceId);
    if (cited) cited.push(record);
    else bySource.set(c.sourceId, [record]);
  }
  return sources.map((source) => ({ source: { ...source, title: titles.get(source.id) ?? {} }, citedBy: bySource.get(source.id) ?? [] }));
}
