import i18next, { type TFunction } from 'i18next';
import type { UiLanguage } from '../../domain/languages';
import problemsEn from '../../locales/en/problems.json';
import problemsJa from '../../locales/ja/problems.json';

/**
 * The wording of the bundle validator's findings, from locales/<lang>/problems.json, so a
 * refused dataset is explained in the UI language. Every finding carries its key and values
 * (`ProblemText`) beside its English message; the English message is always worded here too,
 * so the two cannot drift apart.
 */

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface ProblemText {
  /** A key of problems.json, e.g. "schema.required" or "integrity.noActor". */
  readonly key: string;
  readonly params?: ProblemParams;
}

const translators = new Map<UiLanguage, TFunction>();

export function problemTranslator(language: UiLanguage): TFunction {
  const cached = translators.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { problems: problemsEn }, ja: { problems: problemsJa } },
    lng: language,
    fallbackLng: 'en',
    ns: ['problems'],
    defaultNS: 'problems',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  translators.set(language, instance.t);
  return instance.t;
}

/** A finding's text in `language`; language codes and host kinds among the values are named in it too. */
export function wordText(text: ProblemText, language: UiLanguage): string {
  const t = problemTranslator(language);
  const params: Record<string, string | number> = { ...text.params };
  if (typeof params['lang'] === 'string') params['language'] = t(`languageNames.${params['lang']}`, { defaultValue: params['lang'] });
  if (typeof params['kind'] === 'string') params['kind'] = t(`hostKinds.${params['kind']}`, { defaultValue: params['kind'] });
  return t(text.key, params);
}

// The schema is declared with English messages (zod keeps only a string); each one worded
// here is remembered, so a schema finding can be turned back into its key and values.
const englishToText = new Map<string, ProblemText>();

/** The English message of `key`, remembered for `textOfEnglish`. */
export function english(key: string, params?: ProblemParams): string {
  const text: ProblemText = params ? { key, params } : { key };
  const message = wordText(text, 'en');
  if (!englishToText.has(message)) englishToText.set(message, text);
  return message;
}

/** The key and values of an English message worded by `english`, if it was. */
export function textOfEnglish(message: string): ProblemText | undefined {
  return englishToText.get(message);
}

/** A finding's message and text together, as the rules report them. */
export function said(key: string, params?: ProblemParams): { readonly message: string; readonly text: ProblemText } {
  return { message: english(key, params), text: params ? { key, params } : { key } };
}
