import { UI_LANGUAGES, type UiLanguage } from '../../../domain/languages';

/**
 * A text in every UI language at once, each in its own `lang` span; the stylesheet shows the
 * one the page is in (app.css, `.bilingual`). vis-timeline measures an item when its content
 * changes, a forced layout per item: swapping titles on a language switch was 200 ms of it on
 * the shipped data. With every language already in place, a switch changes no item's content.
 *
 * `sameSize` stacks the languages in one grid cell, so the text takes the room of the longest
 * and keeps it in every language: no item changes size, and the timeline need not restack.
 * Without it (tooltips, measured only when shown), the hidden languages take no room.
 *
 * Texts go in as DOM text, never as markup: vis-timeline renders strings as HTML.
 */
export function bilingualElement(texts: Readonly<Record<UiLanguage, string>>, options: { readonly sameSize: boolean }): HTMLElement {
  const element = document.createElement('span');
  element.className = options.sameSize ? 'bilingual bilingual--same-size' : 'bilingual';
  for (const language of UI_LANGUAGES) {
    const part = document.createElement('span');
    part.lang = language;
    part.textContent = texts[language];
    element.append(part);
  }
  return element;
}

/** `text(language)` for every UI language. */
export function inEveryLanguage(text: (language: UiLanguage) => string): Record<UiLanguage, string> {
  return Object.fromEntries(UI_LANGUAGES.map((language) => [language, text(language)])) as Record<UiLanguage, string>;
}
