import type { Migration } from '../migrate';

/**
 * The dataset tables are rebuilt from a bundle on import; `settings` and `node_positions`
 * belong to the user and survive imports, which is why positions carry no foreign key.
 * Every human-readable text lives in a *_texts table with one row per language.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE dataset (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      source_name TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('bundled', 'file')),
      content_hash TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      warnings TEXT NOT NULL
    ) STRICT;

    CREATE TABLE languages (
      code TEXT PRIMARY KEY,
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE dataset_texts (
      lang TEXT PRIMARY KEY REFERENCES languages(code),
      title TEXT NOT NULL
    ) STRICT;

    CREATE TABLE countries (
      code TEXT PRIMARY KEY,
      color TEXT NOT NULL,
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE country_texts (
      country_code TEXT NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
      lang TEXT NOT NULL REFERENCES languages(code),
      name TEXT NOT NULL,
      PRIMARY KEY (country_code, lang)
    ) STRICT;

    CREATE TABLE sources (
      id TEXT PRIMARY KEY,
      publisher TEXT,
      date TEXT,
      url TEXT,
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE source_texts (
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      lang TEXT NOT NULL REFERENCES languages(code),
      title TEXT NOT NULL,
      PRIMARY KEY (source_id, lang)
    ) STRICT;

    CREATE TABLE actors (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      country_code TEXT REFERENCES countries(code),
      parent_id TEXT REFERENCES actors(id) DEFERRABLE INITIALLY DEFERRED,
      valid_from TEXT,
      valid_to TEXT,
      succeeded_by TEXT REFERENCES actors(id) DEFERRABLE INITIALLY DEFERRED,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX actors_by_parent ON actors(parent_id);
    CREATE INDEX actors_by_successor ON actors(succeeded_by);

    CREATE TABLE actor_texts (
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      lang TEXT NOT NULL REFERENCES languages(code),
      name TEXT,
      short_name TEXT,
      description TEXT,
      note TEXT,
      name_is_unofficial INTEGER NOT NULL DEFAULT 0 CHECK (name_is_unofficial IN (0, 1)),
      PRIMARY KEY (actor_id, lang)
    ) STRICT;

    CREATE TABLE actor_aliases (
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (actor_id, alias)
    ) STRICT;

    CREATE TABLE relations (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      source_id TEXT NOT NULL REFERENCES actors(id),
      target_id TEXT NOT NULL REFERENCES actors(id),
      valid_from TEXT,
      valid_to TEXT,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX relations_by_source ON relations(source_id);
    CREATE INDEX relations_by_target ON relations(target_id);

    CREATE TABLE relation_texts (
      relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
      lang TEXT NOT NULL REFERENCES languages(code),
      description TEXT,
      note TEXT,
      PRIMARY KEY (relation_id, lang)
    ) STRICT;

    CREATE TABLE events (
      id TEXT PRIMARY KEY,
      date TEXT NOT NULL,
      date_precision TEXT NOT NULL CHECK (date_precision IN ('year', 'month', 'day')),
      end_date TEXT,
      category TEXT NOT NULL,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX events_by_date ON events(date);

    CREATE TABLE event_texts (
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      lang TEXT NOT NULL REFERENCES languages(code),
      title TEXT,
      summary TEXT,
      note TEXT,
      PRIMARY KEY (event_id, lang)
    ) STRICT;

    CREATE TABLE event_actors (
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      actor_id TEXT NOT NULL REFERENCES actors(id),
      position INTEGER NOT NULL,
      PRIMARY KEY (event_id, actor_id)
    ) STRICT;
    CREATE INDEX event_actors_by_actor ON event_actors(actor_id);

    CREATE TABLE citations (
      id INTEGER PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES sources(id),
      actor_id TEXT REFERENCES actors(id) ON DELETE CASCADE,
      relation_id TEXT REFERENCES relations(id) ON DELETE CASCADE,
      event_id TEXT REFERENCES events(id) ON DELETE CASCADE,
      confidence TEXT CHECK (confidence IN ('official', 'reported', 'analyst')),
      position INTEGER NOT NULL,
      CHECK ((actor_id IS NOT NULL) + (relation_id IS NOT NULL) + (event_id IS NOT NULL) = 1)
    ) STRICT;
    CREATE INDEX citations_by_source ON citations(source_id);
    CREATE INDEX citations_by_actor ON citations(actor_id);
    CREATE INDEX citations_by_relation ON citations(relation_id);
    CREATE INDEX citations_by_event ON citations(event_id);

    -- One row per searchable text; trigram tokens match any script, case-insensitively.
    CREATE VIRTUAL TABLE actor_search USING fts5(
      actor_id UNINDEXED,
      field UNINDEXED,
      lang UNINDEXED,
      text,
      tokenize = 'trigram'
    );

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE node_positions (
      actor_id TEXT PRIMARY KEY,
      x REAL NOT NULL,
      y REAL NOT NULL
    ) STRICT;
  `,
};
