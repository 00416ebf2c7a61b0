import type { Page } from '@playwright/test';

/**
 * How Japanese text wraps on the page, read character by character from the layout: where each
 * line starts, and whether it starts where a Japanese reader expects it to.
 */

export interface WrappedText {
  readonly text: string;
  /** Offsets into the text where a new line starts. */
  readonly starts: readonly number[];
  readonly characterWidths: readonly number[];
  /** The width a line of the text has: its own box's, or its parent's for an inline element. */
  readonly lineWidth: number;
}

/** How each element matching `selector` wraps. */
export async function wrappedTexts(page: Page, selector: string): Promise<WrappedText[]> {
  return page.evaluate((css) =>
    [...document.querySelectorAll(css)].map((element) => {
      const starts: number[] = [];
      const characterWidths: number[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let lastTop: number | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        for (let i = 0; i < length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          characterWidths.push(box?.width ?? 0);
          if (!box) continue;
          if (lastTop !== null && box.top > lastTop + 2) starts.push(characterWidths.length - 1);
          lastTop = box.top;
        }
      }
      const inline = getComputedStyle(element).display.startsWith('inline');
      const lineBox = inline ? element.parentElement : element;
      const padding = lineBox ? getComputedStyle(lineBox) : null;
      const lineWidth = lineBox && padding ? lineBox.clientWidth - parseFloat(padding.paddingLeft) - parseFloat(padding.paddingRight) : 0;
      return { text: element.textContent ?? '', starts, characterWidths, lineWidth };
    }),
  selector);
}

const KATAKANA = /^[\u30a0-\u30fa\u30fc-\u30ff]$/;
const katakanaWords = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * Line starts inside a katakana word (サイバーセキュリティセ｜ンター, インフラストラクチャーセキュ｜リティ),
 * the break a Japanese reader stumbles on. A run of katakana wider than the whole line has to
 * break inside, but between two of its words, as ICU's dictionary tells them apart.
 */
export function breaksInsideKatakanaWords({ text, starts, characterWidths, lineWidth }: WrappedText): number[] {
  const characters = [...text];
  const isKatakana = (index: number) => KATAKANA.test(characters[index] ?? '');
  return starts.filter((start) => {
    if (!isKatakana(start - 1) || !isKatakana(start)) return false;
    let first = start - 1;
    while (isKatakana(first - 1)) first--;
    let last = start;
    while (isKatakana(last + 1)) last++;
    if (characterWidths.slice(first, last + 1).reduce((sum, width) => sum + width, 0) <= lineWidth) return true;
    const run = characters.slice(first, last + 1).join('');
    return ![...katakanaWords.segment(run)].some(({ index }) => first + index === start);
  });
}

/** Lines that begin with a character Japanese typesetting never puts first (JIS X 4051 kinsoku), with the line before. */
export async function badLineStarts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const forbidden = /[ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー、。）」』]/;
    const bad: string[] = [];
    for (const element of document.querySelectorAll(css)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let previousTop: number | null = null;
      let line = '';
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        let offset = 0;
        for (const character of [...(text.textContent ?? '')]) {
          range.setStart(text, offset);
          range.setEnd(text, offset + character.length);
          offset += character.length;
          const top = range.getClientRects()[0]?.top;
          if (top === undefined) continue;
          if (previousTop !== null && top > previousTop + 2) {
            if (forbidden.test(character)) bad.push(`${line}|${character}`);
            line = '';
          }
          previousTop = top;
          line += character;
        }
      }
    }
    return bad;
  }, selector);
}
