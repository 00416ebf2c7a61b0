import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATLAS_APPLICATION_ID, openDatabase } from '../../../db/connection';
import { DatabaseTooNewError, migrate, schemaVersion, type Migration } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { makeTempDir } from '../../support/temp-dir';

describe('database setup and migrations', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('creates a WAL database with foreign keys on, at the latest schema version', () => {
    const db = openDatabase(join(dir.path, 'atlas.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    db.close();
  });

  it('uses STRICT tables, so a value of the wrong type is refused', () => {
    const db = openDatabase(join(dir.path, 'atlas.sqlite'));
    expect(() => db.prepare('INSERT INTO node_positions (actor_id, x, y) VALUES (?, ?, ?)').run('a', 'left', 1)).toThrow(/cannot store TEXT value in REAL column/);
    expect(() => db.prepare("INSERT INTO relations (id, type, source_id, target_id, position) VALUES ('r', 'oversees', 'nobody', 'nobody', 0)").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });

  it('refuses a database written by a newer version of the app and leaves it as it was', () => {
    const file = join(dir.path, 'atlas.sqlite');
    const future = new Database(file);
    future.exec("CREATE TABLE from_the_future (x TEXT); INSERT INTO from_the_future VALUES ('kept');");
    future.pragma('user_version = 99');
    future.pragma(`application_id = ${ATLAS_APPLICATION_ID}`);
    future.close();

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(`newer version of Alliance Atlas (schema 99; this version knows up to ${MIGRATIONS.at(-1)?.version})`);

    const reopened = new Database(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(99);
    expect(reopened.prepare('SELECT x FROM from_the_future').get()).toEqual({ x: 'kept' });
    reopened.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves the schema untouched', () => {
    const db = new Database(join(dir.path, 'atlas.sqlite'));
    const migrations: Migration[] = [
      { version: 1, name: 'good', up: 'CREATE TABLE one (x INTEGER) STRICT;' },
      { version: 2, name: 'broken', up: 'CREATE TABLE two (x INTEGER) STRICT; INSERT INTO missing_table VALUES (1);' },
    ];
    expect(() => migrate(db, migrations)).toThrow(/no such table: missing_table/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([]);
    db.close();
  });

  it('backs up an existing database before migrating it, and only then', () => {
    const db = new Database(join(dir.path, 'atlas.sqlite'));
    const calls: [number, number][] = [];
    const migrations: Migration[] = [{ version: 1, name: 'one', up: 'CREATE TABLE one (x INTEGER) STRICT;' }];
    migrate(db, migrations, (from, to) => calls.push([from, to]));
    migrate(db, [...migrations, { version: 2, name: 'two', up: 'CREATE TABLE two (x INTEGER) STRICT;' }], (from, to) => calls.push([from, to]));
    migrate(db, [...migrations, { version: 2, name: 'two', up: '' }], (from, to) => calls.push([from, to]));
    expect(calls).toEqual([
      [0, 1],
      [1, 2],
    ]);
    db.close();
  });
});
