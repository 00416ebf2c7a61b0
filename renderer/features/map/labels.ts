import type { ActorSummary, LabelMode } from '../../../api/types';
import { pickText, type UiLanguage } from '../../../domain/languages';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

function shortOrName(actor: ActorSummary, language: string): string {
  return pickText(actor.short, [language]) || pickText(actor.name, [language]);
}

/**
 * The label of an actor on the map: its short form in the UI language, or in bilingual
 * mode English over Japanese (once, when both are the same, e.g. "CISA").
 */
export function mapLabel(actor: ActorSummary, uiLanguage: UiLanguage, labelMode: LabelMode): string {
  if (labelMode === 'both') {
    const english = shortOrName(actor, 'en');
    const japanese = shortOrName(actor, 'ja');
    return english === japanese ? english : `${english}\n${japanese}`;
  }
  return shortOrName(actor, uiLanguage);
}
