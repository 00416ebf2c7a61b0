import type { EventSummary } from '../../api/types';
import type { EventCategory } from '../../domain/vocabulary';
import type { AtlasDatabase } from '../connection';
import { readLocalized } from './localized-texts';

interface EventRow {
  id: string;
  date: string;
  endDate: string | null;
  category: EventCategory;
}

/** Events in date order (then dataset order), with their titles and involved actors. */
export function readEventSummaries(db: AtlasDatabase, only?: { readonly involvingActor: string } | { readonly eventId: string }): EventSummary[] {
  const [filter, parameters] = !only
    ? ['', []]
    : 'eventId' in only
      ? ['WHERE id = ?', [only.eventId]]
      : ['WHERE id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)', [only.involvingActor]];
  const rows = db
    .prepare(`SELECT id, date, end_date AS endDate, category FROM events ${filter} ORDER BY date, position`)
    .all(...parameters) as EventRow[];
  const ids = rows.map((row) => row.id);
  const titles = readLocalized(db, 'event_texts', 'title', ids);
  const actorRows = db
    .prepare('SELECT event_id AS eventId, actor_id AS actorId FROM event_actors WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY position')
    .all(JSON.stringify(ids)) as { eventId: string; actorId: string }[];
  const actorsByEvent = new Map<string, string[]>();
  for (const { eventId, actorId } of actorRows) actorsByEvent.set(eventId, [...(actorsByEvent.get(eventId) ?? []), actorId]);
  return rows.map((row) => ({ ...row, title: titles.get(row.id) ?? {}, actors: actorsByEvent.get(row.id) ?? [] }));
}
