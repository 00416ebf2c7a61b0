import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundleText } from '../../../backend/dataset-files';
import { openDatabase } from '../../../db/connection';
import { validateBundle } from '../../../db/bundle/validate-bundle';
import { readHistory } from '../../../db/editing/change-log';
import { readEditableRecord } from '../../../db/editing/edit-records';
import { redo, undo } from '../../../db/editing/undo-redo';
import { readBundle } from '../../../db/exchange/export-bundle';
import { bundleForTests } from '../../support/bundle-for-tests';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

const TRIALS = 10;
const LONGEST_DELAY_MS = 600;

let target = '';

/** Runs the editing process, kills it with SIGKILL `delayMs` after it opened the database, and answers the last rename it reported committed. */
function killDuringEdits(dataDirectory: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [target, dataDirectory, 'npa'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout === '') setTimeout(() => child.kill('SIGKILL'), delayMs);
      stdout += chunk.toString();
    });
    // 'close', not 'exit': only then has everything the process printed been read.
    child.once('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the process ended by itself: ${stderr}`));
      const rounds = [...stdout.matchAll(/committed (\d+)\n/g)].map((m) => Number(m[1]));
      resolve(rounds.at(-1) ?? 0);
    });
  });
}

describe('killed with SIGKILL during edits', () => {
  beforeAll(() => {
    target = bundleForTests('tests/support/edit-kill-target.ts');
  });

  it('loses no committed edit, leaves valid data whose last change can still be undone', async () => {
    const dir = makeTempDir();
    try {
      const dataDirectory = join(dir.path, 'data');
      mkdirSync(dataDirectory);
      const db0 = openDatabase(join(dataDirectory, 'atlas.sqlite'));
      importBundleText(db0, readFileSync(SMALL_BUNDLE_PATH, 'utf8'), { name: 'small-bundle.json', origin: 'file', backupDirectory: join(dataDirectory, 'backups') });
      db0.close();

      let reported = 0;
      let lastName = 'National Police Agency';
      for (let trial = 1; trial <= TRIALS; trial += 1) {
        const delay = Math.floor(Math.random() * LONGEST_DELAY_MS);
        const acknowledged = await killDuringEdits(dataDirectory, delay);
        const context = `trial ${trial}, killed ${delay} ms after opening, ${acknowledged} renames reported`;
        const db = openDatabase(join(dataDirectory, 'atlas.sqlite'));
        try {
          expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
          expect(validateBundle(JSON.parse(JSON.stringify(readBundle(db)))).ok, context).toBe(true);
          // The name is that of the last reported rename, or of one more that committed before its report.
          const name = (readEditableRecord(db, 'actor', 'npa')['name'] as { en: string }).en;
          const expected = [`Renamed ${acknowledged + 1}`, acknowledged === 0 ? lastName : `Renamed ${acknowledged}`];
          expect(expected, context).toContain(name);
          // The log agrees with the data: the change Undo would take back is the rename the data shows.
          if (name !== 'National Police Agency') {
            expect(readHistory(db, 5).undo?.after, context).toMatchObject([{ id: 'npa', record: { name: { en: name } } }]);
            undo(db);
            expect((readEditableRecord(db, 'actor', 'npa')['name'] as { en: string }).en, context).not.toBe(name);
            redo(db);
          }
          lastName = name;
          reported += acknowledged;
        } finally {
          db.close();
        }
      }
      console.log(`kill -9 during edits: ${TRIALS} of ${TRIALS} trials kept every committed edit (${reported} renames reported in all) and a working undo.`);
    } finally {
      dir.remove();
    }
  }, 120_000);
});
