import type { Migration } from '../migrate';

/**
 * Briefings and their scenes are user tables, like `settings` and `node_positions`: imports
 * never touch them. That is why `lang` does not reference `languages` (a dataset table, emptied
 * and rebuilt on every import) and why a scene's view names actors only inside its JSON,
 * without foreign keys: a re-import must never delete or refuse a user's scenes.
 */
export const briefingsSchema: Migration = {
  version: 2,
  name: 'briefings and scenes',
  up: `
    CREATE TABLE briefings (
      id INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE briefing_texts (
      briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
      lang TEXT NOT NULL,
      title TEXT NOT NULL,
      PRIMARY KEY (briefing_id, lang)
    ) STRICT;

    -- Positions run 0..n-1 within a briefing. The index is deliberately not UNIQUE: renumbering
    -- rewrites positions one row at a time, and SQLite checks uniqueness per row, not per statement.
    CREATE TABLE scenes (
      id INTEGER PRIMARY KEY,
      briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      cumulative INTEGER NOT NULL CHECK (cumulative IN (0, 1)),
      view TEXT NOT NULL, -- JSON of a SceneView, read back through the contract's schema
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX scenes_by_briefing ON scenes(briefing_id, position);

    -- A row exists while the scene has a title or notes in that language.
    CREATE TABLE scene_texts (
      scene_id INTEGER NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
      lang TEXT NOT NULL,
      title TEXT,
      notes TEXT,
      PRIMARY KEY (scene_id, lang)
    ) STRICT;
  `,
};
