import type { EditableKind } from '../../api/editing-types';
import { precisionOf } from '../../domain/partial-date';
import type { BundleActor, BundleCitation, BundleEvent, BundleRelation, Bundle } from '../bundle/bundle-schema';
import { citationSourceId } from '../bundle/integrity-rules';
import type { AtlasDatabase } from '../connection';
import { recordSchema, TABLE_OF } from './record-kinds';

/**
 * Writes one record of the dataset the way an import writes it (db/bundle/import-bundle.ts),
 * so an edited dataset reads back, exports and compares exactly like an imported one.
 * A record is replaced whole: its row is deleted (its texts, aliases, roles and citations go
 * with it through ON DELETE CASCADE) and written again at the same position. Callers run
 * these inside one transaction with foreign keys deferred, because other records may refer
 * to the record while it is briefly absent.
 */

type BundleSource = Bundle['sources'][number];

export function removeRecord(db: AtlasDatabase, kind: EditableKind, id: string): void {
  db.prepare(`DELETE FROM ${TABLE_OF[kind]} WHERE id = ?`).run(id);
}

export function positionOf(db: AtlasDatabase, kind: EditableKind, id: string): number | null {
  const row = db.prepare(`SELECT position FROM ${TABLE_OF[kind]} WHERE id = ?`).get(id) as { position: number } | undefined;
  return row?.position ?? null;
}

export function nextPosition(db: AtlasDatabase, kind: EditableKind): number {
  return (db.prepare(`SELECT coalesce(max(position) + 1, 0) FROM ${TABLE_OF[kind]}`).pluck().get() as number) ?? 0;
}

/** Languages the record writes in that the dataset did not list yet (the editor writes English and Japanese, which it always has). */
function ensureLanguages(db: AtlasDatabase, texts: readonly (Readonly<Record<string, string>> | null | undefined)[]): string[] {
  const known = db.prepare('SELECT code FROM languages ORDER BY position').pluck().all() as string[];
  const insert = db.prepare('INSERT INTO languages (code, position) VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM languages))');
  for (const text of texts) {
    for (const lang of Object.keys(text ?? {})) {
      if (!known.includes(lang)) {
        insert.run(lang);
        known.push(lang);
      }
    }
  }
  return known;
}

/** A record's citations without repeats of a source: the first one counts, as on import. */
function distinctCitations(citations: readonly BundleCitation[]) {
  const seen = new Set<string>();
  return citations.flatMap((citation, position) => {
    const sourceId = citationSourceId(citation);
    if (seen.has(sourceId)) return [];
    seen.add(sourceId);
    return [{ sourceId, confidence: typeof citation === 'string' ? null : citation.confidence, position }];
  });
}

function cite(db: AtlasDatabase, owner: 'actor_id' | 'relation_id' | 'event_id', ownerId: string, citations: readonly BundleCitation[]): void {
  const insert = db.prepare(`INSERT INTO citations (source_id, ${owner}, confidence, position) VALUES (?, ?, ?, ?)`);
  for (const { sourceId, confidence, position } of distinctCitations(citations)) insert.run(sourceId, ownerId, confidence, position);
}

function insertSource(db: AtlasDatabase, source: BundleSource, position: number): void {
  ensureLanguages(db, [source.title]);
  db.prepare('INSERT INTO sources (id, publisher, date, url, position) VALUES (?, ?, ?, ?, ?)').run(
    source.id,
    source.publisher ?? null,
    source.date ?? null,
    source.url ?? null,
    position,
  );
  const insertText = db.prepare('INSERT INTO source_texts (source_id, lang, title) VALUES (?, ?, ?)');
  for (const [lang, title] of Object.entries(source.title)) insertText.run(source.id, lang, title);
}

function insertActor(db: AtlasDatabase, actor: BundleActor, position: number): void {
  const languages = ensureLanguages(db, [actor.name, actor.short, actor.description, actor.note]);
  db.prepare(
    'INSERT INTO actors (id, type, country_code, parent_id, valid_from, valid_to, succeeded_by, reading, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(actor.id, actor.type, actor.country, actor.parent ?? null, actor.from ?? null, actor.to ?? null, actor.succeededBy ?? null, actor.reading ?? null, position);
  const insertRole = db.prepare('INSERT INTO actor_roles (actor_id, function, lead, position) VALUES (?, ?, ?, ?)');
  const insertRoleCitation = db.prepare('INSERT INTO role_citations (actor_id, function, source_id, confidence, position) VALUES (?, ?, ?, ?, ?)');
  actor.roles.forEach((role, i) => {
    insertRole.run(actor.id, role.function, role.lead ? 1 : 0, i);
    distinctCitations(role.sources).forEach((c) => insertRoleCitation.run(actor.id, role.function, c.sourceId, c.confidence, c.position));
  });
  const insertText = db.prepare(
    'INSERT INTO actor_texts (actor_id, lang, name, short_name, description, note, name_is_unofficial) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const lang of languages) {
    const name = actor.name[lang] ?? null;
    const short = actor.short?.[lang] ?? null;
    const description = actor.description[lang] ?? null;
    const note = actor.note?.[lang] ?? null;
    if (name === null && short === null && description === null && note === null) continue;
    insertText.run(actor.id, lang, name, short, description, note, actor.unofficialName.includes(lang) ? 1 : 0);
  }
  const insertAlias = db.prepare('INSERT INTO actor_aliases (actor_id, alias, position) VALUES (?, ?, ?)');
  [...new Set(actor.aliases)].forEach((alias, i) => {
    insertAlias.run(actor.id, alias, i);
  });
  cite(db, 'actor_id', actor.id, actor.sources);
}

function insertRelation(db: AtlasDatabase, relation: BundleRelation, position: number): void {
  const languages = ensureLanguages(db, [relation.description, relation.note]);
  db.prepare('INSERT INTO relations (id, type, source_id, target_id, valid_from, valid_to, position) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    relation.id,
    relation.type,
    relation.source,
    relation.target,
    relation.from ?? null,
    relation.to ?? null,
    position,
  );
  const insertText = db.prepare('INSERT INTO relation_texts (relation_id, lang, description, note) VALUES (?, ?, ?, ?)');
  for (const lang of languages) {
    const description = relation.description[lang] ?? null;
    const note = relation.note?.[lang] ?? null;
    if (description !== null || note !== null) insertText.run(relation.id, lang, description, note);
  }
  cite(db, 'relation_id', relation.id, relation.sources);
}

function insertEvent(db: AtlasDatabase, event: BundleEvent, position: number): void {
  const languages = ensureLanguages(db, [event.title, event.summary, event.note]);
  db.prepare('INSERT INTO events (id, date, date_precision, end_date, category, position) VALUES (?, ?, ?, ?, ?, ?)').run(
    event.id,
    event.date,
    precisionOf(event.date),
    event.endDate ?? null,
    event.category,
    position,
  );
  const insertText = db.prepare('INSERT INTO event_texts (event_id, lang, title, summary, note) VALUES (?, ?, ?, ?, ?)');
  for (const lang of languages) {
    const title = event.title[lang] ?? null;
    const summary = event.summary[lang] ?? null;
    const note = event.note?.[lang] ?? null;
    if (title !== null || summary !== null || note !== null) insertText.run(event.id, lang, title, summary, note);
  }
  const insertActor = db.prepare('INSERT INTO event_actors (event_id, actor_id, position) VALUES (?, ?, ?)');
  [...new Set(event.actors)].forEach((actorId, i) => insertActor.run(event.id, actorId, i));
  cite(db, 'event_id', event.id, event.sources);
}

/** Writes a record given in the bundle's file form (defaults are filled in by the record's schema). */
export function insertRecord(db: AtlasDatabase, kind: EditableKind, record: unknown, position: number): void {
  const parsed = recordSchema(kind).parse(record);
  if (kind === 'actor') insertActor(db, parsed as BundleActor, position);
  else if (kind === 'relation') insertRelation(db, parsed as BundleRelation, position);
  else if (kind === 'event') insertEvent(db, parsed as BundleEvent, position);
  else insertSource(db, parsed as BundleSource, position);
}
