import { pickText, type LocalizedText, type LabelLanguage } from '../../../domain/languages';

/** A scene's title or notes in the presentation language; both languages, one per line, when bilingual. */
export function presentationText(text: LocalizedText | null | undefined, language: LabelLanguage): string[] {
  if (language !== 'both') return [pickText(text, [language])].filter(Boolean);
  const english = pickText(text, ['en']);
  const japanese = pickText(text, ['ja']);
  return english === japanese ? [english].filter(Boolean) : [english, japanese].filter(Boolean);
}
