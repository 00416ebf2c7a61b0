import type { Page } from '@playwright/test';
import { smallBundleWith } from '../support/bundles';
import { wcagContrast } from 'culori';
import { expect, test } from './fixtures';
import { ComparePanel } from './pages/compare-panel';

/** Leftovers of issues 13 and 10: findings, focus, camera and empty comparison cells in the UI language. */

test('in the Japanese UI a malformed bundle is refused in Japanese, naming the record and field', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseLanguage('日本語');
  await atlas.chooseFromFileMenu('データセットを開く…');
  const dialog = page.getByRole('dialog', { name: 'データセットを開く' });
  const broken = smallBundleWith((b) => {
    (b.events[0]!['title'] as Record<string, string>)['ja'] = '';
    b.actors[1]!['colour'] = 'red';
  });
  await dialog.getByTestId('dataset-file').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('データセットファイル「draft.json」は受け付けられませんでした（問題 2 件）');
  await expect(alert).toContainText('events[0]「e_2017_07_20_dialogue_5」の項目 title.ja：日本語のテキストが空です');
  await expect(alert).toContainText('の項目 colour：このレコードにはない項目です');
  await expect(alert).not.toContainText('field');
  await expect(alert).not.toContainText('is empty');
});

test('the timeline event the keyboard is on has a focus ring that stands out from what is around it', async ({ atlas, page }) => {
  await atlas.open();
  const timeline = page.getByTestId('timeline');
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => atlas.timelineEventIds('is-keyboard-focus')).toHaveLength(1);
  const [current] = await atlas.timelineEventIds('is-keyboard-focus');
  // A point event is drawn as a box, a line and a dot; the ring goes round the box.
  const item = timeline.locator(`.vis-item.event-id--${current}:not(.vis-line, .vis-dot)`);
  await expect(item).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('timeline-focus.png') });
  const ring = await item.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const reach = Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
    // The panel that clips the items: the ring must lie inside it to be seen.
    const panel = element.closest('.vis-panel')!.getBoundingClientRect();
    const panelBackground = getComputedStyle(element.closest('.vis-timeline')!).backgroundColor;
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
      itemBackground: style.backgroundColor,
      panelBackground,
      inside: box.top - reach >= panel.top && box.bottom + reach <= panel.bottom,
    };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.inside).toBe(true);
  // WCAG 1.4.11: 3:1 against what touches the ring: the item's fill and the timeline behind it.
  for (const neighbour of [ring.itemBackground, ring.panelBackground]) {
    expect(wcagContrast(ring.color, neighbour === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : neighbour)).toBeGreaterThanOrEqual(3);
  }
});

/** Where the map draws two organizations, and whether each is inside the map's visible area. */
async function endsOnScreen(page: Page, ids: readonly string[]) {
  return page.evaluate((nodeIds) => {
    const cy = window.__atlasMap!;
    return nodeIds.map((id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return { id, drawn: false, inView: false };
      const p = node.renderedPosition();
      return { id, drawn: true, inView: p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height() };
    });
  }, ids);
}

test('choosing a connection in search or in the table selects it and frames both of its ends on the map', async ({ atlas, page }) => {
  await atlas.open();
  const camera = () => page.evaluate(() => ({ zoom: window.__atlasMap!.zoom(), pan: window.__atlasMap!.pan() }));
  const before = await camera();

  await atlas.searchBox.fill('DMM Bitcoin');
  const hit = atlas.searchResults.locator('[data-kind="relation"][data-id="r_npa_cooperates_with_fbi"]');
  await hit.click();
  await atlas.atRest();
  await expect(page.getByTestId('relation-details')).toBeVisible();
  await expect.poll(() => endsOnScreen(page, ['npa', 'fbi'])).toEqual([
    { id: 'npa', drawn: true, inView: true },
    { id: 'fbi', drawn: true, inView: true },
  ]);
  expect(await camera()).not.toEqual(before);
  const chosen = () => page.evaluate(() => window.__atlasMap!.edges('.chosen').map((edge) => edge.data('linkIds') as string[]).flat());
  expect(await chosen()).toContain('relation:r_npa_cooperates_with_fbi');

  // From the table: another connection, far from this one, is framed the same way.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Table', exact: true }).click();
  await page.getByRole('tab', { name: 'Connections', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('Trend Micro');
  await page.getByRole('table').getByRole('row').filter({ hasText: 'FBI' }).getByRole('button', { name: /Show on map/ }).click();
  await atlas.atRest();
  await expect.poll(() => endsOnScreen(page, ['trend_micro', 'fbi'])).toEqual([
    { id: 'trend_micro', drawn: true, inView: true },
    { id: 'fbi', drawn: true, inView: true },
  ]);
  expect(await chosen()).toContain('relation:r_trend_micro_cooperates_with_fbi');
});

test('a function the dataset has no organization for says so in its cell, in both languages', async ({ atlas }) => {
  await atlas.open();
  await atlas.showMapAsOf('2026-12-01');
  const compare = new ComparePanel(atlas.page);
  await compare.open();
  // The shipped data records no US body for independent oversight of cyber powers.
  await expect(compare.cell('oversight', 'US')).toHaveText('No organization in this dataset');
  // Japan's oversight commission is in the data: its cell lists it, and before it existed says only "None".
  await expect(compare.cell('oversight', 'JP').locator('li[data-actor-id="cyber_comms_oversight_commission"]')).toHaveCount(1);
  await atlas.showMapAsOf('2020-01-01');
  await expect(compare.cell('oversight', 'JP')).toHaveText('None');
  await atlas.chooseLanguage('日本語');
  await expect(compare.cell('oversight', 'US')).toHaveText('このデータセットに該当する組織はありません');
  await expect(compare.cell('oversight', 'JP')).toHaveText('該当なし');
});
