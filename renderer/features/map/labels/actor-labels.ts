import type { ActorSummary } from '../../../../api/types';
import { pickText, type LabelLanguage } from '../../../../domain/languages';

type Named = Pick<ActorSummary, 'name' | 'short'>;

/** The short form in one language (CISA, 外務省), or the name where there is none. */
export function shortName(actor: Named, language: string): string {
  return pickText(actor.short, [language]) || pickText(actor.name, [language]);
}

/** English over Japanese, once when both are the same (e.g. "CISA"). */
function bilingual(english: string, japanese: string): string {
  return english === japanese ? english : `${english}\n${japanese}`;
}

/** The two texts a map label can show in a label language: the full name, and the short form. */
export function actorLabelTexts(actor: Named, language: LabelLanguage): { readonly full: string; readonly short: string } {
  if (language === 'both') {
    return {
      full: bilingual(pickText(actor.name, ['en']), pickText(actor.name, ['ja'])),
      short: bilingual(shortName(actor, 'en'), shortName(actor, 'ja')),
    };
  }
  return { full: pickText(actor.name, [language]), short: shortName(actor, language) };
}
