import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundleText } from '../../backend/dataset-files';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { SMALL_BUNDLE_PATH } from './bundles';

/**
 * What undoes each migration. Old releases' import code is gone, so a database "as release N
 * left it" is made by importing with today's code and undoing the later migrations; the
 * migration tests check that the result has exactly the schema migrations 1..N create.
 */
const UNDO: Readonly<Record<number, string>> = {
  6: `
    CREATE VIRTUAL TABLE actor_search USING fts5(actor_id UNINDEXED, field UNINDEXED, lang UNINDEXED, text, tokenize = 'trigram');
    INSERT INTO actor_search (actor_id, field, lang, text) SELECT actor_id, 'name', lang, name FROM actor_texts WHERE name IS NOT NULL;
    INSERT INTO actor_search (actor_id, field, lang, text) SELECT actor_id, 'alias', NULL, alias FROM actor_aliases;
  `,
  5: `
    DROP TABLE briefing_marks;
    DROP TABLE notes;
  `,
  4: `
    DROP TABLE edit_log;
  `,
  3: `
    DROP TABLE role_citations;
    DROP TABLE actor_roles;
    DROP TABLE release_changes;
    ALTER TABLE actors DROP COLUMN reading;
    ALTER TABLE dataset DROP COLUMN release_date;
  `,
  2: `
    DROP TABLE scene_texts;
    DROP TABLE scenes;
    DROP TABLE briefing_texts;
    DROP TABLE briefings;
  `,
};

/**
 * A database at schema `version` holding the small bundle, imported as the shipped one (same
 * content hash, so openAtlas does not import it again), and a saved node position.
 * `beforeDowngrade` may add rows to tables the target schema still has.
 */
export function createLegacyDatabase(file: string, version: number, beforeDowngrade?: (db: Database.Database) => void): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  importBundleText(db, readFileSync(SMALL_BUNDLE_PATH, 'utf8'), {
    name: 'small-bundle.json',
    origin: 'bundled',
    backupDirectory: join(file, '..', 'no-backups'),
  });
  db.prepare("INSERT INTO node_positions (actor_id, x, y) VALUES ('nisc', 1, 2)").run();
  beforeDowngrade?.(db);
  for (let v = MIGRATIONS.at(-1)?.version ?? 0; v > version; v--) {
    // Versions are not always consecutive on a branch (another branch ships the one between).
    if (!MIGRATIONS.some((migration) => migration.version === v)) continue;
    const undo = UNDO[v];
    if (undo === undefined) throw new Error(`tests/support/legacy-database.ts does not know how to undo migration ${v}`);
    db.exec(undo);
  }
  db.pragma(`user_version = ${version}`);
  db.close();
}

/** The schema of a fresh database that migrations 1..`version` created, for comparison with a legacy one. */
export function schemaCreatedByMigrations(file: string, version: number): Record<string, unknown> {
  const db = new Database(file);
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  db.close();
  return schemaOf(file);
}

/** Tables with their columns, and indexes, as SQLite reports them: for comparing two databases' schemas. */
export function schemaOf(file: string): Record<string, unknown> {
  const db = new Database(file, { readonly: true });
  const objects = db
    .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index') ORDER BY name")
    .all() as { type: string; name: string }[];
  const schema = Object.fromEntries(
    objects.map(({ type, name }) => [name, type === 'table' ? db.pragma(`table_xinfo(${JSON.stringify(name)})`) : db.pragma(`index_info(${JSON.stringify(name)})`)]),
  );
  db.close();
  return schema;
}
