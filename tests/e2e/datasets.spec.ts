import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { syntheticBundle } from '../../scripts/bench/synthetic-bundle';
import { readRawBundle, SHIPPED_BUNDLE_PATH, SMALL_BUNDLE_PATH, smallBundleWith } from '../support/bundles';
import { startPreview } from '../support/preview-server';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { call } from './pages/preview-api';
import { AtlasPage } from './pages/atlas-page';

const shippedActorCount = readRawBundle(SHIPPED_BUNDLE_PATH).actors.length;
const smallBundle = () => Buffer.from(JSON.stringify(readRawBundle(SMALL_BUNDLE_PATH)));

// Each test opens the map more than once (switching datasets rebuilds it); on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 240_000 });
const SLOW = { timeout: 60_000 };
const SLOW_START = 120_000;

const briefingTitles = async (page: Page) => (await call<{ title: { en?: string } }[]>(page, 'listBriefings')).map((b) => b.title.en);

async function openDatasetDialog(page: Page): Promise<Locator> {
  await new AtlasPage(page, page.url()).chooseFromFileMenu('Open dataset…');
  return page.getByRole('dialog', { name: 'Open a dataset' });
}

async function openFile(dialog: Locator, name: string, content: Buffer, target: 'new' | 'replace' = 'new'): Promise<void> {
  // The list of datasets arrives after the dialog opens and moves the choices below it down.
  await expect(dialog.getByRole('rowheader').first()).toBeVisible();
  if (target === 'replace') await dialog.getByRole('radio', { name: /in place of the dataset open now/ }).check();
  await dialog.getByTestId('dataset-file').setInputFiles({ name, mimeType: 'application/json', buffer: content });
}

test('two datasets are kept side by side and switched, each with its own briefings', async ({ atlas, page }) => {
  await atlas.open(SLOW_START);
  await call(page, 'createBriefing', { title: { en: 'US–Japan weekly' } });
  const dialog = await openDatasetDialog(page);
  await openFile(dialog, 'small.json', smallBundle());
  await expect(dialog.getByRole('status').filter({ hasText: 'Loaded small.json.' })).toContainText('6 organizations, 3 connections, 3 events.', SLOW);
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(6);
  const rows = dialog.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'alliance-atlas.json' })).toContainText('1');
  await expect(rows.filter({ hasText: 'small.json' })).toContainText('Open now');
  expect(await briefingTitles(page)).toEqual([]);
  await call(page, 'createBriefing', { title: { en: 'Small-data briefing' } });

  await rows.filter({ hasText: 'alliance-atlas.json' }).getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Now showing' })).toBeVisible(SLOW);
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(shippedActorCount);
  expect(await briefingTitles(page)).toEqual(['US–Japan weekly']);
  await expect(rows.filter({ hasText: 'small.json' })).toContainText('1');

  await rows.filter({ hasText: 'small.json' }).getByRole('button', { name: 'Open' }).click();
  await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(6);
  expect(await briefingTitles(page)).toEqual(['Small-data briefing']);

  // The choice is kept: the next start opens the dataset open now.
  await page.reload();
  await atlas.open(SLOW_START);
  expect(await atlas.nodes()).toHaveLength(6);
});

test.describe('on a dataset of the user’s own', () => {
  const files = makeTempDir('atlas-e2e-datasets-');
  const small = join(files.path, 'small.json');
  writeFileSync(small, smallBundle());
  test.use({ previewArgs: ['--dataset', small] });

  test('a note typed in both languages shows in the details panel and survives an import', async ({ atlas, page }) => {
    await atlas.open(SLOW_START);
    await atlas.clickNode('cisa');
    const note = page.getByTestId('actor-details').getByTestId('my-note');
    await note.getByRole('button', { name: 'Add a note' }).click();
    await note.getByRole('textbox', { name: 'English' }).fill('Ask about the AIS renewal.');
    await note.getByRole('textbox', { name: 'Japanese' }).fill('AIS 更新について確認する。');
    await note.getByRole('button', { name: 'Save note' }).click();
    await expect(note).toContainText('Ask about the AIS renewal.');
    await expect(note).toContainText('AIS 更新について確認する。');

    const edited = smallBundleWith((b) => ((b.actors.find((a) => a['id'] === 'cisa')!['description'] as Record<string, string>)['en'] = 'Runs AIS and CISCP.'));
    const dialog = await openDatasetDialog(page);
    await openFile(dialog, 'edited.json', Buffer.from(JSON.stringify(edited)), 'replace');
    await expect(dialog.getByRole('status').filter({ hasText: 'Loaded edited.json.' })).toContainText('backed up', SLOW);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await atlas.clickNode('cisa');
    await expect(page.getByTestId('actor-details')).toContainText('Runs AIS and CISCP.');
    await expect(page.getByTestId('actor-details').getByTestId('my-note')).toContainText('Ask about the AIS renewal.');
    await atlas.chooseLanguage('日本語');
    await expect(page.getByTestId('actor-details').getByRole('heading', { name: '自分のメモ' })).toBeVisible();
  });

  test('"Restore the shipped dataset" asks once, brings the shipped data back and keeps the briefings', async ({ atlas, page }) => {
    await atlas.open(SLOW_START);
    await call(page, 'createBriefing', { title: { en: 'Kept across the restore' } });
    expect(await atlas.nodes()).toHaveLength(6);
    const dialog = await openDatasetDialog(page);
    await dialog.getByRole('button', { name: 'Restore the shipped dataset' }).click();
    const question = dialog.getByRole('alertdialog');
    await expect(question).toContainText('The shipped dataset was replaced with small.json.');
    await question.getByRole('button', { name: 'Restore' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Restored the shipped dataset' })).toBeVisible(SLOW);
    await expect.poll(async () => (await atlas.nodes()).length, SLOW).toBe(shippedActorCount);
    expect(await briefingTitles(page)).toEqual(['Kept across the restore']);
    await expect(dialog.getByRole('row').filter({ hasText: 'alliance-atlas.json' })).toContainText('Open now');
  });

  test('what changed since a briefing was presented: a list, marks on the map, and a changelog', async ({ atlas, page }) => {
    await atlas.open(SLOW_START);
    const briefing = await call<{ id: number }>(page, 'createBriefing', { title: { en: 'Weekly' } });
    await call(page, 'markBriefing', { briefingId: briefing.id, kind: 'presented' });
    const edited = smallBundleWith((b) => {
      b.actors = b.actors.filter((a) => a['id'] !== 'cisa');
      b.relations = b.relations.filter((r) => r['source'] !== 'cisa' && r['target'] !== 'cisa');
      b.events.forEach((e) => (e['actors'] = (e['actors'] as string[]).filter((a) => a !== 'cisa')));
      (b.actors.find((a) => a['id'] === 'npa')!['name'] as Record<string, string>)['en'] = 'National Police Agency (Japan)';
    });
    const datasetDialog = await openDatasetDialog(page);
    await openFile(datasetDialog, 'edited.json', Buffer.from(JSON.stringify(edited)), 'replace');
    await expect(datasetDialog.getByRole('status').filter({ hasText: 'Loaded edited.json.' })).toBeVisible(SLOW);
    await datasetDialog.getByRole('button', { name: 'Close' }).click();

    await atlas.chooseFromFileMenu('Export, import, compare…');
    const dialog = page.getByRole('dialog', { name: 'Data: export, import, compare' });
    await dialog.getByRole('combobox', { name: 'Briefing' }).selectOption({ label: 'Weekly' });
    const since = dialog.getByTestId('since-briefing');
    await expect(since.getByRole('status')).toContainText('What changed since “Weekly” was last presented');
    await expect(since).toContainText('Cybersecurity and Infrastructure Security Agency');
    await expect(since).toContainText('National Police Agency (Japan)');

    await since.getByRole('button', { name: 'Show on the map' }).click();
    const marks = await page.evaluate(() => ({
      ghosts: window.__atlasMap?.nodes('.change-ghost').map((n) => n.id()),
      changed: window.__atlasMap?.nodes('.change-changed').map((n) => n.id()),
    }));
    expect(marks.ghosts).toEqual(['ghost:cisa']);
    expect(marks.changed?.length).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), since.getByRole('button', { name: 'Changelog (Markdown)' }).click()]);
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown).toContain('What changed since “Weekly” was last presented');
    expect(markdown).toContain('(`cisa`)');
    expect(markdown).toContain('National Police Agency → National Police Agency (Japan)');
    await since.getByRole('button', { name: 'Clear from the map' }).click();
    expect(await page.evaluate(() => window.__atlasMap?.nodes('.change-ghost').length)).toBe(0);
  });

  test('a change since a briefing is marked on whatever stands for it: the government while it is folded, the agency once it shows', async ({ atlas, page }) => {
    await atlas.open(SLOW_START);
    const briefing = await call<{ id: number }>(page, 'createBriefing', { title: { en: 'Weekly' } });
    await call(page, 'markBriefing', { briefingId: briefing.id, kind: 'presented' });
    const edited = smallBundleWith((b) => {
      (b.actors.find((a) => a['id'] === 'npa')!['name'] as Record<string, string>)['en'] = 'National Police Agency (Japan)';
    });
    const datasetDialog = await openDatasetDialog(page);
    await openFile(datasetDialog, 'edited.json', Buffer.from(JSON.stringify(edited)), 'replace');
    await expect(datasetDialog.getByRole('status').filter({ hasText: 'Loaded edited.json.' })).toBeVisible(SLOW);
    await datasetDialog.getByRole('button', { name: 'Close' }).click();
    const changedOnMap = () => page.evaluate(() => window.__atlasMap?.nodes('.change-changed').map((n) => n.id()).sort());
    const showOrClear = async (button: 'Show on the map' | 'Clear from the map') => {
      await atlas.chooseFromFileMenu('Export, import, compare…');
      const dialog = page.getByRole('dialog', { name: 'Data: export, import, compare' });
      await dialog.getByRole('combobox', { name: 'Briefing' }).selectOption({ label: 'Weekly' });
      await dialog.getByTestId('since-briefing').getByRole('button', { name: button }).click();
      await dialog.getByRole('button', { name: 'Close' }).click();
    };

    // The government's badge ("−" open, "+3" folded) folds and unfolds its agencies.
    const toggleGovernment = async () => {
      await atlas.atRest();
      const badge = await page.evaluate(() => window.__atlasMap?.getElementById('badge:gov_japan').renderedPosition());
      const box = await page.getByTestId('map').boundingBox();
      await page.mouse.click((box?.x ?? 0) + (badge?.x ?? 0), (box?.y ?? 0) + (badge?.y ?? 0));
    };

    await showOrClear('Show on the map');
    await expect.poll(changedOnMap).toEqual(['npa']);
    await toggleGovernment();
    await expect.poll(async () => (await atlas.node('npa')).visible).toBe(false);
    await expect.poll(changedOnMap).toEqual(['gov_japan']);
    await toggleGovernment();
    await expect.poll(changedOnMap).toEqual(['npa']);

    await showOrClear('Clear from the map');
    await expect.poll(changedOnMap).toEqual([]);
    await toggleGovernment();
    await expect.poll(async () => (await atlas.node('npa')).visible).toBe(false);
    await toggleGovernment();
    await expect.poll(async () => (await atlas.node('npa')).visible).toBe(true);
    expect(await changedOnMap()).toEqual([]);
  });
});

test('a kill -9 during an import into a new dataset loses nothing, and leaves no half dataset', async ({ page }) => {
  const data = makeTempDir('atlas-e2e-kill-');
  const big = Buffer.from(JSON.stringify(syntheticBundle(5000)));
  let server = await startPreview(data.path);
  try {
    const atlas = new AtlasPage(page, server.url);
    await atlas.open(SLOW_START);
    await call(page, 'createBriefing', { title: { en: 'Before the crash' } });
    const datasetsFolder = join(data.path, 'datasets');
    const unfinished = () => (existsSync(datasetsFolder) ? readdirSync(datasetsFolder).filter((name) => name.startsWith('.new-')) : []);
    // Sent from the test process, so the page is not waiting on a request that will never answer.
    const importing = fetch(`${server.url}api/importAsNewDataset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fileName: 'big.json', text: big.toString('utf8') }),
    }).catch(() => null);
    await expect.poll(() => unfinished().length, { timeout: 30_000 }).toBe(1);
    await page.goto('about:blank');
    await server.kill();
    await importing;

    server = await startPreview(data.path);
    const again = new AtlasPage(page, server.url);
    await again.open(SLOW_START);
    expect(unfinished()).toEqual([]);
    expect((await call<{ id: string }[]>(page, 'listDatasets')).map((d) => d.id)).toEqual(['main']);
    expect(await briefingTitles(page)).toEqual(['Before the crash']);
    expect(await again.nodes()).toHaveLength(shippedActorCount);
    await page.goto('about:blank');
  } finally {
    await server.stop();
    data.remove();
  }
});
