import type { ActorDetails } from '../../api/types';
import type { AtlasDatabase } from '../connection';
import { readActorSummaries } from './actors';
import { readCitations, readRoleCitations } from './citations';
import { readEventSummaries } from './events';
import { readLocalized } from './localized-texts';
import { readRelationsOfActor } from './relations';

/** Everything the details panel shows about one actor, or null when no actor has that id. */
export function readActorDetails(db: AtlasDatabase, actorId: string): ActorDetails | null {
  const [actor] = readActorSummaries(db, [actorId]);
  if (!actor) return null;
  const ids = (sql: string) => (db.prepare(sql).all(actorId) as { id: string }[]).map((row) => row.id);
  const relations = readRelationsOfActor(db, actorId);
  const roleCitations = readRoleCitations(db, actorId);
  const relationDescriptions = readLocalized(
    db,
    'relation_texts',
    'description',
    relations.map((r) => r.id),
  );
  return {
    actor,
    roles: actor.roles.map((role) => ({ ...role, citations: roleCitations.get(role.function) ?? [] })),
    description: readLocalized(db, 'actor_texts', 'description', [actorId]).get(actorId) ?? {},
    note: readLocalized(db, 'actor_texts', 'note', [actorId]).get(actorId) ?? null,
    aliases: (db.prepare('SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY position').all(actorId) as { alias: string }[]).map(
      (row) => row.alias,
    ),
    children: ids('SELECT id FROM actors WHERE parent_id = ? ORDER BY position'),
    predecessors: ids('SELECT id FROM actors WHERE succeeded_by = ? ORDER BY position'),
    relations: relations.map((relation) => {
      const outgoing = relation.source === actorId;
      return {
        relation,
        description: relationDescriptions.get(relation.id) ?? {},
        direction: outgoing ? 'outgoing' : 'incoming',
        otherActorId: outgoing ? relation.target : relation.source,
      };
    }),
    events: readEventSummaries(db, { involvingActor: actorId }),
    citations: readCitations(db, { actorId }),
  };
}
