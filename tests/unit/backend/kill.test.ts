import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAtlas } from '../../../backend/open-atlas';
import { backupProblem, listBackupFiles } from '../../../db/backup';
import { contentHashOf } from '../../../db/bundle/import-bundle';
import { openSqliteFile } from '../../../db/sqlite-file';
import { bundleForTests } from '../../support/bundle-for-tests';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { makeUserWork, readUserWork } from '../../support/user-work';

const TRIALS_PER_KIND = 12;
/** Kills land anywhere in the first few rounds of imports or backups the process runs. */
const LONGEST_DELAY_MS = 300;

let target = '';

/** Each bundle the process imports, by content hash: what a wholly imported dataset holds. */
const BUNDLES = new Map(
  [SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH].map((path) => {
    const bundle = readRawBundle(path);
    return [contentHashOf(readFileSync(path, 'utf8')), { actors: bundle.actors.length, relations: bundle.relations.length, events: bundle.events.length }];
  }),
);

/** Starts the process, waits until it has the database open, lets it work for `delayMs` and kills it with SIGKILL. */
function killAfter(args: readonly string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [target, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the process ended by itself: ${stderr}`))));
  });
}

/** What a user would find on starting the app again after the kill. */
function afterTheKill(dataDirectory: string) {
  const db = openSqliteFile(join(dataDirectory, 'atlas.sqlite'), { fileMustExist: true });
  const integrity = db.pragma('integrity_check', { simple: true });
  const hash = db.prepare('SELECT content_hash FROM dataset').pluck().get() as string;
  const counts = {
    actors: db.prepare('SELECT COUNT(*) FROM actors').pluck().get(),
    relations: db.prepare('SELECT COUNT(*) FROM relations').pluck().get(),
    events: db.prepare('SELECT COUNT(*) FROM events').pluck().get(),
  };
  const work = readUserWork(db);
  db.close();

  const restarted = openAtlas({ dataDirectory, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
  const notices = restarted.notices.map((notice) => notice.kind);
  restarted.db.close();
  const backups = listBackupFiles(join(dataDirectory, 'backups'));
  const unusableBackups = backups.filter((backup) => {
    if (backupProblem(backup.path) !== null) return true;
    const copy = openSqliteFile(backup.path, { readonly: true });
    const briefings = copy.prepare('SELECT COUNT(*) FROM briefings').pluck().get();
    copy.close();
    return briefings !== 2;
  });
  // Killed before its first backup, the process has not made the folder yet.
  const backupFolder = join(dataDirectory, 'backups');
  const leftovers = existsSync(backupFolder) ? readdirSync(backupFolder).filter((name) => !name.endsWith('.sqlite')) : [];
  return { integrity, wholeDataset: BUNDLES.get(hash), counts, work, notices, backups: backups.length, unusableBackups: unusableBackups.map((b) => b.name), leftovers };
}

describe('killed with SIGKILL at random moments', () => {
  beforeAll(() => {
    target = bundleForTests('tests/support/kill-target.ts');
  });

  for (const kind of ['import', 'backup'] as const) {
    it(`during ${kind}s, leaves a sound database, the dataset wholly old or wholly new, the user's work and only usable backups`, async () => {
      const dir = makeTempDir();
      try {
        const dataDirectory = join(dir.path, 'data');
        const setup = openAtlas({ dataDirectory, bundledDatasetPath: SHIPPED_BUNDLE_PATH });
        makeUserWork(setup.db, 2);
        const work = readUserWork(setup.db);
        setup.db.close();

        let survived = 0;
        for (let trial = 1; trial <= TRIALS_PER_KIND; trial += 1) {
          const delay = Math.floor(Math.random() * LONGEST_DELAY_MS);
          await killAfter([dataDirectory, kind, SMALL_BUNDLE_PATH, SHIPPED_BUNDLE_PATH], delay);
          const found = afterTheKill(dataDirectory);
          const context = `trial ${trial}, killed ${delay} ms after the database was opened`;
          expect(found.integrity, context).toBe('ok');
          expect(found.wholeDataset, context).toEqual(found.counts);
          expect(found.work, context).toEqual(work);
          expect(found.notices, context).not.toContain('database_recovered');
          expect(found.unusableBackups, context).toEqual([]);
          expect(found.leftovers, context).toEqual([]);
          survived += 1;
        }
        expect(listBackupFiles(join(dataDirectory, 'backups')).length).toBeGreaterThan(0);
        console.log(`kill -9 during ${kind}s: ${survived} of ${TRIALS_PER_KIND} trials left a sound database, the user's work and only usable backups.`);
      } finally {
        dir.remove();
      }
    }, 120_000);
  }
});
