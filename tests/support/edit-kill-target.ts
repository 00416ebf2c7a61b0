import { join } from 'node:path';
import { openDatabase } from '../../db/connection';
import { editRecord, readEditableRecord } from '../../db/editing/edit-records';
import { redo, undo } from '../../db/editing/undo-redo';

/**
 * The process tests/unit/db/editing-kill.test.ts kills with SIGKILL: on a data folder the test
 * prepared, it renames one organization again and again (undoing and redoing every third
 * rename), and prints the number of each rename once its transaction has committed.
 */
const [dataDirectory = '', actorId = 'npa'] = process.argv.slice(2);
const db = openDatabase(join(dataDirectory, 'atlas.sqlite'));
process.stdout.write('ready\n');
for (let round = 1; ; round += 1) {
  const record = readEditableRecord(db, 'actor', actorId);
  editRecord(db, { action: 'update', kind: 'actor', id: actorId, record: { ...record, name: { ...(record['name'] as object), en: `Renamed ${round}` } } });
  if (round % 3 === 0) {
    undo(db);
    redo(db);
  }
  process.stdout.write(`committed ${round}\n`);
}
