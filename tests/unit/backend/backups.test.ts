import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, IntegrityReport, RestoreSummary } from '../../../api/types';
import { BACKUP_MIN_INTERVAL_MS, BACKUP_QUIET_MS, scheduleBackups } from '../../../backend/backup-schedule';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { backupDatabase, listBackupFiles } from '../../../db/backup';
import { readAtlas } from '../../../db/queries/atlas';
import { createBriefing } from '../../../db/queries/briefings';
import { SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { DAMAGE } from '../../support/damage';
import { makeTempDir } from '../../support/temp-dir';
import { makeUserWork, readUserWork } from '../../support/user-work';
import { callThrough } from '../../support/dispatch-call';

describe('listing, restoring and checking from the app', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let dispatch: Dispatch;
  const changes: string[] = [];
  const start = () => {
    session = openAtlas({ dataDirectory: join(dir.path, 'data'), bundledDatasetPath: SMALL_BUNDLE_PATH });
    dispatch = createDispatcher(createHandlers(session, { onDataChanged: () => changes.push('changed') }), () => undefined);
  };
  const call = callThrough(() => dispatch);

  beforeEach(() => {
    dir = makeTempDir();
    changes.length = 0;
    start();
  });
  afterEach(() => {
    if (session.db.open) session.db.close();
    dir.remove();
  });

  it('lists backups newest first, with why they were taken, the dataset and the briefings they hold', async () => {
    makeUserWork(session.db, 2);
    backupDatabase(session.db, session.backupDirectory, 'after-changes', new Date(Date.UTC(2026, 11, 1, 9)));
    const other = JSON.stringify(smallBundleWith((b) => ((b['title'] as Record<string, string>)['en'] = 'Other')));
    await call('importDataset', { fileName: 'other.json', text: other });
    const backups = await call<BackupInfo[]>('listBackups');
    expect(backups.map(({ kind, datasetName, briefings }) => ({ kind, datasetName, briefings }))).toEqual([
      { kind: 'before-import', datasetName: 'small-bundle.json', briefings: 2 },
      { kind: 'after-changes', datasetName: 'small-bundle.json', briefings: 2 },
    ]);
    expect(backups[1]).toMatchObject({ name: 'atlas-2026-12-01T09-00-00-000Z-after-changes.sqlite', createdAt: '2026-12-01T09:00:00.000Z' });
    expect(backups[1]?.bytes).toBeGreaterThan(10_000);
  });

  it('restores a backup: the dataset and the user’s work as they were, after backing up the present, so it can be undone', async () => {
    makeUserWork(session.db, 2);
    const then = readUserWork(session.db);
    const backup = backupDatabase(session.db, session.backupDirectory, 'after-changes');
    createBriefing(session.db, { en: 'Made after the backup' });
    await call('importDataset', { fileName: 'other.json', text: JSON.stringify(smallBundleWith((b) => b.events.pop())) });
    const now = readUserWork(session.db);

    const summary = await call<RestoreSummary>('restoreBackup', { name: backup.split(/[/\\]/).pop() });
    expect(readUserWork(session.db)).toEqual(then);
    expect(readAtlas(session.db).dataset.sourceName).toBe('small-bundle.json');
    expect(readAtlas(session.db).events).toHaveLength(3);
    expect(summary.previousStateBackup).toMatch(/-before-restore\.sqlite$/);
    expect(session.db.pragma('foreign_key_check')).toEqual([]);

    await call('restoreBackup', { name: summary.previousStateBackup });
    expect(readUserWork(session.db)).toEqual(now);
    expect(readAtlas(session.db).dataset.sourceName).toBe('other.json');
  });

  it('refuses names that are not backups, and damaged backups, changing nothing', async () => {
    makeUserWork(session.db, 1);
    const before = readUserWork(session.db);
    for (const name of ['../atlas.sqlite', 'atlas.sqlite', '/etc/passwd']) {
      expect(await dispatch('restoreBackup', { name })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    }
    expect(await dispatch('restoreBackup', { name: 'atlas-2020-01-01T00-00-00-000Z-on-quit.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no backup called "atlas-2020-01-01T00-00-00-000Z-on-quit.sqlite".' },
    });
    const damaged = backupDatabase(session.db, session.backupDirectory, 'on-quit');
    DAMAGE['header overwritten'](damaged);
    const refused = await dispatch('restoreBackup', { name: damaged.split(/[/\\]/).pop() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_arguments', message: expect.stringMatching(/^The backup ".*" cannot be restored \(.+\); nothing was changed\.$/) } });
    expect(readUserWork(session.db)).toEqual(before);
    expect(listBackupFiles(session.backupDirectory)).toHaveLength(1);
  });

  it('checks the whole database on demand, finding what the quick check at start does not', async () => {
    expect(await call<IntegrityReport>('checkIntegrity')).toMatchObject({ ok: true, problems: [] });
    session.db.close();
    // An index whose entries no longer match its table: quick_check does not look, integrity_check does.
    const raw = new Database(join(dir.path, 'data', 'atlas.sqlite'));
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX events_by_date ON events(category)' WHERE name = 'events_by_date'").run();
    raw.close();
    start();
    expect(session.notices).toEqual([]);
    const report = await call<IntegrityReport>('checkIntegrity');
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/events_by_date/);
  });

  it('tells the shell when an operation changed the database, and only then', async () => {
    await call('getAtlas');
    await call('listBackups');
    expect(changes).toEqual([]);
    await call('savePositions', { positions: [{ actorId: 'nisc', x: 1, y: 2 }] });
    await call('resetPositions');
    await call('createBriefing', { title: { en: 'New' } });
    expect(changes).toEqual(['changed', 'changed', 'changed']);
  });
});

describe('backups after changes and on quitting', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  const errors: unknown[] = [];
  const kinds = () => listBackupFiles(session.backupDirectory).map((backup) => backup.kind);

  beforeEach(() => {
    vi.useFakeTimers();
    dir = makeTempDir();
    session = openAtlas({ dataDirectory: dir.path, bundledDatasetPath: SMALL_BUNDLE_PATH });
  });
  afterEach(() => {
    vi.useRealTimers();
    session.db.close();
    dir.remove();
  });

  it('follows a change within seconds, then at most every few minutes', () => {
    const schedule = scheduleBackups(session.db, session.backupDirectory, (error) => errors.push(error));
    makeUserWork(session.db, 1);
    schedule.changed();
    vi.advanceTimersByTime(BACKUP_QUIET_MS - 1);
    expect(kinds()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(kinds()).toEqual(['after-changes']);

    createBriefing(session.db, { en: 'Second' });
    schedule.changed();
    vi.advanceTimersByTime(BACKUP_MIN_INTERVAL_MS - 1);
    expect(kinds()).toEqual(['after-changes']);
    vi.advanceTimersByTime(1);
    expect(kinds()).toEqual(['after-changes', 'after-changes']);
    expect(errors).toEqual([]);
  });

  it('backs up on quitting only what was not backed up yet', () => {
    const schedule = scheduleBackups(session.db, session.backupDirectory, (error) => errors.push(error));
    schedule.finish();
    expect(kinds()).toEqual([]);
    schedule.changed();
    schedule.finish();
    expect(kinds()).toEqual(['on-quit']);
    vi.advanceTimersByTime(BACKUP_MIN_INTERVAL_MS);
    expect(kinds()).toEqual(['on-quit']);
  });
});
