import Database from 'better-sqlite3';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtlas } from '../../../backend/open-atlas';
import { openDatabase } from '../../../db/connection';
import { schemaVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { readAtlas } from '../../../db/queries/atlas';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { createLegacyDatabase, schemaCreatedByMigrations, schemaOf } from '../../support/legacy-database';
import { makeTempDir } from '../../support/temp-dir';

const USER_TABLES = ['briefings', 'briefing_texts', 'scenes', 'scene_texts'];

describe('migration 2: briefings and scenes', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  /** A database as the first release left it: schema 1, the small bundle imported as the shipped one. */
  const createSchema1Database = (file: string) => createLegacyDatabase(file, 1);
  const latest = MIGRATIONS.at(-1)!.version;

  it('starts from a schema 1 database exactly as migration 1 creates it', () => {
    createSchema1Database(join(dir.path, 'legacy.sqlite'));
    expect(schemaOf(join(dir.path, 'legacy.sqlite'))).toEqual(schemaCreatedByMigrations(join(dir.path, 'reference.sqlite'), 1));
  });

  it('upgrades a schema 1 database to the latest, keeping its dataset and user state', () => {
    const file = join(dir.path, 'atlas.sqlite');
    createSchema1Database(file);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latest);
    const atlas = readAtlas(db);
    expect(atlas.actors).toHaveLength(6);
    expect(atlas.dataset.sourceName).toBe('small-bundle.json');
    expect(atlas.positions).toEqual({ nisc: { x: 1, y: 2 } });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(USER_TABLES));
    db.close();
  });

  it('backs the schema 1 database up before migrating it when the app starts', () => {
    const dataDirectory = join(dir.path, 'data');
    mkdirSync(dataDirectory);
    createSchema1Database(join(dataDirectory, 'atlas.sqlite'));
    const session = openAtlas({ dataDirectory, bundledDatasetPath: SMALL_BUNDLE_PATH });
    expect(schemaVersion(session.db)).toBe(latest);
    session.db.close();

    const backups = readdirSync(join(dataDirectory, 'backups'));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^atlas-.*-before-migration-1-to-${latest}\\.sqlite$`))]);
    const backup = new Database(join(dataDirectory, 'backups', backups[0]!), { readonly: true });
    expect(schemaVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT count(*) FROM actors').pluck().get()).toBe(6);
    backup.close();
  });

  it('links the user tables to nothing the dataset import deletes', () => {
    const db = openDatabase(join(dir.path, 'atlas.sqlite'));
    const referenced = USER_TABLES.flatMap((table) => (db.pragma(`foreign_key_list(${table})`) as { table: string }[]).map((key) => key.table));
    expect(new Set(referenced)).toEqual(new Set(['briefings', 'scenes']));
    db.close();
  });

  it('refuses a cumulative flag other than 0 or 1, and a scene of a briefing that does not exist', () => {
    const db = openDatabase(join(dir.path, 'atlas.sqlite'));
    db.prepare("INSERT INTO briefings (id, created_at, updated_at) VALUES (1, 'now', 'now')").run();
    const insertScene = db.prepare("INSERT INTO scenes (briefing_id, position, cumulative, view, created_at, updated_at) VALUES (?, 0, ?, '{}', 'now', 'now')");
    expect(() => insertScene.run(1, 2)).toThrow(/CHECK constraint failed/);
    expect(() => insertScene.run(2, 0)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
