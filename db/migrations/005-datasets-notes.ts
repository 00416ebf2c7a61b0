import type { Migration } from '../migrate';

/**
 * The user's own notes on organizations, relations and events, and the moments a briefing was
 * last presented or exported. Both are user tables: no foreign key to the dataset (a note
 * names its record by kind and id only), so an import, which empties and refills the dataset
 * tables, never deletes or refuses them, and backups, restore and salvage carry them
 * (db/tables.ts derives the user tables). A note on a record a later import removed is kept
 * and shows again if the record comes back.
 *
 * `briefing_marks.bundle` is the data as it was at that moment (a gzipped canonical bundle),
 * which is what "what changed since this briefing was last presented" compares with.
 */
export const datasetsNotesSchema: Migration = {
  version: 5,
  name: 'notes and briefing marks',
  up: `
    CREATE TABLE notes (
      kind TEXT NOT NULL CHECK (kind IN ('actor', 'relation', 'event')),
      record_id TEXT NOT NULL,
      lang TEXT NOT NULL,
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (kind, record_id, lang)
    ) STRICT;

    CREATE TABLE briefing_marks (
      briefing_id INTEGER PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('presented', 'exported')),
      marked_at TEXT NOT NULL,
      bundle BLOB NOT NULL
    ) STRICT;
  `,
};
