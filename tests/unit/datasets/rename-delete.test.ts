import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetEntry, DeletedDatasetEntry, DeletedDatasetResult, NewDatasetResult } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { datasetDirectory } from '../../../backend/dataset-shelf';
import { openWorkspace, type Workspace } from '../../../backend/workspace';
import { openSqliteFile } from '../../../db/sqlite-file';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { callThrough } from '../../support/dispatch-call';

const shippedActors = readRawBundle(SHIPPED_BUNDLE_PATH).actors.length;
const smallText = readFileSync(SMALL_BUNDLE_PATH, 'utf8');

describe('renaming and deleting datasets', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let workspace: Workspace;
  let dispatch: Dispatch;

  const start = () => {
    workspace = openWorkspace({ dataDirectory: dir.path, bundledDatasetPath: SHIPPED_BUNDLE_PATH }, { scheduleBackups: false });
    dispatch = createDispatcher(workspace.handlers, () => undefined);
  };
  const call = callThrough(() => dispatch);
  const addSmall = async () => (await call<NewDatasetResult>('importAsNewDataset', { fileName: 'small.json', text: smallText })).datasets.find((d) => d.active)!.id;
  const briefingTitles = async () => (await call<{ title: { en?: string } }[]>('listBriefings')).map((b) => b.title.en);

  beforeEach(() => {
    dir = makeTempDir();
    start();
  });
  afterEach(() => {
    workspace.close();
    dir.remove();
  });

  it('names a dataset in both languages, keeps the name after a restart and after an import into it', async () => {
    const id = await addSmall();
    await call('switchDataset', { datasetId: 'main' });
    const renamed = await call<DatasetEntry[]>('renameDataset', { datasetId: id, name: { en: ' Japan–Australia ', ja: '日豪' } });
    expect(renamed.find((d) => d.id === id)?.name).toEqual({ en: 'Japan–Australia', ja: '日豪' });
    expect(renamed.find((d) => d.id === 'main')?.name).toEqual({});
    await call('renameDataset', { datasetId: 'main', name: { ja: '日米（同梱）' } });

    workspace.close();
    start();
    await call('switchDataset', { datasetId: id });
    await call('importDataset', { fileName: 'small-again.json', text: smallText });
    const listed = await call<DatasetEntry[]>('listDatasets');
    expect(listed.map((d) => [d.id, d.name])).toEqual([
      ['main', { ja: '日米（同梱）' }],
      [id, { en: 'Japan–Australia', ja: '日豪' }],
    ]);
  });

  it('refuses a blank name and an unknown dataset', async () => {
    expect(await dispatch('renameDataset', { datasetId: 'main', name: { en: '  ', ja: '' } })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await dispatch('renameDataset', { datasetId: 'ds-nothing', name: { en: 'X' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('deletes a dataset that is not open, keeping a checked backup of it, and leaves the open one untouched', async () => {
    const id = await addSmall();
    await call('createBriefing', { title: { en: 'On the small data' } });
    await call('renameDataset', { datasetId: id, name: { en: 'Scratch' } });
    await call('switchDataset', { datasetId: 'main' });
    await call('createBriefing', { title: { en: 'On the shipped data' } });

    const { backupFile, switched, datasets } = await call<DeletedDatasetResult>('deleteDataset', { datasetId: id });
    expect(switched).toBe(false);
    expect(datasets.map((d) => d.id)).toEqual(['main']);
    expect(existsSync(datasetDirectory(dir.path, id))).toBe(false);
    expect(await briefingTitles()).toEqual(['On the shipped data']);
    // The backup is a sound database holding the deleted dataset's briefing.
    expect(backupFile).toMatch(/before-delete\.sqlite$/);
    const copy = openSqliteFile(backupFile, { readonly: true, fileMustExist: true });
    try {
      expect(copy.prepare('SELECT COUNT(*) FROM actors').pluck().get()).toBe(6);
      expect(copy.prepare("SELECT title FROM briefing_texts WHERE lang = 'en'").pluck().all()).toEqual(['On the small data']);
    } finally {
      copy.close();
    }
    // Its name goes with it; a restart does not bring it back.
    workspace.close();
    start();
    expect((await call<DatasetEntry[]>('listDatasets')).map((d) => d.id)).toEqual(['main']);
    expect(readFileSync(join(dir.path, 'datasets', 'names.json'), 'utf8')).not.toContain(id);
  });

  it('deleting the open dataset opens the shipped one first, also at the next start', async () => {
    const id = await addSmall();
    const { switched, datasets } = await call<DeletedDatasetResult>('deleteDataset', { datasetId: id });
    expect(switched).toBe(true);
    expect(datasets).toMatchObject([{ id: 'main', active: true }]);
    expect((await call<{ actors: unknown[] }>('getAtlas')).actors.length).toBe(shippedActors);
    workspace.close();
    start();
    expect((await call<DatasetEntry[]>('listDatasets')).find((d) => d.active)?.id).toBe('main');
  });

  it('restores a deleted dataset with its briefings, notes and name; an unknown one is refused and nothing changes', async () => {
    const id = await addSmall();
    await call('createBriefing', { title: { en: 'On the small data' } });
    await call('saveNote', { kind: 'actor', recordId: 'nisc', text: { en: 'Ask about the handover' } });
    await call('renameDataset', { datasetId: id, name: { en: 'Scratch', ja: '下書き' } });
    await call('deleteDataset', { datasetId: id });
    expect(await call<DeletedDatasetEntry[]>('listDeletedDatasets')).toMatchObject([{ id, name: { en: 'Scratch', ja: '下書き' }, sourceName: 'small.json', briefings: 1 }]);

    expect(await dispatch('restoreDeletedDataset', { datasetId: 'ds-nothing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call<DatasetEntry[]>('listDatasets')).map((d) => d.id)).toEqual(['main']);

    // Kept across a restart, and restored as it was.
    workspace.close();
    start();
    const { datasets, deleted } = await call<{ datasets: DatasetEntry[]; deleted: DeletedDatasetEntry[] }>('restoreDeletedDataset', { datasetId: id });
    expect(deleted).toEqual([]);
    expect(datasets.map((d) => [d.id, d.name, d.active])).toEqual([
      ['main', {}, true],
      [id, { en: 'Scratch', ja: '下書き' }, false],
    ]);
    await call('switchDataset', { datasetId: id });
    expect(await briefingTitles()).toEqual(['On the small data']);
    expect(await call<{ text: { en?: string } } | null>('getNote', { kind: 'actor', recordId: 'nisc' })).toMatchObject({ text: { en: 'Ask about the handover' } });
  });

  it('never deletes the shipped dataset', async () => {
    expect(await dispatch('deleteDataset', { datasetId: 'main' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await call<{ actors: unknown[] }>('getAtlas')).actors.length).toBe(shippedActors);
    expect(await dispatch('deleteDataset', { datasetId: 'ds-nothing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
