import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundleText } from '../../backend/dataset-files';
import { backupDatabase } from '../../db/backup';
import { openDatabase } from '../../db/connection';

/**
 * The process the kill -9 tests kill (tests/unit/backend/kill.test.ts bundles and runs it):
 * imports two bundles in turn, or takes backup after backup, without end, on a data folder
 * prepared by the test. It says "ready" once the database is open.
 */
const [dataDirectory = '', mode = 'import', ...bundles] = process.argv.slice(2);
const db = openDatabase(join(dataDirectory, 'atlas.sqlite'));
const backupDirectory = join(dataDirectory, 'backups');
const texts = bundles.map((file) => readFileSync(file, 'utf8'));
process.stdout.write('ready\n');
for (let round = 0; ; round += 1) {
  if (mode === 'import') importBundleText(db, texts[round % texts.length] ?? '', { name: `bundle-${round % texts.length}.json`, origin: 'file', backupDirectory });
  else backupDatabase(db, backupDirectory, 'after-changes');
}
