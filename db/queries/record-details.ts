import type { EventDetails, RelationDetails } from '../../api/types';
import type { AtlasDatabase } from '../connection';
import { readCitations } from './citations';
import { readEventSummaries } from './events';
import { readLocalized } from './localized-texts';
import { readRelationSummary } from './relations';

/** The evidence behind one edge of the map, or null when no relation has that id. */
export function readRelationDetails(db: AtlasDatabase, relationId: string): RelationDetails | null {
  const relation = readRelationSummary(db, relationId);
  if (!relation) return null;
  return {
    relation,
    description: readLocalized(db, 'relation_texts', 'description', [relationId]).get(relationId) ?? {},
    note: readLocalized(db, 'relation_texts', 'note', [relationId]).get(relationId) ?? null,
    citations: readCitations(db, { relationId }),
  };
}

/** One event with its summary and sources, or null when no event has that id. */
export function readEventDetails(db: AtlasDatabase, eventId: string): EventDetails | null {
  const [event] = readEventSummaries(db, { eventId });
  if (!event) return null;
  return {
    event,
    summary: readLocalized(db, 'event_texts', 'summary', [eventId]).get(eventId) ?? {},
    note: readLocalized(db, 'event_texts', 'note', [eventId]).get(eventId) ?? null,
    citations: readCitations(db, { eventId }),
  };
}
