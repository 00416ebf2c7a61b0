import type { LocalizedText } from '../../domain/languages';
import type { Confidence, EventCategory } from '../../domain/vocabulary';
import { BUNDLE_FORMAT, CURRENT_BUNDLE_VERSION, type Bundle, type BundleCitation } from '../bundle/bundle-schema';
import type { AtlasDatabase } from '../connection';
import { readActorSummaries } from '../queries/actors';
import { NoDatasetError, readDatasetInfo } from '../queries/atlas';
import { readLocalized, type LocalizedMap } from '../queries/localized-texts';
import { readRelationSummaries } from '../queries/relations';
import { cachedStatement } from '../statement-cache';
import { canonicalBundle, type BundleFile } from './canonical-bundle';

/**
 * Reads the dataset held in the database back into a bundle that imports to the same
 * database, records in dataset order, written the canonical way (canonical-bundle.ts), so
 * the JSON of an unchanged dataset equals the file it was imported from.
 */

type CitationKey = 'actor_id' | 'relation_id' | 'event_id';

/** Citations grouped by owner, in their stored order; `sql` selects ownerId, sourceId and confidence. */
function citationsBy(db: AtlasDatabase, sql: string): Map<string, BundleCitation[]> {
  const rows = cachedStatement(db, sql).all() as { ownerId: string; sourceId: string; confidence: Confidence | null }[];
  const byOwner = new Map<string, BundleCitation[]>();
  for (const row of rows) {
    const citation: BundleCitation = row.confidence ? { id: row.sourceId, confidence: row.confidence } : row.sourceId;
    const list = byOwner.get(row.ownerId);
    if (list) list.push(citation);
    else byOwner.set(row.ownerId, [citation]);
  }
  return byOwner;
}

function readCitations(db: AtlasDatabase, owner: CitationKey): Map<string, BundleCitation[]> {
  return citationsBy(db, `SELECT ${owner} AS ownerId, source_id AS sourceId, confidence FROM citations WHERE ${owner} IS NOT NULL ORDER BY ${owner}, position`);
}

/** Values of a one-to-many table grouped by owner, in their stored order. */
function readLists(db: AtlasDatabase, sql: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const { ownerId, value } of cachedStatement(db, sql).all() as { ownerId: string; value: string }[]) {
    const list = lists.get(ownerId);
    if (list) list.push(value);
    else lists.set(ownerId, [value]);
  }
  return lists;
}

function texts(map: LocalizedMap, id: string): LocalizedText {
  return map.get(id) ?? {};
}

function readCountries(db: AtlasDatabase): Bundle['countries'] {
  const names = readLocalized(db, 'country_texts', 'name');
  const rows = db.prepare('SELECT code, color FROM countries ORDER BY position').all() as { code: string; color: string }[];
  return rows.map(({ code, color }) => ({ code, name: texts(names, code), color }));
}

function readSources(db: AtlasDatabase): Bundle['sources'] {
  const titles = readLocalized(db, 'source_texts', 'title');
  const rows = db.prepare('SELECT id, publisher, date, url FROM sources ORDER BY position').all() as {
    id: string;
    publisher: string | null;
    date: string | null;
    url: string | null;
  }[];
  return rows.map(({ id, publisher, date, url }) => ({ id, title: texts(titles, id), publisher, date, url }));
}

/** Each role's citations, by "actor id/function". */
function readRoleCitations(db: AtlasDatabase): Map<string, BundleCitation[]> {
  return citationsBy(db, `SELECT actor_id || '/' || function AS ownerId, source_id AS sourceId, confidence FROM role_citations ORDER BY actor_id, function, position`);
}

function readActors(db: AtlasDatabase): Bundle['actors'] {
  const descriptions = readLocalized(db, 'actor_texts', 'description');
  const notes = readLocalized(db, 'actor_texts', 'note');
  const aliases = readLists(db, 'SELECT actor_id AS ownerId, alias AS value FROM actor_aliases ORDER BY actor_id, position');
  const citations = readCitations(db, 'actor_id');
  const roleCitations = readRoleCitations(db);
  return readActorSummaries(db).map((actor) => ({
    ...actor,
    roles: actor.roles.map((role) => ({ ...role, sources: roleCitations.get(`${actor.id}/${role.function}`) ?? [] })),
    description: texts(descriptions, actor.id),
    aliases: aliases.get(actor.id) ?? [],
    unofficialName: [...actor.unofficialName],
    note: notes.get(actor.id),
    sources: citations.get(actor.id) ?? [],
  }));
}

function readRelations(db: AtlasDatabase): Bundle['relations'] {
  const descriptions = readLocalized(db, 'relation_texts', 'description');
  const notes = readLocalized(db, 'relation_texts', 'note');
  const citations = readCitations(db, 'relation_id');
  return readRelationSummaries(db).map((relation) => ({
    ...relation,
    description: texts(descriptions, relation.id),
    note: notes.get(relation.id),
    sources: citations.get(relation.id) ?? [],
  }));
}

function readEvents(db: AtlasDatabase): Bundle['events'] {
  const titles = readLocalized(db, 'event_texts', 'title');
  const summaries = readLocalized(db, 'event_texts', 'summary');
  const notes = readLocalized(db, 'event_texts', 'note');
  const actors = readLists(db, 'SELECT event_id AS ownerId, actor_id AS value FROM event_actors ORDER BY event_id, position');
  const citations = readCitations(db, 'event_id');
  const rows = db.prepare('SELECT id, date, end_date AS endDate, category FROM events ORDER BY position').all() as {
    id: string;
    date: string;
    endDate: string | null;
    category: EventCategory;
  }[];
  return rows.map((row) => ({
    ...row,
    title: texts(titles, row.id),
    summary: texts(summaries, row.id),
    actors: actors.get(row.id) ?? [],
    note: notes.get(row.id),
    sources: citations.get(row.id) ?? [],
  }));
}

/** The dataset in the database as a bundle; throws NoDatasetError when none was imported yet. */
export function readBundle(db: AtlasDatabase): BundleFile {
  const title = readLocalized(db, 'dataset_texts', 'title').get('dataset');
  if (!title) throw new NoDatasetError();
  const release = readDatasetInfo(db).release;
  const actors = readActors(db);
  // The lowest format version that holds the data, so a v1 dataset stays readable by older apps.
  const usesV2 = release !== null || actors.some((a) => a.roles.length > 0 || a.reading);
  return canonicalBundle({
    format: BUNDLE_FORMAT,
    version: usesV2 ? CURRENT_BUNDLE_VERSION : 1,
    title,
    release: release ? { date: release.date, changes: [...release.changes] } : undefined,
    countries: readCountries(db),
    sources: readSources(db),
    actors,
    relations: readRelations(db),
    events: readEvents(db),
  });
}
