import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { readAtlas } from '../../../db/queries/atlas';
import { SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

describe('starting the app on a data folder', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const sessions: AtlasSession[] = [];
  const start = (requestedDatasetPath?: string, bundledDatasetPath = SMALL_BUNDLE_PATH, systemLanguage?: 'en' | 'ja') => {
    const session = openAtlas({
      dataDirectory: join(dir.path, 'data'),
      bundledDatasetPath,
      requestedDatasetPath: requestedDatasetPath ?? null,
      ...(systemLanguage ? { systemLanguage } : {}),
    });
    sessions.push(session);
    return session;
  };
  const stop = (session: AtlasSession) => session.db.close();
  const writeBundle = (name: string, content: unknown) => {
    const path = join(dir.path, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => {
    for (const session of sessions.splice(0)) if (session.db.open) session.db.close();
    dir.remove();
  });

  it('builds the database from the shipped bundle on first run', () => {
    const session = start();
    expect(readAtlas(session.db).actors).toHaveLength(6);
    expect(readAtlas(session.db).dataset.sourceName).toBe('small-bundle.json');
    expect(session.notices).toEqual([]);
    expect(existsSync(join(dir.path, 'data', 'atlas.sqlite'))).toBe(true);
  });

  it('starts on another bundle given with --dataset, backing the old database up first', () => {
    stop(start());
    const other = writeBundle('other.json', smallBundleWith((b) => ((b['title'] as Record<string, string>)['en'] = 'Other bundle')));
    const session = start(other);
    expect(readAtlas(session.db).dataset).toMatchObject({ sourceName: 'other.json', title: { en: 'Other bundle' } });
    expect(readdirSync(join(dir.path, 'data', 'backups'))).toHaveLength(1);
  });

  it('refuses a malformed --dataset bundle with a notice naming record and field, keeping the existing data', () => {
    const first = start();
    first.db.prepare("INSERT INTO node_positions (actor_id, x, y) VALUES ('nisc', 1, 2)").run();
    stop(first);
    const broken = writeBundle('broken.json', smallBundleWith((b) => ((b.actors[1]!['name'] as Record<string, string>)['ja'] = '')));
    const session = start(broken);
    expect(session.notices).toEqual([
      {
        kind: 'dataset_refused',
        texts: [{ key: 'datasetRefused', params: { file: 'broken.json', count: 1 } }, { key: 'mapShowsPrevious' }],
        message: 'The dataset file "broken.json" was refused (1 problem); nothing was changed. The map shows the data it held before.',
        problems: ['actors[1] "nisc", field name.ja: Japanese text is empty'],
        problemCount: 1,
      },
    ]);
    const atlas = readAtlas(session.db);
    expect(atlas.dataset.sourceName).toBe('small-bundle.json');
    expect(atlas.actors).toHaveLength(6);
    expect(atlas.positions).toEqual({ nisc: { x: 1, y: 2 } });
  });

  it('words a first start’s refusal in the system’s language, before the user has chosen one', () => {
    const broken = writeBundle('broken.json', smallBundleWith((b) => ((b.actors[1]!['name'] as Record<string, string>)['ja'] = '')));
    const session = start(broken, SMALL_BUNDLE_PATH, 'ja');
    expect(session.notices.map((notice) => [notice.kind, notice.problems])).toEqual([['dataset_refused', ['actors[1]「nisc」の項目 name.ja：日本語のテキストが空です']]]);
    expect(readAtlas(session.db).dataset.sourceName).toBe('small-bundle.json');
  });

  it('says so when the --dataset file cannot be read', () => {
    const session = start(join(dir.path, 'missing.json'));
    expect(session.notices[0]?.message).toMatch(/^The dataset file "missing.json" cannot be read: ENOENT/);
    expect(readAtlas(session.db).actors).toHaveLength(6);
  });

  it('keeps a dataset the user loaded when the app starts again without --dataset', () => {
    const other = writeBundle('mine.json', smallBundleWith((b) => b.events.pop()));
    stop(start(other));
    const session = start();
    expect(readAtlas(session.db).dataset.sourceName).toBe('mine.json');
  });

  it('re-imports the shipped bundle when an update changed it', () => {
    const v1 = writeBundle('alliance-atlas.json', smallBundleWith(() => undefined));
    stop(start(undefined, v1));
    const v2 = writeBundle('alliance-atlas.json', smallBundleWith((b) => b.events.pop()));
    const session = start(undefined, v2);
    expect(readAtlas(session.db).events).toHaveLength(2);
  });

  it('sets a damaged database aside and rebuilds it, saying so', () => {
    stop(start());
    writeFileSync(join(dir.path, 'data', 'atlas.sqlite'), 'this is not a database, just some bytes that happen to be long enough'.repeat(100));
    const session = start();
    expect(session.notices[0]).toMatchObject({ kind: 'database_recovered' });
    expect(readAtlas(session.db).actors).toHaveLength(6);
    expect(readdirSync(join(dir.path, 'data')).some((name) => name.startsWith('atlas.sqlite.damaged-'))).toBe(true);
  });

  it('refuses to open a database from a newer app version, and leaves it alone', () => {
    stop(start());
    const file = join(dir.path, 'data', 'atlas.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 42');
    db.close();
    expect(() => start()).toThrow(/newer version of Alliance Atlas/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(42);
    after.close();
  });
});
