import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { editRecord, readEditableRecord } from '../../../db/editing/edit-records';
import { schemaVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { readAtlas } from '../../../db/queries/atlas';
import { searchAtlas } from '../../../db/queries/search';
import { contentTables } from '../../../db/tables';
import { createLegacyDatabase, schemaCreatedByMigrations, schemaOf } from '../../support/legacy-database';
import { makeTempDir } from '../../support/temp-dir';

describe('migration 6: the unused full-text table goes', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('starts from a schema 5 database exactly as migrations 1–5 create it, full-text table filled', () => {
    const file = join(dir.path, 'legacy.sqlite');
    createLegacyDatabase(file, 5);
    expect(schemaOf(file)).toEqual(schemaCreatedByMigrations(join(dir.path, 'reference.sqlite'), 5));
  });

  it('upgrades a schema 5 database keeping its data and positions; search and editing work without the table', () => {
    const file = join(dir.path, 'atlas.sqlite');
    createLegacyDatabase(file, 5);
    const db = openDatabase(file);
    try {
      expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
      expect(contentTables(db)).not.toContain('actor_search');
      expect(readAtlas(db).positions).toEqual({ nisc: { x: 1, y: 2 } });
      expect(searchAtlas(db, '警察庁').map((hit) => hit.id)).toContain('npa');
      const npa = readEditableRecord(db, 'actor', 'npa');
      editRecord(db, { action: 'update', kind: 'actor', id: 'npa', record: { ...npa, name: { en: 'National Police Agency of Japan', ja: '警察庁' } } });
      expect(searchAtlas(db, 'Agency of Japan').map((hit) => hit.id)).toContain('npa');
    } finally {
      db.close();
    }
  });
});
