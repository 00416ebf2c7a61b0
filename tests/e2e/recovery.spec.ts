import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { MIGRATIONS } from '../../db/migrations';
import { readRawBundle, SHIPPED_BUNDLE_PATH, smallBundleWith } from '../support/bundles';
import { startPreview } from '../support/preview-server';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';
import { call } from './pages/preview-api';
import { AtlasPage } from './pages/atlas-page';

const shippedActorCount = readRawBundle(SHIPPED_BUNDLE_PATH).actors.length;
const SERVER = fileURLToPath(new URL('../../dist/preview/server.mjs', import.meta.url));

const briefingTitles = async (page: Page) => (await call<{ title: { en?: string } }[]>(page, 'listBriefings')).map((b) => b.title.en);

test('a database truncated to nothing comes back from the backup taken on quitting, said in the user’s language', async ({ atlas, page, preview }) => {
  await atlas.open();
  await call(page, 'createBriefing', { title: { en: 'Made today', ja: '今日作成' } });
  await atlas.chooseLanguage('日本語');
  // The choice is shown at once and stored just after: the backup taken on quitting must hold it.
  await expect.poll(async () => (await call<{ uiLanguage: string | null }>(page, 'getSettings')).uiLanguage).toBe('ja');
  // The page leaves before its server stops, so it does not report the connection going away.
  await page.goto('about:blank');
  await preview.stop();
  truncateSync(join(preview.dataDirectory, 'atlas.sqlite'), 0);

  const restarted = await startPreview(preview.dataDirectory);
  try {
    const again = new AtlasPage(page, restarted.url);
    await again.open();
    await expect(again.banner).toContainText('が空（0 バイト）でした。最新の正常なバックアップ（atlas-');
    await expect(again.banner).toContainText('ブリーフィング 1 件とそのシーン');
    await expect(again.banner).toContainText('使用できなかったファイルは');
    expect(await briefingTitles(page)).toEqual(['Made today']);
    expect(await again.nodes()).toHaveLength(shippedActorCount);
    expect(restarted.stderr()).toContain('was empty (0 bytes). It was restored from the newest good backup');
  } finally {
    await page.goto('about:blank');
    await restarted.stop();
  }
});

test('the backups dialog restores the state before an import, and checks the database', async ({ atlas, page }) => {
  await atlas.open();
  await call(page, 'createBriefing', { title: { en: 'Kept in the backup' } });
  await atlas.chooseFromFileMenu('Open dataset…');
  const datasetDialog = page.getByRole('dialog', { name: 'Open a dataset' });
  // The list of datasets arrives after the dialog opens and moves the choices below it down.
  await expect(datasetDialog.getByRole('rowheader').first()).toBeVisible();
  await datasetDialog.getByRole('radio', { name: /in place of the dataset open now/ }).check();
  await datasetDialog.getByTestId('dataset-file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(smallBundleWith(() => undefined))) });
  await expect(datasetDialog.getByRole('status')).toContainText('Loaded small.json.');
  await datasetDialog.getByRole('button', { name: 'Close' }).click();
  const [briefing] = await call<{ id: number }[]>(page, 'listBriefings');
  await call(page, 'deleteBriefing', { briefingId: briefing?.id });

  await atlas.chooseFromFileMenu('Backups…');
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const beforeImport = dialog.getByRole('row').filter({ hasText: 'Before an import' });
  await expect(beforeImport).toContainText('alliance-atlas.json');
  await expect(beforeImport.getByRole('cell').nth(3)).toHaveText('1');
  await beforeImport.getByRole('button', { name: 'Restore' }).click();
  await dialog.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Restored the backup taken' })).toBeVisible();
  await expect.poll(async () => (await atlas.nodes()).length).toBe(shippedActorCount);
  expect(await briefingTitles(page)).toEqual(['Kept in the backup']);
  await expect(dialog.getByRole('row').filter({ hasText: 'Before a restore' })).toContainText('small.json');

  await dialog.getByRole('button', { name: 'Check the database' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^The database was checked .+ and is sound\.$/ })).toBeVisible();
});

test('a file over the size limit is refused in plain words, before and after it reaches the preview', async ({ atlas, page, playwright, preview }) => {
  await atlas.open();
  await atlas.chooseFromFileMenu('Open dataset…');
  const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
  const huge = join(preview.dataDirectory, 'huge.json');
  writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 0x20));
  await dialog.getByTestId('dataset-file').setInputFiles(huge);
  await expect(dialog.getByRole('alert')).toHaveText('The dataset file "huge.json" is too large (21 MB; the limit is 20 MB); nothing was changed.');

  const request = await playwright.request.newContext();
  const answer = await request.post(`${preview.url}api/importDataset`, {
    headers: { 'Content-Type': 'application/json' },
    data: JSON.stringify({ fileName: 'huge.json', text: ' '.repeat(41 * 1024 * 1024) }),
  });
  expect(answer.status()).toBe(413);
  expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'dataset_too_large', message: expect.stringMatching(/^The file sent is too large \(41 MB; a dataset may have at most 20 MB\)/) } });
  await request.dispose();
});

test('the preview says in plain words, in the terminal’s language, why it cannot start, and exits non-zero', async () => {
  const data = makeTempDir('atlas-e2e-too-new-');
  try {
    const first = await startPreview(data.path);
    await first.stop();
    const db = new Database(join(data.path, 'atlas.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    for (const [lang, expected] of [
      ['en_US.UTF-8', `was written by a newer version of Alliance Atlas (schema 99; this version knows up to ${MIGRATIONS.at(-1)?.version})`],
      ['ja_JP.UTF-8', '新しいバージョンの Alliance Atlas で作成されています'],
    ] as const) {
      const child = spawn(process.execPath, [SERVER, '--port', '0', '--data-dir', data.path], { env: { ...process.env, LC_ALL: '', LANG: lang }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(expected);
      expect(stderr).not.toMatch(/SQLITE_|at .*\.mjs/);
    }
  } finally {
    data.remove();
  }
});
