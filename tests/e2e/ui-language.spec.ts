import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tourEveryScreen } from './pages/screen-tour';

/**
 * No English left in the Japanese UI, and no Japanese in the English UI, outside data. The
 * tour visits every screen and dialog; at each stop every visible text and every label a user
 * can meet (aria-label, title, placeholder, alt) is read. Text in the other language passes
 * only where the page says it is in that language (an element's `lang`, as WCAG 3.1.2 asks
 * for anyway) or marks it as data (`data-data-text`: source titles, file names, codes), or
 * when it is an acronym or proper name on the allowlist. In the Japanese UI, a text fails when it
 * has no Japanese at all beyond acronyms and allowed names (Japanese sentences name things by
 * their acronyms); in the English UI, any Japanese character outside data fails.
 */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const ENGLISH_WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]/g;

/** Names and acronyms that are written the same way in both UIs. */
const ALLOWED_IN_JAPANESE = new Set([
  'Alliance', 'Atlas', // the product's name
  'EN', 'PDF', 'PNG', 'SVG', 'CSV', 'JSON', 'XLSX', 'GEXF', 'GraphML', 'Excel', 'Gephi', 'PowerPoint', 'pptx', 'ID', 'URL', 'MB', 'AIS', 'ISAC', 'CERT', 'CSIRT',
  'Enter', 'Esc', 'Tab', 'Home', 'End', 'Page', 'Up', 'Down', 'Shift', 'Ctrl', // key names, as printed on keys
]);
/** In the English UI: the language choice named in its own language, and the search box's sample queries. */
const ALLOWED_JAPANESE_WORDS = ['日本語', '警察', 'けいさつ', 'ケイサツ', 'サイバー'];
const ALLOWED_IN_ENGLISH = (text: string) => !JAPANESE.test(ALLOWED_JAPANESE_WORDS.reduce((rest, word) => rest.split(word).join(' '), text));

interface Found {
  readonly text: string;
  readonly where: string;
}

/** Every user-facing string on the page with the language the page declares for it. */
async function textsOf(page: Page, uiLanguage: string, scope = 'body'): Promise<Found[]> {
  return page.evaluate(([ui, root]) => {
    const found: { text: string; where: string }[] = [];
    const declared = (element: Element) => element.closest('[lang]')?.getAttribute('lang') ?? ui;
    const exempt = (element: Element) => element.closest('[data-data-text]') !== null || declared(element).slice(0, 2) !== ui;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const visible = (element: Element) => element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
    // Text content (including visually hidden text read by screen readers).
    const top = document.querySelector(root) ?? document.body;
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION'].includes(parent.tagName)) continue;
      if (parent.closest('[hidden], [aria-hidden="true"]') || (!visible(parent) && !parent.closest('.visually-hidden'))) continue;
      if (exempt(parent)) continue;
      found.push({ text, where: describe(parent) });
    }
    for (const element of top.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
      if (!visible(element) || exempt(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const text = element.getAttribute(attribute)?.trim();
        if (text) found.push({ text, where: `${describe(element)}[${attribute}]` });
      }
    }
    return found;
  }, [uiLanguage, scope] as const);
}

function otherLanguage(found: readonly Found[], uiLanguage: 'en' | 'ja'): string[] {
  if (uiLanguage === 'en') {
    return found.filter((f) => JAPANESE.test(f.text) && !ALLOWED_IN_ENGLISH(f.text)).map((f) => `${f.where}: ${f.text}`);
  }
  // A Japanese sentence may name things by their acronyms or English names ("2018年からCISAが…");
  // what must not be left is a text with no Japanese at all, beyond acronyms and allowed names.
  const acronym = (word: string) => /^[A-Z][A-Z0-9]*$/.test(word.replace(/[-/&.]/g, ''));
  return found
    .filter((f) => !JAPANESE.test(f.text) && (f.text.match(ENGLISH_WORD) ?? []).some((word) => !acronym(word) && !ALLOWED_IN_JAPANESE.has(word)))
    .map((f) => `${f.where}: ${f.text}`);
}

for (const [locale, uiLanguage] of [
  ['en-US', 'en'],
  ['ja-JP', 'ja'],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`every screen and dialog speaks only ${uiLanguage === 'en' ? 'English' : 'Japanese'} outside data`, async ({ atlas, page, context }) => {
      test.setTimeout(300_000);
      await atlas.open();
      await expect(page.locator('html')).toHaveAttribute('lang', uiLanguage);
      const leftovers: Record<string, string[]> = {};
      await tourEveryScreen(atlas, context, async (screen, shown, scope) => {
        const wrong = [...new Set(otherLanguage(await textsOf(shown, uiLanguage, scope), uiLanguage))];
        if (wrong.length > 0) leftovers[screen] = wrong;
      });
      expect(leftovers).toEqual({});
    });
  });
}
