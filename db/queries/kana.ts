import { isHiragana, toHiragana, toRomaji } from 'wanakana';

/**
 * Readings and kana queries compared in one spelling: hiragana, no spaces or ・, and the
 * long-vowel mark written out as its vowel, so ケイサツ, けいさつ, keisatsu and サイバー/saibaa
 * meet the same text.
 */

const VOWEL_KANA: Record<string, string> = { a: 'あ', i: 'い', u: 'う', e: 'え', o: 'お' };
/** A query needs this many kana before it is compared with readings: fewer matches too much by accident. */
export const MIN_READING_QUERY = 2;
/** Romaji is ambiguous with English words and acronyms (cisa → しさ), so it needs more. */
export const MIN_ROMAJI_QUERY = 3;

function spellLongVowels(hiragana: string): string {
  let out = '';
  for (const char of hiragana) {
    if (char === 'ー' && out !== '') {
      const vowel = toRomaji(out.slice(-1)).slice(-1);
      out += VOWEL_KANA[vowel] ?? '';
    } else {
      out += char;
    }
  }
  return out;
}

/** A stored reading in the spelling used for comparison. */
export function foldReading(reading: string): string {
  return spellLongVowels(reading.replace(/[\s・]/g, ''));
}

/**
 * The query as a reading to look for, or null when it is not kana or romaji (kanji, English
 * with digits, too short). Romaji counts only when every letter turns into kana.
 */
export function queryAsReading(query: string): string | null {
  const compact = query.replace(/[\s・]/g, '');
  if (compact === '') return null;
  if (/^[\u3041-\u3096\u30A1-\u30FAー]+$/u.test(compact)) {
    const hiragana = spellLongVowels(toHiragana(compact, { passRomaji: true }));
    return [...hiragana].length >= MIN_READING_QUERY ? hiragana : null;
  }
  if (/^[a-z'-]+$/i.test(compact)) {
    const hiragana = toHiragana(compact.toLowerCase());
    if (!isHiragana(hiragana)) return null;
    const folded = spellLongVowels(hiragana);
    return [...folded].length >= MIN_ROMAJI_QUERY ? folded : null;
  }
  return null;
}
