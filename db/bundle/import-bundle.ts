import { createHash } from 'node:crypto';
import type { LocalizedText } from '../../domain/languages';
import { precisionOf } from '../../domain/partial-date';
import type { AtlasDatabase } from '../connection';
import type { Bundle, BundleCitation } from './bundle-schema';
import { citationSourceId } from './integrity-rules';

export interface ImportMetadata {
  readonly sourceName: string;
  /** 'bundled' for the dataset shipped with the app, 'file' for one the user chose. */
  readonly origin: 'bundled' | 'file';
  readonly contentHash: string;
  readonly warnings: readonly string[];
  readonly importedAt?: Date;
}

export function contentHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// The tables an import replaces; every other table belongs to the user (backups and recovery
// copy those). Children before parents, so that foreign keys never see a dangling row.
export const DATASET_TABLES = [
  'role_citations',
  'actor_roles',
  'release_changes',
  'citations',
  'event_actors',
  'event_texts',
  'events',
  'relation_texts',
  'relations',
  'actor_aliases',
  'actor_texts',
  'actors',
  'source_texts',
  'sources',
  'country_texts',
  'countries',
  'dataset_texts',
  'languages',
  'dataset',
];

/** Every language any text of the bundle is written in: English, Japanese, then the rest. */
function languagesOf(bundle: Bundle): string[] {
  const found = new Set<string>();
  const add = (text: LocalizedText | null | undefined) => Object.keys(text ?? {}).forEach((lang) => found.add(lang));
  add(bundle.title);
  bundle.release?.changes.forEach(add);
  bundle.countries.forEach((c) => add(c.name));
  bundle.sources.forEach((s) => add(s.title));
  bundle.actors.forEach((a) => [a.name, a.short, a.description, a.note].forEach(add));
  bundle.relations.forEach((r) => [r.description, r.note].forEach(add));
  bundle.events.forEach((e) => [e.title, e.summary, e.note].forEach(add));
  const priority = (lang: string) => (lang === 'en' ? 0 : lang === 'ja' ? 1 : 2);
  return [...found].sort((a, b) => priority(a) - priority(b) || a.localeCompare(b));
}

/** A record's citations without repeats of a source (the first one counts), in the bundle's order. */
function distinctCitations(citations: readonly BundleCitation[]) {
  const seen = new Set<string>();
  return citations.flatMap((citation, position) => {
    const sourceId = citationSourceId(citation);
    if (seen.has(sourceId)) return [];
    seen.add(sourceId);
    return [{ sourceId, confidence: typeof citation === 'string' ? null : citation.confidence, position }];
  });
}

/**
 * Replaces the dataset tables with the bundle's records in one transaction: on any failure
 * the previous dataset is still there, whole. User tables (settings, positions) are untouched.
 * The bundle must already have passed validateBundle.
 */
export function importBundle(db: AtlasDatabase, bundle: Bundle, metadata: ImportMetadata): void {
  const languages = languagesOf(bundle);
  const insert = (sql: string) => db.prepare(sql);

  db.transaction(() => {
    for (const table of DATASET_TABLES) db.prepare(`DELETE FROM ${table}`).run();

    insert(
      'INSERT INTO dataset (id, source_name, origin, content_hash, imported_at, warnings, release_date) VALUES (1, ?, ?, ?, ?, ?, ?)',
    ).run(
      metadata.sourceName,
      metadata.origin,
      metadata.contentHash,
      (metadata.importedAt ?? new Date()).toISOString(),
      JSON.stringify(metadata.warnings),
      bundle.release?.date ?? null,
    );
    const insertLanguage = insert('INSERT INTO languages (code, position) VALUES (?, ?)');
    languages.forEach((lang, i) => insertLanguage.run(lang, i));
    const insertTitle = insert('INSERT INTO dataset_texts (lang, title) VALUES (?, ?)');
    for (const [lang, title] of Object.entries(bundle.title)) insertTitle.run(lang, title);
    const insertChange = insert('INSERT INTO release_changes (position, lang, text) VALUES (?, ?, ?)');
    bundle.release?.changes.forEach((change, i) => {
      for (const [lang, text] of Object.entries(change)) insertChange.run(i, lang, text);
    });

    const insertCountry = insert('INSERT INTO countries (code, color, position) VALUES (?, ?, ?)');
    const insertCountryText = insert('INSERT INTO country_texts (country_code, lang, name) VALUES (?, ?, ?)');
    bundle.countries.forEach((country, i) => {
      insertCountry.run(country.code, country.color.toLowerCase(), i);
      for (const [lang, name] of Object.entries(country.name)) insertCountryText.run(country.code, lang, name);
    });

    const insertSource = insert('INSERT INTO sources (id, publisher, date, url, position) VALUES (?, ?, ?, ?, ?)');
    const insertSourceText = insert('INSERT INTO source_texts (source_id, lang, title) VALUES (?, ?, ?)');
    bundle.sources.forEach((source, i) => {
      insertSource.run(source.id, source.publisher ?? null, source.date ?? null, source.url ?? null, i);
      for (const [lang, title] of Object.entries(source.title)) insertSourceText.run(source.id, lang, title);
    });

    const insertActor = insert(
      'INSERT INTO actors (id, type, country_code, parent_id, valid_from, valid_to, succeeded_by, reading, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertRole = insert('INSERT INTO actor_roles (actor_id, function, lead, position) VALUES (?, ?, ?, ?)');
    const insertRoleCitation = insert(
      'INSERT INTO role_citations (actor_id, function, source_id, confidence, position) VALUES (?, ?, ?, ?, ?)',
    );
    const insertActorText = insert(
      'INSERT INTO actor_texts (actor_id, lang, name, short_name, description, note, name_is_unofficial) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertAlias = insert('INSERT INTO actor_aliases (actor_id, alias, position) VALUES (?, ?, ?)');
    const insertCitation = insert(
      'INSERT INTO citations (source_id, actor_id, relation_id, event_id, confidence, position) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const cite = (owner: { actor?: string; relation?: string; event?: string }, citations: readonly BundleCitation[]) =>
      distinctCitations(citations).forEach(({ sourceId, confidence, position }) =>
        insertCitation.run(sourceId, owner.actor ?? null, owner.relation ?? null, owner.event ?? null, confidence, position),
      );

    bundle.actors.forEach((actor, i) => {
      insertActor.run(
        actor.id,
        actor.type,
        actor.country,
        actor.parent ?? null,
        actor.from ?? null,
        actor.to ?? null,
        actor.succeededBy ?? null,
        actor.reading ?? null,
        i,
      );
      actor.roles.forEach((role, position) => {
        insertRole.run(actor.id, role.function, role.lead ? 1 : 0, position);
        distinctCitations(role.sources).forEach((c) => insertRoleCitation.run(actor.id, role.function, c.sourceId, c.confidence, c.position));
      });
      for (const lang of languages) {
        const name = actor.name[lang] ?? null;
        const short = actor.short?.[lang] ?? null;
        const description = actor.description[lang] ?? null;
        const note = actor.note?.[lang] ?? null;
        if (name === null && short === null && description === null && note === null) continue;
        insertActorText.run(actor.id, lang, name, short, description, note, actor.unofficialName.includes(lang) ? 1 : 0);
      }
      [...new Set(actor.aliases)].forEach((alias, position) => {
        insertAlias.run(actor.id, alias, position);
      });
      cite({ actor: actor.id }, actor.sources);
    });

    const insertRelation = insert(
      'INSERT INTO relations (id, type, source_id, target_id, valid_from, valid_to, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertRelationText = insert('INSERT INTO relation_texts (relation_id, lang, description, note) VALUES (?, ?, ?, ?)');
    bundle.relations.forEach((relation, i) => {
      insertRelation.run(relation.id, relation.type, relation.source, relation.target, relation.from ?? null, relation.to ?? null, i);
      for (const lang of languages) {
        const description = relation.description[lang] ?? null;
        const note = relation.note?.[lang] ?? null;
        if (description !== null || note !== null) insertRelationText.run(relation.id, lang, description, note);
      }
      cite({ relation: relation.id }, relation.sources);
    });

    const insertEvent = insert('INSERT INTO events (id, date, date_precision, end_date, category, position) VALUES (?, ?, ?, ?, ?, ?)');
    const insertEventText = insert('INSERT INTO event_texts (event_id, lang, title, summary, note) VALUES (?, ?, ?, ?, ?)');
    const insertEventActor = insert('INSERT INTO event_actors (event_id, actor_id, position) VALUES (?, ?, ?)');
    bundle.events.forEach((event, i) => {
      insertEvent.run(event.id, event.date, precisionOf(event.date), event.endDate ?? null, event.category, i);
      for (const lang of languages) {
        const title = event.title[lang] ?? null;
        const summary = event.summary[lang] ?? null;
        const note = event.note?.[lang] ?? null;
        if (title !== null || summary !== null || note !== null) insertEventText.run(event.id, lang, title, summary, note);
      }
      [...new Set(event.actors)].forEach((actorId, position) => insertEventActor.run(event.id, actorId, position));
      cite({ event: event.id }, event.sources);
    });
  })();
}
