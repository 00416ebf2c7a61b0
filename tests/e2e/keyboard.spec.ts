import { expect, test } from './fixtures';

/**
 * The app without a mouse: tab lists answer the arrow keys, the timeline's events can be
 * reached and opened, Escape closes the details panel and the timeline options, focus is
 * always visible, and "?" lists every key in the UI language. One page load for all of it.
 */
test('everything on the main screen works from the keyboard, with focus always visible', async ({ atlas, page }) => {
  test.setTimeout(180_000);
  await atlas.open();

  // Tab list: arrows move between tabs and select them.
  const legendTab = page.getByRole('tab', { name: 'Legend' });
  await legendTab.focus();
  await page.keyboard.press('ArrowRight');
  const briefingTab = page.getByRole('tab', { name: 'Briefing' });
  await expect(briefingTab).toHaveAttribute('aria-selected', 'true');
  await expect(briefingTab).toBeFocused();
  await page.keyboard.press('Home');
  await expect(legendTab).toHaveAttribute('aria-selected', 'true');

  // Visible focus: a control reached with Tab wears a focus ring.
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring?.style).not.toBe('none');
  expect(ring?.width ?? 0).toBeGreaterThanOrEqual(2);

  // Timeline: one tab stop; arrows move between events in time, Enter opens one.
  const timeline = page.getByTestId('timeline');
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => atlas.timelineEventIds('is-keyboard-focus')).toHaveLength(1);
  const [first] = await atlas.timelineEventIds('is-keyboard-focus');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await atlas.timelineEventIds('is-keyboard-focus'))[0]).not.toBe(first);
  const [second] = await atlas.timelineEventIds('is-keyboard-focus');
  // Each move is announced to screen readers: date and title.
  await expect(page.locator('.time-panel p[aria-live="polite"]')).toContainText(' — ');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', second ?? '');

  // Escape closes the details panel.
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.details')).toHaveCount(0);

  // Escape closes the timeline options and gives focus back to their summary.
  const options = page.locator('details.timeline-options');
  await options.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(options).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(options).not.toHaveAttribute('open', '');
  await expect(options.locator('summary')).toBeFocused();

  // "?" lists every key, in the UI language; Escape closes the list.
  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { level: 3 })).toHaveText(['Anywhere', 'On the map (after Tab)', 'On the timeline (after Tab)', 'In the search box', 'In a row of tabs', 'While presenting']);
  await expect(help).toContainText('Open the details of the event');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await atlas.chooseLanguage('日本語');
  await page.locator('body').press('?');
  const helpJa = page.getByRole('dialog', { name: 'キーボードショートカット' });
  await expect(helpJa).toBeVisible();
  await expect(helpJa).toContainText('スペース');
  await expect(helpJa).toContainText('イベントの詳細を開く');
  await page.keyboard.press('Escape');
  await expect(helpJa).toBeHidden();
});
