import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundle } from '../../db/bundle/import-bundle';
import { validateBundle } from '../../db/bundle/validate-bundle';
import { openDatabase, type AtlasDatabase } from '../../db/connection';
import { makeTempDir } from './temp-dir';

/** A database in a temporary folder holding the bundle at `path` (the shipped one by default). */
export function databaseWith(path: string, dir = makeTempDir()): { db: AtlasDatabase; close: () => void } {
  const validation = validateBundle(JSON.parse(readFileSync(path, 'utf8')));
  if (!validation.ok) throw new Error(validation.problems.join('\n'));
  const db = openDatabase(join(dir.path, 'atlas.sqlite'));
  importBundle(db, validation.bundle, { sourceName: 'test.json', origin: 'file', contentHash: 'test', warnings: [] });
  return {
    db,
    close: () => {
      db.close();
      dir.remove();
    },
  };
}
