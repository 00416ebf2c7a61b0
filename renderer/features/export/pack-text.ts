import i18next from 'i18next';
import { formatPartialDate } from '../../i18n/format-date';
import { pickText, type LabelLanguage, type LocalizedText } from '../../../domain/languages';

/**
 * Texts of a handout in the language it is exported in, whatever the UI language is: a
 * Japanese pack is Japanese throughout, a bilingual pack says everything in both languages.
 */
export interface PackText {
  readonly language: LabelLanguage;
  /** The language dates and the page's `lang` use (English for a bilingual pack). */
  readonly primary: 'en' | 'ja';
  /** A UI string (app namespace) in the pack's language(s). */
  t(key: string, options?: Record<string, unknown>): string;
  /** A UI string with a `date` placeholder, the date written the way each language writes it. */
  dated(key: string, date: string): string;
  /** A vocabulary label (actor type, link type…) in the pack's language(s). */
  vocab(key: string): string;
  /** A data text in the pack's language(s). */
  data(text: LocalizedText | null | undefined): string;
}

function joined(english: string, japanese: string): string {
  return english === japanese || !japanese ? english : !english ? japanese : `${english} / ${japanese}`;
}

export function packText(language: LabelLanguage): PackText {
  // Keys reach these from data (vocabulary codes), so they are looked up as plain strings.
  const fixed = (lang: 'en' | 'ja', ns: 'app' | 'vocabulary') => i18next.getFixedT(lang, ns) as unknown as (key: string, options?: Record<string, unknown>) => string;
  const en = fixed('en', 'app');
  const ja = fixed('ja', 'app');
  const vocabEn = fixed('en', 'vocabulary');
  const vocabJa = fixed('ja', 'vocabulary');
  return {
    language,
    primary: language === 'ja' ? 'ja' : 'en',
    t: (key, options) =>
      language === 'both' ? joined(String(en(key, options)), String(ja(key, options))) : String((language === 'ja' ? ja : en)(key, options)),
    dated: (key, date) => {
      const say = (lang: 'en' | 'ja') => String((lang === 'ja' ? ja : en)(key, { date: formatPartialDate(date, lang) }));
      return language === 'both' ? joined(say('en'), say('ja')) : say(language);
    },
    vocab: (key) => (language === 'both' ? joined(String(vocabEn(key)), String(vocabJa(key))) : String((language === 'ja' ? vocabJa : vocabEn)(key))),
    data: (text) => (language === 'both' ? joined(pickText(text, ['en']), pickText(text, ['ja'])) : pickText(text, [language])),
  };
}
