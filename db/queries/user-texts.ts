import type { LocalizedText } from '../../domain/languages';

/** Text the user typed, per language (`{ en?, ja? }`); a blank or missing language means none. */
export type TypedText = Readonly<Partial<Record<string, string>>>;

/** The languages that have text, trimmed, as [lang, text] pairs: one *_texts row each. */
export function textsToStore(typed: TypedText): [lang: string, text: string][] {
  return Object.entries(typed).flatMap(([lang, text]) => {
    const trimmed = text?.trim() ?? '';
    return trimmed === '' ? [] : [[lang, trimmed]];
  });
}

export interface TextRow {
  readonly ownerId: number;
  readonly lang: string;
  readonly text: string;
}

/** Gathers *_texts rows into { ownerId → { lang → text } }. */
export function groupTexts(rows: readonly TextRow[]): Map<number, LocalizedText> {
  const byOwner = new Map<number, Record<string, string>>();
  for (const { ownerId, lang, text } of rows) {
    const texts = byOwner.get(ownerId) ?? {};
    texts[lang] = text;
    byOwner.set(ownerId, texts);
  }
  return byOwner;
}
