import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../domain/languages';
import appEn from '../../locales/en/app.json';
import compareEn from '../../locales/en/compare.json';
import fieldsEn from '../../locales/en/fields.json';
import vocabularyEn from '../../locales/en/vocabulary.json';
import appJa from '../../locales/ja/app.json';
import compareJa from '../../locales/ja/compare.json';
import fieldsJa from '../../locales/ja/fields.json';
import vocabularyJa from '../../locales/ja/vocabulary.json';

/** UI strings are bundled, not fetched: the app works offline and shows no untranslated flash. */
export const resources = {
  en: { app: appEn, vocabulary: vocabularyEn, fields: fieldsEn, compare: compareEn },
  ja: { app: appJa, vocabulary: vocabularyJa, fields: fieldsJa, compare: compareJa },
} as const;

export function initI18n(language: UiLanguage): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'app',
    ns: ['app', 'vocabulary', 'fields', 'compare'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches every translated string at once; `lang` makes Chromium pick Japanese glyph forms for Han characters. */
export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
