import Database from 'better-sqlite3';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundleText } from '../../../backend/dataset-files';
import { openAtlas } from '../../../backend/open-atlas';
import { openDatabase } from '../../../db/connection';
import { schemaVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { readActorDetails } from '../../../db/queries/actor-details';
import { readAtlas } from '../../../db/queries/atlas';
import { listBriefings } from '../../../db/queries/briefings';
import { SMALL_BUNDLE_PATH, smallBundleV2 } from '../../support/bundles';
import { createLegacyDatabase, schemaCreatedByMigrations, schemaOf } from '../../support/legacy-database';
import { makeTempDir } from '../../support/temp-dir';

/** Migrations after 3 run too: the database ends at the latest schema. */
const LATEST = MIGRATIONS.at(-1)!.version;

describe('migration 3: actor roles, readings and the dataset release', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  /** A database as the previous release left it: schema 2, the small v1 bundle, a position and a briefing. */
  const createSchema2Database = (file: string) =>
    createLegacyDatabase(file, 2, (db) => {
      db.prepare("INSERT INTO briefings (id, created_at, updated_at) VALUES (1, '2026-11-30T09:00:00Z', '2026-11-30T09:00:00Z')").run();
      db.prepare("INSERT INTO briefing_texts (briefing_id, lang, title) VALUES (1, 'ja', '日米サイバー協力の概観')").run();
    });

  it('starts from a schema 2 database exactly as migrations 1 and 2 create it', () => {
    createSchema2Database(join(dir.path, 'legacy.sqlite'));
    expect(schemaOf(join(dir.path, 'legacy.sqlite'))).toEqual(schemaCreatedByMigrations(join(dir.path, 'reference.sqlite'), 2));
  });

  it('upgrades a schema 2 database, keeping its dataset, positions and briefings; v2 content arrives with the next import', () => {
    const file = join(dir.path, 'atlas.sqlite');
    createSchema2Database(file);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST);
    let atlas = readAtlas(db);
    expect(atlas.actors).toHaveLength(6);
    expect(atlas.positions).toEqual({ nisc: { x: 1, y: 2 } });
    expect(atlas.dataset).toMatchObject({ sourceName: 'small-bundle.json', release: null });
    expect(atlas.actors.every((a) => a.roles.length === 0 && a.reading === null)).toBe(true);
    expect(listBriefings(db).map((b) => b.title)).toEqual([{ ja: '日米サイバー協力の概観' }]);

    importBundleText(db, JSON.stringify(smallBundleV2()), { name: 'v2.json', origin: 'file', backupDirectory: join(dir.path, 'backups') });
    atlas = readAtlas(db);
    expect(atlas.dataset.release?.date).toBe('2026-12-02');
    expect(readActorDetails(db, 'npa')?.roles).toMatchObject([{ function: 'law_enforcement', lead: true, citations: [{ source: { id: 'src_a' } }] }]);
    expect(listBriefings(db)).toHaveLength(1);
    db.close();
  });

  it('backs the schema 2 database up before migrating it when the app starts', () => {
    const dataDirectory = join(dir.path, 'data');
    mkdirSync(dataDirectory);
    createSchema2Database(join(dataDirectory, 'atlas.sqlite'));
    const session = openAtlas({ dataDirectory, bundledDatasetPath: SMALL_BUNDLE_PATH });
    expect(schemaVersion(session.db)).toBe(LATEST);
    session.db.close();
    const backups = readdirSync(join(dataDirectory, 'backups'));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^atlas-.*-before-migration-2-to-${LATEST}\\.sqlite$`))]);
    const backup = new Database(join(dataDirectory, 'backups', backups[0]!), { readonly: true });
    expect(schemaVersion(backup)).toBe(2);
    expect(backup.prepare('SELECT count(*) FROM briefings').pluck().get()).toBe(1);
    backup.close();
  });

  it('refuses a role of an actor that does not exist, and a lead flag other than 0 or 1', () => {
    const db = openDatabase(join(dir.path, 'atlas.sqlite'));
    importBundleText(db, JSON.stringify(smallBundleV2()), { name: 'v2.json', origin: 'file', backupDirectory: join(dir.path, 'backups') });
    const insertRole = db.prepare('INSERT INTO actor_roles (actor_id, function, lead, position) VALUES (?, ?, ?, 9)');
    expect(() => insertRole.run('ghost', 'diplomacy', 0)).toThrow(/FOREIGN KEY/);
    expect(() => insertRole.run('npa', 'diplomacy', 2)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO role_citations (actor_id, function, source_id, confidence, position) VALUES ('npa', 'diplomacy', 'src_a', 'official', 0)").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});
