/**
 * An exported SVG must show Japanese anywhere, also where Noto Sans JP is not installed.
 * The app's font is split into unicode-range files; this finds those that cover the
 * characters the SVG uses and embeds them as data: URLs in @font-face rules.
 */

const FONT_FAMILY = 'Noto Sans JP';

interface FontFile {
  readonly url: string;
  readonly ranges: readonly [number, number][];
  readonly weight: string;
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '0', 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

function appFontFiles(): FontFile[] {
  const files: FontFile[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (!rule.style.getPropertyValue('font-family').includes(FONT_FAMILY)) continue;
      const src = /url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!src) continue;
      files.push({
        url: new URL(src, sheet.href ?? document.baseURI).href,
        ranges: parseRanges(rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF'),
        weight: rule.style.getPropertyValue('font-weight') || '400',
      });
    }
  }
  return files;
}

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** @font-face rules, with the font data inline, for every font file the text needs. */
export async function embeddedFontFaces(text: string): Promise<string> {
  const codePoints = new Set([...text].map((character) => character.codePointAt(0) ?? 0));
  const needed = appFontFiles().filter((file) => file.ranges.some(([from, to]) => [...codePoints].some((c) => c >= from && c <= to)));
  const rules = await Promise.all(
    needed.map(
      async (file) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-weight:${file.weight};src:url(${await dataUrl(file.url)}) format('woff2');unicode-range:${file.ranges
          .map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`))
          .join(',')}}`,
    ),
  );
  return rules.join('\n');
}
