import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { backupProblem, listBackupFiles } from '../../../db/backup';
import { readAtlas } from '../../../db/queries/atlas';
import { openSqliteFile } from '../../../db/sqlite-file';
import { SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { mountSmallFilesystem, type SmallFilesystem } from '../../support/small-filesystem';
import { makeTempDir } from '../../support/temp-dir';
import { makeUserWork } from '../../support/user-work';

const DISK_FULL_MESSAGE = 'There is not enough free space to back up the database before importing; nothing was changed.';

/** A bundle whose content differs by `version`, so each import really replaces the dataset. */
function bundleText(version: number): string {
  return JSON.stringify(smallBundleWith((b) => ((b['title'] as Record<string, string>)['en'] = `Small bundle, version ${version}`)));
}

function briefingsIn(file: string): number {
  const copy = openSqliteFile(file, { readonly: true });
  try {
    return copy.prepare('SELECT COUNT(*) FROM briefings').pluck().get() as number;
  } finally {
    copy.close();
  }
}

// A full disk is made with a tmpfs (Linux, as root) or with /dev/full (Linux); elsewhere there is no way to make one.
describe.skipIf(!existsSync('/dev/full'))('importing on a full disk (Linux only: needs tmpfs or /dev/full)', () => {
  let filesystem: SmallFilesystem | null = null;
  let temp: ReturnType<typeof makeTempDir> | null = null;
  let session: AtlasSession | null = null;

  afterEach(() => {
    vi.useRealTimers();
    session?.db.close();
    filesystem?.remove();
    temp?.remove();
  });

  it('refuses each import in plain words, keeps every good backup, and backs up again once there is space', async () => {
    filesystem = mountSmallFilesystem(3 * 1024 * 1024);
    if (!filesystem) temp = makeTempDir();
    // Where no small file system can be mounted (not root, not Linux), the kernel's always-full
    // device stands in for each backup file: writes to it fail with ENOSPC, as on a full disk.
    const fullDisk = filesystem ? 'a 3 MB tmpfs filled to the last block' : '/dev/full in place of each backup file';
    const dataDirectory = join(filesystem?.path ?? temp?.path ?? '', 'data');
    session = openAtlas({ dataDirectory, bundledDatasetPath: SMALL_BUNDLE_PATH });
    makeUserWork(session.db, 2);
    const dispatch = createDispatcher(createHandlers(session), () => undefined);
    for (let version = 1; version <= 3; version += 1) {
      expect(await dispatch('importDataset', { fileName: `v${version}.json`, text: bundleText(version) })).toMatchObject({ ok: true });
    }
    const backupsBefore = listBackupFiles(session.backupDirectory).map((backup) => backup.name);
    const datasetBefore = readAtlas(session.db).dataset;

    if (filesystem) filesystem.fill();
    else vi.useFakeTimers({ toFake: ['Date'] });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      if (!filesystem) {
        const now = new Date(Date.UTC(2030, 0, 1, 0, attempt));
        vi.setSystemTime(now);
        symlinkSync('/dev/full', join(session.backupDirectory, `atlas-${now.toISOString().replace(/[:.]/g, '-')}-before-import.sqlite.partial`));
      }
      const refused = await dispatch('importDataset', { fileName: 'v4.json', text: bundleText(4) });
      expect(refused, `attempt ${attempt + 1} on ${fullDisk}`).toEqual({
        ok: false,
        error: { code: 'disk_full', message: DISK_FULL_MESSAGE, texts: [{ key: 'backupDiskFullBeforeImport' }] },
      });
    }
    expect(readAtlas(session.db).dataset).toEqual(datasetBefore);
    expect(readdirSync(session.backupDirectory).sort()).toEqual([...backupsBefore].sort());

    if (filesystem) filesystem.free();
    else vi.useRealTimers();
    expect(await dispatch('importDataset', { fileName: 'v4.json', text: bundleText(4) })).toMatchObject({ ok: true });
    const backups = listBackupFiles(session.backupDirectory);
    const usable = backups.filter((backup) => backupProblem(backup.path) === null && briefingsIn(backup.path) === 2);
    expect(backups).toHaveLength(backupsBefore.length + 1);
    expect(usable).toHaveLength(backups.length);
    console.log(`Full disk (${fullDisk}): 10 of 10 imports refused as disk full; ${usable.length} of ${backups.length} backups usable afterwards.`);
  });
});
