import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { AtlasPage } from './atlas-page';

/**
 * Every screen and dialog of the app, visited in one page load (loading the app is the slow
 * part, so checks that need every screen share one tour). At each stop the tour calls `check`
 * with the stop's name, the page showing it and, for a dialog, the selector of the part to check; the accessibility and the UI-language specs
 * both walk it. Selectors accept either UI language, so the same tour serves English and Japanese.
 */
export type ScreenCheck = (screen: string, page: Page, scope?: string) => Promise<void>;

/** A modal dialog makes the rest of the page inert, so at a dialog only the dialog is checked. */
const DIALOG = 'dialog[open]';

const name = (en: string, ja: string) => new RegExp(`^(${en}|${ja})$`);

async function openDialog(page: Page, button: Locator): Promise<Locator> {
  await button.click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens a dialog from the top bar's File menu; the open menu is itself checked on the way. */
async function openFromFileMenu(page: Page, item: string | RegExp): Promise<Locator> {
  const menu = page.locator('details.file-menu');
  await menu.locator('summary').click();
  await expect(menu.getByRole('button', { name: item })).toBeVisible();
  return openDialog(page, menu.getByRole('button', { name: item }));
}

/** Closes the open dialog with Escape, as a keyboard user would; proves Escape works everywhere. */
async function escapeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

export async function tourEveryScreen(atlas: AtlasPage, context: BrowserContext, check: ScreenCheck): Promise<void> {
  const { page } = atlas;
  await check('main', page);

  // The table view, the map's accessible twin: each of its tables.
  await page.getByRole('tab', { name: name('Table', '表') }).click();
  for (const [en, ja] of [['Organizations', '組織'], ['Connections', 'つながり'], ['Events', '出来事']] as const) {
    await page.getByRole('tab', { name: name(en, ja) }).click();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    // Only the table: the rest of the page is the main screen, checked above (axe over hundreds
    // of rows is slow enough without it).
    await check(`table view: ${en.toLowerCase()}`, page, '[data-testid="table-view"]');
  }
  await page.getByRole('tab', { name: name('Map', 'マップ') }).click();

  // The comparison view ("Who does what") beside the map, each of its parts.
  await page.getByTestId('compare-button').click();
  const compare = page.getByTestId('compare-panel');
  await expect(compare).toBeVisible();
  for (const [en, ja] of [['Functions', '機能'], ['Critical infrastructure', '重要インフラ'], ['Connections', 'つながり'], ['Key connectors', '橋渡し役']] as const) {
    await compare.getByRole('tab', { name: name(en, ja) }).click();
    await expect(compare.getByRole('tab', { name: name(en, ja) })).toHaveAttribute('aria-selected', 'true');
    await check(`comparison view: ${en.toLowerCase()}`, page, '[data-testid="compare-panel"]');
  }
  await compare.getByRole('button', { name: name('Close the comparison', '比較を閉じる') }).click();
  await expect(compare).toHaveCount(0);

  // Details of an organization, opened from search.
  await atlas.search('CISA');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-details')).toBeVisible();
  await check('details', page, 'aside.details');

  // Details of an event, chosen on the timeline by keyboard.
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => atlas.timelineEventIds('is-keyboard-focus')).toHaveLength(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-details')).toBeVisible();
  await check('event details', page, 'aside.details');

  await openDialog(page, page.getByRole('button', { name: name('Sources', '出典一覧') }));
  await check('sources dialog', page, DIALOG);
  await escapeDialog(page);

  await openFromFileMenu(page, name('Open dataset…', 'データセットを開く…'));
  await check('dataset dialog', page, DIALOG);
  await escapeDialog(page);

  await openDialog(page, page.locator('.release-button'));
  await check('release notes dialog', page, DIALOG);
  await escapeDialog(page);

  await openFromFileMenu(page, name('Export, import, compare…', '書き出し・読み込み・比較…'));
  await check('data dialog', page, DIALOG);
  await escapeDialog(page);

  await openFromFileMenu(page, name('Backups…', 'バックアップ…'));
  await check('backups dialog', page, DIALOG);
  await escapeDialog(page);

  await page.locator('body').press('?');
  await expect(page.locator('dialog[open]')).toBeVisible();
  await check('shortcuts dialog', page, DIALOG);
  await escapeDialog(page);

  // Briefing: the panel, its dialogs, presenting, and the presenter view.
  await page.getByRole('tab', { name: name('Briefing', 'ブリーフィング') }).click();
  await check('briefing panel', page, '.sidebar');
  let dialog = await openDialog(page, page.getByRole('button', { name: name('New briefing', '新しいブリーフィング') }));
  await check('new briefing dialog', page, DIALOG);
  await dialog.getByRole('textbox').nth(0).fill('Tour briefing');
  await dialog.getByRole('textbox').nth(1).fill('巡回ブリーフィング');
  await dialog.getByRole('button', { name: name('Save', '保存') }).click();
  await expect(page.locator('dialog[open]')).toHaveCount(0);

  dialog = await openDialog(page, page.getByRole('button', { name: name('\\+ Add the current view as a scene', '＋ 現在の表示をシーンとして追加') }));
  await check('new scene dialog', page, DIALOG);
  await dialog.getByRole('textbox').nth(0).fill('The whole map');
  await dialog.getByRole('textbox').nth(1).fill('マップ全体');
  await dialog.getByRole('button', { name: name('Save', '保存') }).click();
  await expect(page.locator('.scene-list__item')).toHaveCount(1);
  await check('briefing with a scene', page, '.sidebar');

  // The PDF briefing pack's print view, in a tab of its own.
  const [printView] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: name('PDF briefing pack', 'PDF資料') }).click()]);
  await expect(printView.locator('.print-page')).toHaveCount(1, { timeout: 30_000 });
  await expect(printView.locator('.print-page__map svg')).toHaveCount(1, { timeout: 30_000 });
  await check('print view', printView);
  await printView.close();

  const presenter = await context.newPage();
  await presenter.goto(`${atlas.url}#presenter`);
  await expect(presenter.getByText(name('Waiting for a presentation to start…', '発表の開始を待っています…'))).toBeVisible();
  await check('presenter view, waiting', presenter);

  await page.getByRole('button', { name: name('▶ Present', '▶ 発表') }).click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await check('presenting', page);
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  await check('presenter view', presenter);
  await presenter.close();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toBeHidden();
}
