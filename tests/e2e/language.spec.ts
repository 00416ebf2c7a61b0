import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badLineStarts, breaksInsideKatakanaWords, wrappedTexts } from './pages/japanese-lines';

test('switching to Japanese changes UI strings and labels in place, and back', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.clickNode('mofa');
  await atlas.legendFilter('Company').uncheck();
  // The map applies a filter once React has rendered it, after the box is ticked; then it may move.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await atlas.atRest();
  const before = await atlas.nodes();
  const camera = await atlas.camera();
  // Zoomed in on the selection, labels give full names.
  expect(before.find((n) => n.id === 'mofa')?.label.replace(/\n/g, ' ')).toBe('Ministry of Foreign Affairs');

  await atlas.chooseLanguage('日本語');
  await expect(page.getByRole('heading', { name: '凡例と絞り込み' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await atlas.atRest();
  const japanese = await atlas.nodes();
  expect(japanese.find((n) => n.id === 'mofa')?.label).toBe('外務省');
  expect(japanese.map(({ id, x, y }) => ({ id, x, y }))).toEqual(before.map(({ id, x, y }) => ({ id, x, y })));
  expect(await atlas.camera()).toEqual(camera);
  // The selection and the filters survive the switch.
  await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText('外務省');
  expect(japanese.find((n) => n.id === 'mofa')?.selected).toBe(true);
  expect(japanese.find((n) => n.id === 'ntt')?.visible).toBe(false);
  await expect(atlas.legendFilter('企業')).not.toBeChecked();

  await atlas.chooseLanguage('English');
  await expect(page.getByRole('heading', { name: 'Legend and filters' })).toBeVisible();
  await atlas.atRest();
  const back = await atlas.nodes();
  expect(back.map(({ id, label, x, y }) => ({ id, label, x, y }))).toEqual(before.map(({ id, label, x, y }) => ({ id, label, x, y })));
});

test('bilingual labels show English over Japanese, keeping the UI language', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseLanguage('EN + 日本語');
  await atlas.atRest();
  expect((await atlas.node('mofa')).label).toBe('MOFA\n外務省');
  await atlas.expandAll();
  await atlas.clickNode('cisa');
  await atlas.atRest();
  expect((await atlas.node('cisa')).label).toBe('CISA');
  await expect(page.getByRole('heading', { name: 'Legend and filters' })).toBeVisible();
});

test('the language choice persists between runs; dates follow it', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chooseLanguage('日本語');
  await page.reload();
  await atlas.open();
  await expect(page.getByRole('radio', { name: '日本語', exact: true })).toHaveAttribute('aria-checked', 'true');
  await atlas.clickNode('nco');
  await expect(page.getByTestId('actor-details').locator('.facts')).toContainText('2025年7月1日～');
});

test.describe('first run on a Japanese system', () => {
  test.use({ locale: 'ja-JP' });
  test('follows the system language', async ({ atlas, page }) => {
    await atlas.open();
    await expect(page.getByRole('heading', { name: '凡例と絞り込み' })).toBeVisible();
    expect((await atlas.node('mofa')).label).toBe('外務省');
  });

  test('Japanese lines in the details panel never begin with a small kana or a long-vowel mark, and break a katakana run only between its words', async ({ atlas, page }) => {
    // At 1024×640 the panel narrows, and these names hold a katakana run that has to break
    // inside; breaking by character left 日米豪印サイバーセキュリテ|ィ, サイバーセキ|ュ and
    // インフラストラクチャーセキュ|リティ庁 (CISA's title).
    await page.setViewportSize({ width: 1024, height: 640 });
    await atlas.open();
    for (const [query, actorId] of [
      ['日米豪印', 'quad_cyber_partnership'],
      ['米国家安全保障局サイバー', 'nsa_cybersecurity_directorate'],
      ['サイバーセキュリティ・インフラ', 'cisa'],
    ] as const) {
      await atlas.search(query);
      await atlas.searchResults.locator(`[data-actor-id="${actorId}"]`).click();
      await expect(page.getByTestId('actor-details')).toHaveAttribute('data-actor-id', actorId);
      expect(await badLineStarts(page, '[data-testid="actor-details"] :is(h2, .names li, p, li)'), actorId).toEqual([]);
      const names = await wrappedTexts(page, '[data-testid="actor-details"] :is(h2, .names li[lang="ja"])');
      expect(names.filter((name) => name.starts.length > 0).length, `${actorId}: the name wraps at this width`).toBeGreaterThan(0);
      expect(names.filter((name) => breaksInsideKatakanaWords(name).length > 0).map((name) => name.text), actorId).toEqual([]);
    }
  });
});

/**
 * What the search box's hint needs and has when it is cut; null when it reads whole. Measured as
 * the box would hold the same text typed in: a search box keeps room for its clear button, which
 * a measure of the text alone missed (the hint was cut at 1440×900 with 9 px to spare on paper).
 */
async function cutSearchHint(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.search__input');
    if (!input) return 'no search box';
    input.value = input.placeholder;
    const { scrollWidth, clientWidth } = input;
    input.value = '';
    return scrollWidth <= clientWidth ? null : `“${input.placeholder}” needs ${scrollWidth} px, has ${clientWidth}`;
  });
}

test('the search box shows its whole hint, examples included, at 1280×720 and up in both languages', async ({ atlas, page }) => {
  await atlas.open();
  for (const language of ['English', '日本語'] as const) {
    await atlas.chooseLanguage(language);
    for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      expect(await cutSearchHint(page), `${language}, ${size.width}×${size.height}`).toBeNull();
    }
  }
});
