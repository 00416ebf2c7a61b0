import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_MAX_BYTES, PROBLEMS_SHOWN } from '../../../api/contract';
import type { Result } from '../../../api/result';
import type { ImportSummary } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { createHandlers } from '../../../backend/handlers';
import { openAtlas, type AtlasSession } from '../../../backend/open-atlas';
import { readAtlas } from '../../../db/queries/atlas';
import { bundleForTests } from '../../support/bundle-for-tests';
import { SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';

/** A bundle with a thousand actors, each wrong in three ways: 3,000 problems. */
function bundleWithManyProblems(): string {
  return JSON.stringify(
    smallBundleWith((b) => {
      const template = b.actors[1] ?? {};
      for (let i = 0; i < 1000; i += 1) b.actors.push({ ...template, id: `bad_${i}`, type: 'embassy', name: { en: `Bad ${i}` }, colour: 'red' });
    }),
  );
}

/** The same small bundle, but with citations that name no confidence level: quality warnings, not refusals. */
function bundleWithWarnings(): string {
  return JSON.stringify(smallBundleWith((b) => b.actors.forEach((actor) => (actor['sources'] = ['src_a']))));
}

describe('bounded input', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let session: AtlasSession;
  let workerFile: string;
  const start = (requestedDatasetPath: string | null = null) => {
    session = openAtlas({ dataDirectory: join(dir.path, 'data'), bundledDatasetPath: SMALL_BUNDLE_PATH, requestedDatasetPath });
    return session;
  };
  const dispatcher = (hooks = {}): Dispatch => createDispatcher(createHandlers(session, hooks), () => undefined);

  beforeAll(() => {
    workerFile = bundleForTests('backend/import-worker.ts');
  });
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => {
    if (session?.db.open) session.db.close();
    dir.remove();
  });

  it('lists the first problems of a bundle that has thousands, with their number, in a small answer', async () => {
    start();
    const refused = await dispatcher()('importDataset', { fileName: 'many.json', text: bundleWithManyProblems() });
    if (refused.ok) throw new Error('the bundle was accepted');
    expect(refused.error.message).toBe('The dataset file "many.json" was refused (3,000 problems); nothing was changed.');
    expect(refused.error.problems).toHaveLength(PROBLEMS_SHOWN);
    expect(refused.error.problemCount).toBe(3000);
    expect(JSON.stringify(refused).length).toBeLessThan(50_000);
  });

  it('refuses a file over the size limit in plain words naming the limit', async () => {
    start();
    // Japanese text: fewer characters than the limit, more bytes.
    const text = `{"title":"${'日'.repeat(Math.ceil(DATASET_MAX_BYTES / 3) + 10)}"}`;
    expect(text.length).toBeLessThan(DATASET_MAX_BYTES);
    expect(await dispatcher()('importDataset', { fileName: 'huge.json', text })).toEqual({
      ok: false,
      error: {
        code: 'dataset_too_large',
        message: 'The dataset file "huge.json" is too large (20 MB; the limit is 20 MB); nothing was changed.',
        texts: [{ key: 'datasetTooLarge', params: { file: 'huge.json', size: Buffer.byteLength(text) / 1024 / 1024, limit: 20 } }],
      },
    });
  });

  it('shows quality warnings when the app starts on a dataset given with --dataset', () => {
    const path = join(dir.path, 'draft.json');
    writeFileSync(path, bundleWithWarnings());
    const { notices } = start(path);
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'dataset_warnings',
        message: 'The dataset "draft.json" was loaded with 6 quality warnings.',
        problemCount: 6,
        problems: expect.arrayContaining([expect.stringMatching(/^actors\[0\] "gov_japan", field sources\[0\]: citation of "src_a" has no confidence level$/)]),
      }),
    ]);
  });

  it('names the limit when a --dataset file is too large, and starts on the data it had', () => {
    const path = join(dir.path, 'huge.json');
    writeFileSync(path, Buffer.alloc(DATASET_MAX_BYTES + 1, 0x20));
    const { notices, db } = start(path);
    expect(notices[0]?.message).toBe('The dataset file "huge.json" is too large (20 MB; the limit is 20 MB); nothing was changed. The map shows the data it held before.');
    expect(readAtlas(db).actors).toHaveLength(6);
  });

  it('imports on a worker thread: the backend keeps answering meanwhile, and refusals keep their codes', async () => {
    start();
    const dispatch = dispatcher({ importWorkerFile: workerFile });
    const finished: string[] = [];
    const importing = dispatch('importDataset', { fileName: 'shipped.json', text: readFileSync(SHIPPED_BUNDLE_PATH, 'utf8') }).then((result) => {
      finished.push('import');
      return result as Result<ImportSummary>;
    });
    await dispatch('getAtlas', {}).then(() => finished.push('getAtlas'));
    const imported = await importing;
    expect(finished).toEqual(['getAtlas', 'import']);
    expect(imported).toMatchObject({ ok: true, value: { actors: readAtlas(session.db).actors.length, backupFile: expect.stringMatching(/before-import/) } });
    expect(readAtlas(session.db).dataset.sourceName).toBe('shipped.json');

    const refused = await dispatch('importDataset', { fileName: 'many.json', text: bundleWithManyProblems() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_dataset', problems: expect.any(Array), texts: [{ key: 'datasetRefused' }] } });
    expect(readAtlas(session.db).dataset.sourceName).toBe('shipped.json');
  });
});
