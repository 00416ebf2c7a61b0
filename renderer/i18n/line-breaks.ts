// The plain parser: budoux's HTML-processing one brings an HTML parser (linkedom) into the bundle.
import { Parser, jaModel } from 'budoux';

/**
 * Where a label may break: English between words, never inside one; Japanese between phrases
 * (BudouX), and inside a long compound name where it changes between kanji, katakana and Latin
 * letters (内閣|サイバーセキュリティセンター, JPCERT|コーディネーションセンター) or after a middle
 * dot (サイバーセキュリティ・|パートナーシップ).
 * Never before hiragana: okurigana and particles stay with their word (枠組み, 多国間の). Never
 * around a kanji on its own: a one-character suffix or prefix stays with its word (デジタル庁,
 * 米サイバー軍, 第9回), and BudouX's rare break inside a word is undone (一般財団法人, not
 * 一般財団法|人; クレジット分野, not クレジット分|野). A token is never split.
 */

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

let parser: Parser | null = null;

type Script = 'kanji' | 'katakana' | 'latin' | 'other';

// The katakana block without its middle dot (・, punctuation); ー lengthens katakana.
const KATAKANA = '\\u30a0-\\u30fa\\u30fc-\\u30ff';
const KATAKANA_CHARACTER = new RegExp(`[${KATAKANA}]`);

function scriptOf(character: string): Script {
  if (/[\u3400-\u9fff々〆]/.test(character)) return 'kanji';
  if (KATAKANA_CHARACTER.test(character)) return 'katakana';
  if (/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/.test(character)) return 'latin';
  return 'other';
}

function splitCompound(phrase: string): string[] {
  const parts: string[] = [];
  let current = '';
  let previous: Script | null = null;
  for (const character of phrase) {
    const script = scriptOf(character);
    const afterDot = current.endsWith('・');
    if (current !== '' && (afterDot || (previous !== null && script !== previous && script !== 'other' && previous !== 'other'))) {
      parts.push(current);
      current = '';
    }
    current += character;
    previous = script;
  }
  if (current !== '') parts.push(current);
  return parts;
}

export interface Token {
  readonly text: string;
  /** Whether a space separates it from the token before on the same line. */
  readonly spaced: boolean;
}

/**
 * Joins each kanji standing alone to a neighbour: to the token before when a compound goes on
 * from it (a suffix: 庁, 省, 隊, 回), otherwise, at the start or after a particle, a space or
 * punctuation, to the token after (a prefix: 米, 第).
 */
function keepLoneKanjiWithNeighbour(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  let prefix: Token | null = null;
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (prefix) {
      joined.push({ text: prefix.text + token.text, spaced: prefix.spaced });
      prefix = null;
    } else if (token.text.length !== 1 || scriptOf(token.text) !== 'kanji') joined.push(token);
    // A compound goes on from a token that ends in kanji, katakana, a Latin letter or a digit.
    else if (previous && !token.spaced && scriptOf(previous.text.at(-1) ?? '') !== 'other') joined[joined.length - 1] = { text: previous.text + token.text, spaced: previous.spaced };
    else prefix = token;
  }
  if (prefix) joined.push(prefix);
  return joined;
}

export function breakTokens(text: string): Token[] {
  if (!containsCjk(text)) {
    return text
      .split(/\s+/)
      .filter(Boolean)
      .map((word, index) => ({ text: word, spaced: index > 0 }));
  }
  parser ??= new Parser(jaModel);
  return keepLoneKanjiWithNeighbour(
    parser.parse(text).flatMap((phrase) =>
      splitCompound(phrase).map((part, index) => ({ text: index === 0 ? part.trimStart() : part, spaced: index === 0 && /^\s/.test(part) })),
    ),
  );
}

const KATAKANA_RUN = new RegExp(`[${KATAKANA}]{8,}`, 'g');
const SHORTEST_WORD = 4;
let katakanaWords: Intl.Segmenter | null = null;

/**
 * A token cut where a long katakana compound changes word (インフラストラクチャー|セキュリティ庁),
 * by ICU's dictionary, for text that the browser wraps: too long for its line, the token would
 * otherwise break at whichever character reaches the edge. ICU's shorter pieces are joined
 * (サイ|バー is one word), so that no part is under four characters.
 */
export function wordsInside(token: string): string[] {
  katakanaWords ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const parts: string[] = [];
  let from = 0;
  for (const run of token.matchAll(KATAKANA_RUN)) {
    const end = run.index + run[0].length;
    for (const { index } of katakanaWords.segment(run[0])) {
      const at = run.index + index;
      if (at - Math.max(from, run.index) >= SHORTEST_WORD && end - at >= SHORTEST_WORD) {
        parts.push(token.slice(from, at));
        from = at;
      }
    }
  }
  parts.push(token.slice(from));
  return parts;
}

/**
 * Lines of `text` no wider than `maxWidth` where the breaks allow; a single token wider than
 * that keeps its own line rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const token of breakTokens(text)) {
    const candidate = current === '' ? token.text : `${current}${token.spaced ? ' ' : ''}${token.text}`;
    if (current === '' || measure(candidate) <= maxWidth) {
      current = candidate;
    } else {
      lines.push(current);
      current = token.text;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
