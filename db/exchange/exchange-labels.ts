import i18next, { type TFunction } from 'i18next';
import type { UiLanguage } from '../../domain/languages';
import fieldsEn from '../../locales/en/fields.json';
import vocabularyEn from '../../locales/en/vocabulary.json';
import fieldsJa from '../../locales/ja/fields.json';
import vocabularyJa from '../../locales/ja/vocabulary.json';

/**
 * Readable labels for the files the app writes (spreadsheet headers, vocabulary labels,
 * graph attributes), from the same locale files as the UI, in the language the user chose
 * for the export.
 */

const resources = {
  en: { fields: fieldsEn, vocabulary: vocabularyEn },
  ja: { fields: fieldsJa, vocabulary: vocabularyJa },
};

const translators = new Map<UiLanguage, TFunction>();

export function exchangeLabels(language: UiLanguage): TFunction {
  const cached = translators.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: ['fields', 'vocabulary'],
    defaultNS: 'fields',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  translators.set(language, instance.t);
  return instance.t;
}

export type VocabularyGroup = 'actorType' | 'linkType' | 'eventCategory' | 'confidence';

// Exports label every row: looking a code up here is much cheaper than asking i18next each time.
const vocabularyLabels = new Map<string, string>();

/** The label of a vocabulary code ("ministry" → "Ministry / department"); an unknown code is shown as it is. */
export function vocabularyLabel(language: UiLanguage, group: VocabularyGroup, code: string): string {
  const key = `${language}:${group}.${code}`;
  let label = vocabularyLabels.get(key);
  if (label === undefined) {
    label = exchangeLabels(language)(`vocabulary:${group}.${code}`, { defaultValue: code });
    vocabularyLabels.set(key, label);
  }
  return label;
}
