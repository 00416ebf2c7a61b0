import type { Migration } from '../migrate';

/**
 * Bundle format v2: the functions an organization performs (each with its own citations), the
 * hiragana reading of an actor's Japanese name, and the dataset's release (date and changelog).
 * All of it is dataset content, rebuilt on every import like the tables of migration 1; a
 * database migrated from schema 2 simply has none of it until the next import.
 */
export const rolesReadingsReleaseSchema: Migration = {
  version: 3,
  name: 'actor roles, readings and dataset release',
  up: `
    ALTER TABLE actors ADD COLUMN reading TEXT;

    CREATE TABLE actor_roles (
      actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
      function TEXT NOT NULL,
      lead INTEGER NOT NULL CHECK (lead IN (0, 1)),
      position INTEGER NOT NULL,
      PRIMARY KEY (actor_id, function)
    ) STRICT;
    CREATE INDEX actor_roles_by_function ON actor_roles(function);

    CREATE TABLE role_citations (
      actor_id TEXT NOT NULL,
      function TEXT NOT NULL,
      source_id TEXT NOT NULL REFERENCES sources(id),
      confidence TEXT CHECK (confidence IN ('official', 'reported', 'analyst')),
      position INTEGER NOT NULL,
      PRIMARY KEY (actor_id, function, source_id),
      FOREIGN KEY (actor_id, function) REFERENCES actor_roles(actor_id, function) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX role_citations_by_source ON role_citations(source_id);

    ALTER TABLE dataset ADD COLUMN release_date TEXT;

    CREATE TABLE release_changes (
      position INTEGER NOT NULL,
      lang TEXT NOT NULL REFERENCES languages(code),
      text TEXT NOT NULL,
      PRIMARY KEY (position, lang)
    ) STRICT;
  `,
};
