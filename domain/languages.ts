/**
 * Languages. Data text is stored for any number of languages; these two are the ones the
 * shipped data must have and the UI is translated into.
 */
export const REQUIRED_DATA_LANGUAGES = ['en', 'ja'] as const;

export const UI_LANGUAGES = ['en', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The first UI language matching the user's preferred languages ("ja-JP" → "ja"), else English. */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

/** The language of map labels, presentations and exports: one UI language, or both side by side. */
export type LabelLanguage = UiLanguage | 'both';

/** Text in several languages, keyed by language code. */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * The text in the first of `languages` that has it, falling back to English and then to
 * any language at all, so a record is never shown without a label.
 */
export function pickText(text: LocalizedText | null | undefined, languages: readonly string[]): string {
  if (!text) return '';
  for (const lang of [...languages, 'en']) {
    const value = text[lang];
    if (value) return value;
  }
  return Object.values(text).find(Boolean) ?? '';
}
