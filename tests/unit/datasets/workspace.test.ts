import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetEntry, NewDatasetResult, RestoreShippedResult, UserNote } from '../../../api/types';
import { createDispatcher, type Dispatch } from '../../../backend/dispatch';
import { openWorkspace, type Workspace } from '../../../backend/workspace';
import { datasetsFolder } from '../../../backend/dataset-shelf';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH, smallBundleWith } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import { callThrough } from '../../support/dispatch-call';

const shippedActors = readRawBundle(SHIPPED_BUNDLE_PATH).actors.length;
const smallText = readFileSync(SMALL_BUNDLE_PATH, 'utf8');

describe('several datasets, side by side', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let workspace: Workspace;
  let dispatch: Dispatch;

  const start = () => {
    workspace = openWorkspace({ dataDirectory: dir.path, bundledDatasetPath: SHIPPED_BUNDLE_PATH }, { scheduleBackups: false });
    dispatch = createDispatcher(workspace.handlers, () => undefined);
  };
  const call = callThrough(() => dispatch);
  const actorCount = async () => (await call<{ actors: unknown[] }>('getAtlas')).actors.length;
  const briefingTitles = async () => (await call<{ title: { en?: string } }[]>('listBriefings')).map((b) => b.title.en);

  beforeEach(() => {
    dir = makeTempDir();
    start();
  });
  afterEach(() => {
    workspace.close();
    dir.remove();
  });

  it('opens a file as a new dataset beside the shipped one, and each keeps its own briefings', async () => {
    await call('createBriefing', { title: { en: 'On the shipped data' } });
    const { summary, datasets } = await call<NewDatasetResult>('importAsNewDataset', { fileName: 'small.json', text: smallText });
    expect(summary.actors).toBe(6);
    expect(summary.backupFile).toBeNull();
    expect(datasets.map((d) => [d.shipped, d.active, d.sourceName, d.briefings])).toEqual([
      [true, false, 'alliance-atlas.json', 1],
      [false, true, 'small.json', 0],
    ]);
    expect(await actorCount()).toBe(6);
    expect(await briefingTitles()).toEqual([]);
    await call('createBriefing', { title: { en: 'On the small data' } });

    await call<DatasetEntry[]>('switchDataset', { datasetId: 'main' });
    expect(await actorCount()).toBe(shippedActors);
    expect(await briefingTitles()).toEqual(['On the shipped data']);
    const small = datasets[1]!.id;
    await call('switchDataset', { datasetId: small });
    expect(await briefingTitles()).toEqual(['On the small data']);
  });

  it('opens the dataset chosen last at the next start, with the UI language the user chose', async () => {
    await call('updateSettings', { uiLanguage: 'ja' });
    const { datasets } = await call<NewDatasetResult>('importAsNewDataset', { fileName: 'small.json', text: smallText });
    expect((await call<{ uiLanguage: string }>('getSettings')).uiLanguage).toBe('ja');
    workspace.close();
    start();
    expect(await actorCount()).toBe(6);
    expect((await call<DatasetEntry[]>('listDatasets')).find((d) => d.active)?.id).toBe(datasets[1]!.id);
  });

  it('refuses a malformed file without keeping anything of it', async () => {
    const broken = JSON.stringify(smallBundleWith((b) => (b.relations[0]!['from'] = '2013-02-30')));
    const result = await dispatch('importAsNewDataset', { fileName: 'broken.json', text: broken });
    expect(result.ok).toBe(false);
    expect((await call<DatasetEntry[]>('listDatasets')).map((d) => d.id)).toEqual(['main']);
    expect(existsSync(datasetsFolder(dir.path)) ? readdirSync(datasetsFolder(dir.path)).filter((name) => name.startsWith('.new-')) : []).toEqual([]);
    expect(await actorCount()).toBe(shippedActors);
  });

  it('restores the shipped dataset in one action, backing up what it replaces and keeping briefings and notes', async () => {
    await call('createBriefing', { title: { en: 'Kept' } });
    await call('saveNote', { kind: 'actor', recordId: 'nisc', text: { en: 'Ask about the 2025 reorganisation.' } });
    await call('importDataset', { fileName: 'small.json', text: smallText });
    expect(await actorCount()).toBe(6);
    const { summary, datasets } = await call<RestoreShippedResult>('restoreShippedDataset');
    expect(summary?.actors).toBe(shippedActors);
    expect(summary?.backupFile).toMatch(/before-import/);
    expect(datasets.find((d) => d.active)?.origin).toBe('bundled');
    expect(await briefingTitles()).toEqual(['Kept']);
    expect((await call<UserNote>('getNote', { kind: 'actor', recordId: 'nisc' })).text).toEqual({ en: 'Ask about the 2025 reorganisation.' });
    // Already shipped data: nothing to do, nothing backed up.
    expect((await call<RestoreShippedResult>('restoreShippedDataset')).summary).toBeNull();
  });

  it('restoring the shipped dataset from another dataset switches to it and leaves the other as it was', async () => {
    const { datasets } = await call<NewDatasetResult>('importAsNewDataset', { fileName: 'small.json', text: smallText });
    await call('createBriefing', { title: { en: 'Small briefing' } });
    const { datasets: after } = await call<RestoreShippedResult>('restoreShippedDataset');
    expect(after.find((d) => d.active)?.id).toBe('main');
    expect(after.find((d) => d.id === datasets[1]!.id)?.briefings).toBe(1);
    expect(await actorCount()).toBe(shippedActors);
  });

  it('removes a dataset whose import never finished, and refuses unknown ids', async () => {
    mkdirSync(join(datasetsFolder(dir.path), '.new-ds-20261202-abc'), { recursive: true });
    writeFileSync(join(datasetsFolder(dir.path), '.new-ds-20261202-abc', 'atlas.sqlite'), 'half');
    workspace.close();
    start();
    expect(existsSync(join(datasetsFolder(dir.path), '.new-ds-20261202-abc'))).toBe(false);
    expect((await call<DatasetEntry[]>('listDatasets')).map((d) => d.id)).toEqual(['main']);
    const unknown = await dispatch('switchDataset', { datasetId: 'ds-nothing' });
    expect(unknown.ok).toBe(false);
    const hostile = await dispatch('switchDataset', { datasetId: '../../etc' });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });
});
