import type { LabelLanguage, LocalizedText } from '../../../domain/languages';
import { pickText } from '../../../domain/languages';

/** A name in the label language; both languages as "English / 日本語" when labels are bilingual. */
export function inLabelLanguage(text: LocalizedText | null | undefined, language: LabelLanguage): string {
  if (language !== 'both') return pickText(text, [language]);
  const english = pickText(text, ['en']);
  const japanese = pickText(text, ['ja']);
  return english === japanese ? english : `${english} / ${japanese}`;
}
