import { smallBundleWith } from '../support/bundles';
import { wcagContrast } from 'culori';
import { expect, test } from './fixtures';

/** Leftovers of issues 13 and 10: findings, focus, camera and empty comparison cells in the UI language. */

test('in the Japanese UI a malformed bundle is refused in Japanese, naming the record and field', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseLanguage('日本語');
  await page.getByRole('button', { name: 'データセットを開く…' }).click();
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
