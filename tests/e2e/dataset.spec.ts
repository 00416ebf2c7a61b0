import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRawBundle, SHIPPED_BUNDLE_PATH, smallBundleWith } from '../support/bundles';
import { makeTempDir } from '../support/temp-dir';
import { expect, test } from './fixtures';

const shippedActorCount = readRawBundle(SHIPPED_BUNDLE_PATH).actors.length;
const bundles = makeTempDir('atlas-e2e-bundles-');
function bundleFile(name: string, content: unknown): string {
  const path = join(bundles.path, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

test('a malformed bundle is refused with a message naming record and field, and the data stays', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseFromFileMenu('Open dataset…');
  const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
  const broken = smallBundleWith((b) => {
    b.actors[1]!['parent'] = 'cabinet_secretary';
    (b.events[0]!['title'] as Record<string, string>)['ja'] = '';
  });
  await dialog.getByTestId('dataset-file').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The dataset file "draft.json" was refused (1 problem); nothing was changed.');
  await expect(alert).toContainText('events[0] "e_2017_07_20_dialogue_5", field title.ja: Japanese text is empty');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await atlas.nodes()).toHaveLength(shippedActorCount);
});

test('a valid bundle replaces the map after a backup, when the user chooses to replace', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseFromFileMenu('Open dataset…');
  const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
  // The list of datasets arrives after the dialog opens and moves the choices below it down.
  await expect(dialog.getByRole('rowheader').first()).toBeVisible();
  await dialog.getByRole('radio', { name: /in place of the dataset open now/ }).check();
  await dialog.getByTestId('dataset-file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(smallBundleWith(() => undefined))) });
  await expect(dialog.getByRole('status')).toContainText('Loaded small.json. 6 organizations, 3 connections, 3 events.');
  await expect(dialog.getByRole('status')).toContainText('backed up');
  await expect.poll(async () => (await atlas.nodes()).length).toBe(6);
});

test.describe('started with --dataset on a malformed file', () => {
  test.use({ previewArgs: ['--dataset', bundleFile('broken.json', smallBundleWith((b) => (b.relations[0]!['from'] = '2013-02-30')))] });
  test('says which record and field are wrong, and shows the shipped data', async ({ atlas, preview }) => {
    await atlas.open();
    await expect(atlas.banner).toContainText('The dataset file "broken.json" was refused (1 problem)');
    await atlas.banner.getByText('1 problem', { exact: true }).click();
    await expect(atlas.banner).toContainText('relations[0] "r_nisc_dialogue", field from: is not a real date');
    expect(await atlas.nodes()).toHaveLength(shippedActorCount);
    expect(preview.stderr()).toContain('relations[0] "r_nisc_dialogue", field from');
  });
});

test.describe('started with --dataset on a bundle with markup in a name', () => {
  const hostileName = '<img src=x onerror="window.__pwned = true">CISA';
  test.use({ previewArgs: ['--dataset', bundleFile('hostile.json', smallBundleWith((b) => ((b.actors[4]!['name'] as Record<string, string>)['en'] = hostileName)))] });
  test('shows the markup as text and runs nothing', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.clickNode('cisa');
    await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText(hostileName);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });
});
