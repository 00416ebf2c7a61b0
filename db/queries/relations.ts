import type { RelationSummary } from '../../api/types';
import type { AtlasDatabase } from '../connection';

const RELATION_COLUMNS = `id, type, source_id AS source, target_id AS target, valid_from AS "from", valid_to AS "to"`;

export function readRelationSummaries(db: AtlasDatabase): RelationSummary[] {
  return db.prepare(`SELECT ${RELATION_COLUMNS} FROM relations ORDER BY position`).all() as RelationSummary[];
}

export function readRelationSummary(db: AtlasDatabase, relationId: string): RelationSummary | null {
  return (db.prepare(`SELECT ${RELATION_COLUMNS} FROM relations WHERE id = ?`).get(relationId) as RelationSummary | undefined) ?? null;
}

/** Relations in which the actor is the source or the target. */
export function readRelationsOfActor(db: AtlasDatabase, actorId: string): RelationSummary[] {
  return db
    .prepare(`SELECT ${RELATION_COLUMNS} FROM relations WHERE source_id = ? OR target_id = ? ORDER BY position`)
    .all(actorId, actorId) as RelationSummary[];
}
