import Database from 'better-sqlite3';
import { existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, BackupFailedError, backupProblem, KEEP_NEWEST_BACKUPS, listBackupFiles, removeUnfinishedBackups } from '../../../db/backup';
import { openDatabase, type AtlasDatabase } from '../../../db/connection';
import { makeTempDir } from '../../support/temp-dir';
import { makeUserWork, readUserWork } from '../../support/user-work';

const canFakeFullDisk = process.platform === 'linux' && existsSync('/dev/full');

describe('backups', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: AtlasDatabase;
  let backups: string;
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));

  beforeEach(() => {
    dir = makeTempDir();
    backups = join(dir.path, 'backups');
    db = openDatabase(join(dir.path, 'atlas.sqlite'));
    makeUserWork(db, 2);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('are sound, self-contained copies holding the user’s work, named by time and reason', () => {
    const file = backupDatabase(db, backups, 'before-import', at(0));
    expect(file).toBe(join(backups, 'atlas-2026-12-01T09-00-00-000Z-before-import.sqlite'));
    expect(readdirSync(backups)).toEqual(['atlas-2026-12-01T09-00-00-000Z-before-import.sqlite']);
    expect(backupProblem(file)).toBeNull();
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(readUserWork(copy)).toEqual(readUserWork(db));
    copy.close();
  });

  it('keep the newest ten, and the newest of each kind however many automatic ones follow', () => {
    backupDatabase(db, backups, 'before-import', at(0));
    backupDatabase(db, backups, 'before-migration-1-to-2', at(1));
    for (let minute = 2; minute < 20; minute += 1) backupDatabase(db, backups, 'after-changes', at(minute));
    const kept = listBackupFiles(backups);
    expect(kept.filter((backup) => backup.kind === 'after-changes')).toHaveLength(KEEP_NEWEST_BACKUPS);
    expect(kept.map((backup) => backup.kind)).toEqual([...Array<string>(KEEP_NEWEST_BACKUPS).fill('after-changes'), 'before-migration', 'before-import']);
    expect(kept[0]?.createdAt).toEqual(at(19));
  });

  it('ignore unfinished copies and other files, which start-up removes', () => {
    backupDatabase(db, backups, 'on-quit', at(0));
    writeFileSync(join(backups, 'atlas-2026-12-01T09-05-00-000Z-before-import.sqlite.partial'), '');
    writeFileSync(join(backups, 'notes.txt'), 'mine');
    expect(listBackupFiles(backups).map((backup) => backup.name)).toEqual(['atlas-2026-12-01T09-00-00-000Z-on-quit.sqlite']);
    removeUnfinishedBackups(backups);
    expect(readdirSync(backups).sort()).toEqual(['atlas-2026-12-01T09-00-00-000Z-on-quit.sqlite', 'notes.txt']);
  });

  it.skipIf(!canFakeFullDisk)('that fail for lack of space say so, leave nothing behind and never push a good backup out', () => {
    for (let minute = 0; minute < KEEP_NEWEST_BACKUPS; minute += 1) backupDatabase(db, backups, 'after-changes', at(minute));
    const before = listBackupFiles(backups).map((backup) => backup.name);
    for (let minute = 10; minute < 25; minute += 1) {
      // The kernel's always-full device: every write to it fails with ENOSPC, which SQLite reports as SQLITE_FULL.
      symlinkSync('/dev/full', join(backups, `atlas-${at(minute).toISOString().replace(/[:.]/g, '-')}-after-changes.sqlite.partial`));
      let failure: unknown;
      try {
        backupDatabase(db, backups, 'after-changes', at(minute));
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(BackupFailedError);
      expect(failure).toMatchObject({ diskFull: true, cause: { code: 'SQLITE_FULL' } });
    }
    expect(readdirSync(backups).sort()).toEqual([...before].sort());
    expect(listBackupFiles(backups).every((backup) => backupProblem(backup.path) === null)).toBe(true);
  });

  it('refuse to count a file that is not a sound Alliance Atlas database', () => {
    const foreign = join(dir.path, 'other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    expect(backupProblem(foreign)).toBe('not an Alliance Atlas database');
    writeFileSync(join(dir.path, 'text.sqlite'), 'not a database at all, only some words'.repeat(200));
    expect(backupProblem(join(dir.path, 'text.sqlite'))).toMatch(/not a database/);
  });
});
