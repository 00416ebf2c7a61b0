import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAtlas } from '../../../backend/open-atlas';
import { StartupError } from '../../../backend/startup-error';
import { ATLAS_APPLICATION_ID } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { DAMAGE } from '../../support/damage';
import { mountSmallFilesystem, type SmallFilesystem } from '../../support/small-filesystem';
import { makeTempDir } from '../../support/temp-dir';

/** The StartupError a start on `dataDirectory` fails with. */
function startupError(dataDirectory: string): StartupError {
  try {
    openAtlas({ dataDirectory, bundledDatasetPath: SMALL_BUNDLE_PATH }).db.close();
  } catch (error) {
    if (error instanceof StartupError) return error;
    throw error;
  }
  throw new Error('the app started');
}

const isRoot = process.getuid?.() === 0;

describe('start-up errors in plain words', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let filesystem: SmallFilesystem | null = null;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => {
    vi.useRealTimers();
    filesystem?.remove();
    filesystem = null;
    chmodSync(dir.path, 0o700);
    dir.remove();
  });

  it('names a data folder that cannot be created, and says what to do, in English and Japanese', () => {
    const blocker = join(dir.path, 'a-file');
    writeFileSync(blocker, 'in the way');
    const folder = join(blocker, 'data');
    const error = startupError(folder);
    expect(error.dataDirectory).toBe(folder);
    expect(error.message).toBe(
      `The data folder ${folder} does not exist and cannot be created. Connect the drive it is on, or start Alliance Atlas with another data folder (--data-dir).`,
    );
    expect(error.inLanguage('ja')).toBe(
      `データフォルダー ${folder} が存在せず、作成することもできません。そのフォルダーがあるドライブを接続するか、別のデータフォルダーを指定して（--data-dir）Alliance Atlas を起動してください。`,
    );
  });

  it('names a read-only data folder and changes nothing in it', (context) => {
    // Root writes through permissions, so as root the folder sits on a file system mounted read-only.
    filesystem = isRoot ? mountSmallFilesystem(4 * 1024 * 1024) : null;
    if (isRoot && !filesystem) context.skip('running as root where no tmpfs can be mounted: nothing is read-only to root');
    const folder = join(filesystem?.path ?? dir.path, 'data');
    openAtlas({ dataDirectory: folder, bundledDatasetPath: SMALL_BUNDLE_PATH }).db.close();
    const before = readFileSync(join(folder, 'atlas.sqlite'));
    if (filesystem) filesystem.makeReadOnly();
    else chmodSync(folder, 0o555);

    const error = startupError(folder);
    expect(error.message).toBe(
      `Alliance Atlas cannot write to its data folder, ${folder}: the folder or the database in it is read-only. Make it writable, or start Alliance Atlas with another data folder (--data-dir).`,
    );
    expect(error.inLanguage('ja')).toContain(`データフォルダー ${folder} に書き込めません。`);
    expect(readFileSync(join(folder, 'atlas.sqlite')).equals(before)).toBe(true);
  });

  it('says the disk is full, rather than "database or disk is full"', (context) => {
    filesystem = mountSmallFilesystem(2 * 1024 * 1024);
    if (!filesystem) return context.skip('a full disk needs a small tmpfs, which only root can mount on Linux');
    const folder = join(filesystem.path, 'data');
    mkdirSync(folder);
    filesystem.fill();
    const error = startupError(folder);
    expect(error.message).toBe(
      `The disk holding the data folder ${folder} is full, so Alliance Atlas cannot start. Free some space on it and start Alliance Atlas again; nothing was changed.`,
    );
    expect(error.inLanguage('ja')).toContain('ディスクがいっぱい');
  });

  it('names another application’s database that cannot be moved aside', () => {
    const folder = join(dir.path, 'data');
    mkdirSync(folder);
    DAMAGE["replaced by another app's database"](join(folder, 'atlas.sqlite'));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.UTC(2026, 11, 1, 9, 30)));
    // Something already occupies the name it would be moved to.
    mkdirSync(join(folder, 'atlas.sqlite.not-atlas-2026-12-01T09-30-00-000Z', 'occupied'), { recursive: true });
    const error = startupError(folder);
    expect(error.message).toMatch(
      new RegExp(`^${join(folder, 'atlas.sqlite').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} is not an Alliance Atlas database, and it could not be moved aside \\(.+\\)\\. Move it out of the data folder`),
    );
  });

  it('refuses a database from a newer version, saying what to do, and leaves it untouched', () => {
    const folder = join(dir.path, 'data');
    openAtlas({ dataDirectory: folder, bundledDatasetPath: SMALL_BUNDLE_PATH }).db.close();
    const file = join(folder, 'atlas.sqlite');
    const future = new Database(file);
    future.pragma('user_version = 42');
    future.close();
    const before = readFileSync(file);
    const error = startupError(folder);
    expect(error.message).toBe(
      `The database ${file} was written by a newer version of Alliance Atlas (schema 42; this version knows up to ${MIGRATIONS.at(-1)?.version}). Install the newer version, or start Alliance Atlas with another data folder (--data-dir). The database has not been changed.`,
    );
    expect(error.inLanguage('ja')).toContain('新しいバージョンの Alliance Atlas で作成されています（スキーマ 42。');
    expect(readFileSync(file).equals(before)).toBe(true);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('application_id', { simple: true })).toBe(ATLAS_APPLICATION_ID);
    after.close();
  });
});
