import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { backupDatabase, listBackupFiles } from '../../../db/backup';
import { readAtlas } from '../../../db/queries/atlas';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { DAMAGE, overwritePages, pagesOf } from '../../support/damage';
import { makeTempDir } from '../../support/temp-dir';
import { makeUserWork, readUserWork } from '../../support/user-work';

const EXPECTED_FIRST_SENTENCE: Record<keyof typeof DAMAGE, string> = {
  'truncated to half': 'databaseDamaged',
  'header overwritten': 'databaseDamaged',
  'random pages overwritten': 'databaseDamaged',
  "user tables' pages overwritten": 'databaseDamaged',
  'replaced by random bytes': 'databaseDamaged',
  'replaced by a text file': 'databaseDamaged',
  'truncated to 0 bytes': 'databaseEmpty',
  "replaced by another app's database": 'databaseForeign',
};

describe('starting on a damaged database', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDirectory: string;
  let databaseFile: string;
  const sessions: AtlasSession[] = [];
  const start = () => {
    const session = openAtlas({ dataDirectory, bundledDatasetPath: SMALL_BUNDLE_PATH });
    sessions.push(session);
    return session;
  };
  /** The files set aside in the data folder, and what they hold. */
  const setAside = () => readdirSync(dataDirectory).filter((name) => /^atlas\.sqlite\.(damaged|not-atlas)-[^.]+$/.test(name));

  /** A first session in which the user made two briefings, backed up as the app does after changes; then the app quits. */
  const workBackedUpThenQuit = () => {
    const first = start();
    makeUserWork(first.db, 2);
    const work = readUserWork(first.db);
    backupDatabase(first.db, first.backupDirectory, 'after-changes');
    first.db.close();
    return work;
  };

  beforeEach(() => {
    dir = makeTempDir();
    dataDirectory = join(dir.path, 'data');
    databaseFile = join(dataDirectory, 'atlas.sqlite');
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) if (session.db.open) session.db.close();
    dir.remove();
  });

  for (const [damage, apply] of Object.entries(DAMAGE) as [keyof typeof DAMAGE, (file: string) => void][]) {
    it(`${damage}: restores the newest good backup with the user's briefings, says so, and keeps the damaged file`, () => {
      const work = workBackedUpThenQuit();
      const [backup] = listBackupFiles(join(dataDirectory, 'backups'));
      apply(databaseFile);
      const damagedBytes = readFileSync(databaseFile);

      const session = start();
      expect(readUserWork(session.db)).toEqual(work);
      expect(readAtlas(session.db).actors).toHaveLength(6);
      const [aside] = setAside();
      expect(aside).toBeDefined();
      expect(readFileSync(join(dataDirectory, aside ?? '')).equals(damagedBytes), 'the set-aside file is the damaged file, byte for byte').toBe(true);
      expect(session.notices).toEqual([
        expect.objectContaining({
          kind: 'database_recovered',
          texts: [
            { key: EXPECTED_FIRST_SENTENCE[damage], params: { file: databaseFile } },
            { key: 'restoredFromBackup', params: { backup: backup?.name, time: backup?.createdAt.getTime(), count: 2 } },
            { key: 'keptAside', params: { file: join(dataDirectory, aside ?? '') } },
          ],
        }),
      ]);
      expect(session.notices[0]?.message).toMatch(/^The .* was restored from the newest good backup \(atlas-.*\), with your own work as of then: 2 briefings and their scenes/);
    });
  }

  it('restores the newest backup when the database file is gone but backups remain', () => {
    const work = workBackedUpThenQuit();
    rmSync(databaseFile);
    const session = start();
    expect(readUserWork(session.db)).toEqual(work);
    expect(session.notices[0]?.texts.map((text) => text.key)).toEqual(['databaseMissing', 'restoredFromBackup']);
  });

  it('skips a damaged backup and restores the newest good one', () => {
    const work = workBackedUpThenQuit();
    const second = start();
    const damagedBackup = backupDatabase(second.db, second.backupDirectory, 'on-quit', new Date(Date.now() + 60_000));
    second.db.close();
    DAMAGE['header overwritten'](damagedBackup);
    DAMAGE['truncated to 0 bytes'](databaseFile);
    const session = start();
    expect(readUserWork(session.db)).toEqual(work);
    expect(session.notices[0]?.texts[1]).toMatchObject({ key: 'restoredFromBackup', params: { backup: expect.stringMatching(/after-changes/) } });
  });

  describe('without a usable backup', () => {
    const workThenQuit = () => {
      const first = start();
      makeUserWork(first.db, 2);
      const work = readUserWork(first.db);
      first.db.close();
      return work;
    };

    it("rebuilds from the dataset and salvages the user's tables from the damaged file", () => {
      const work = workThenQuit();
      overwritePages(databaseFile, pagesOf(databaseFile, ['actors', 'actor_texts', 'relations']), 5);
      const session = start();
      expect(readUserWork(session.db)).toEqual(work);
      expect(readAtlas(session.db).actors).toHaveLength(6);
      expect(session.notices[0]?.texts.map((text) => text.key)).toEqual(['databaseDamaged', 'rebuiltWithSalvage', 'keptAside']);
      expect(session.notices[0]?.texts[1]).toEqual({ key: 'rebuiltWithSalvage', params: { count: 2 } });
    });

    it('reads past a damaged page: briefings before and after it come back, and nothing is left without its briefing', () => {
      const first = start();
      makeUserWork(first.db, 300);
      first.db.close();
      const leaves = pagesOf(databaseFile, ['briefings'], 'leaf');
      expect(leaves.length).toBeGreaterThan(2);
      overwritePages(databaseFile, [leaves[Math.floor(leaves.length / 2)] ?? 0], 6);

      const session = start();
      const { briefings } = readUserWork(session.db);
      const numbers = briefings.map((briefing) => Number(/\d+/.exec(briefing.title['en'] ?? '')?.[0]));
      expect(numbers).toContain(1);
      expect(numbers).toContain(300);
      expect(briefings.length).toBeGreaterThan(200);
      expect(briefings.length).toBeLessThan(300);
      expect(briefings.every((briefing) => briefing.scenes.length === 2)).toBe(true);
      expect(session.db.pragma('foreign_key_check')).toEqual([]);
      const orphanTexts = session.db.prepare('SELECT COUNT(*) FROM scene_texts WHERE scene_id NOT IN (SELECT id FROM scenes)').pluck().get();
      expect(orphanTexts).toBe(0);
      expect(session.notices[0]?.texts[1]).toEqual({ key: 'rebuiltWithSalvage', params: { count: briefings.length } });
    });

    it('says so when nothing of the user’s work can be read', () => {
      workThenQuit();
      DAMAGE['replaced by random bytes'](databaseFile);
      const session = start();
      expect(readUserWork(session.db).briefings).toEqual([]);
      expect(session.notices[0]?.texts.map((text) => text.key)).toEqual(['databaseDamaged', 'rebuiltNothingRecovered', 'keptAside']);
    });
  });

  it('leaves a database from another app untouched when it sets it aside', () => {
    start().db.close();
    DAMAGE["replaced by another app's database"](databaseFile);
    start();
    const [aside] = setAside();
    expect(aside).toMatch(/not-atlas/);
    const foreign = new Database(join(dataDirectory, aside ?? ''), { readonly: true });
    expect(foreign.prepare('SELECT name, phone FROM contacts').all()).toEqual([{ name: 'Ada', phone: '555-0100' }]);
    expect(foreign.pragma('user_version', { simple: true })).toBe(7);
    foreign.close();
    expect(existsSync(join(dataDirectory, `${aside}-wal`))).toBe(false);
  });
});
