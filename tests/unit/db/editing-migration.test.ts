import { MIGRATIONS } from '../../../db/migrations';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { readHistory } from '../../../db/editing/change-log';
import { editRecord, readEditableRecord } from '../../../db/editing/edit-records';
import { undo } from '../../../db/editing/undo-redo';
import { schemaVersion } from '../../../db/migrate';
import { readAtlas } from '../../../db/queries/atlas';
import { createLegacyDatabase, schemaCreatedByMigrations, schemaOf } from '../../support/legacy-database';
import { makeTempDir } from '../../support/temp-dir';

describe('migration 4: the change log', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('starts from a schema 3 database exactly as migrations 1–3 create it', () => {
    createLegacyDatabase(join(dir.path, 'legacy.sqlite'), 3);
    expect(schemaOf(join(dir.path, 'legacy.sqlite'))).toEqual(schemaCreatedByMigrations(join(dir.path, 'reference.sqlite'), 3));
  });

  it('upgrades a schema 3 database keeping its data and positions, with an empty history that editing then fills', () => {
    const file = join(dir.path, 'atlas.sqlite');
    createLegacyDatabase(file, 3);
    const db = openDatabase(file);
    try {
      expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
      expect(readAtlas(db).positions).toEqual({ nisc: { x: 1, y: 2 } });
      expect(readHistory(db)).toEqual({ undo: null, redo: null, entries: [] });
      const npa = readEditableRecord(db, 'actor', 'npa');
      editRecord(db, { action: 'update', kind: 'actor', id: 'npa', record: { ...npa, name: { en: 'NPA (edited)', ja: '警察庁' } } });
      expect(readAtlas(db).actors.find((a) => a.id === 'npa')?.name.en).toBe('NPA (edited)');
      undo(db);
      expect(readAtlas(db).actors.find((a) => a.id === 'npa')?.name.en).toBe('National Police Agency');
    } finally {
      db.close();
    }
  });
});
