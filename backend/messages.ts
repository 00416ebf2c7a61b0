import i18next from 'i18next';
import type { UserMessage } from '../api/messages';
import type { UiLanguage } from '../domain/languages';
import appEn from '../locales/en/app.json';
import appJa from '../locales/ja/app.json';

/**
 * The renderer's message catalogue, for the few places the main process itself speaks to
 * the user (start-up errors in a dialog or on the console) and for the English text that
 * accompanies every coded message in logs.
 */
const catalogue = i18next.createInstance();
void catalogue.init({
  resources: { en: { app: appEn }, ja: { app: appJa } },
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The messages as text in `language`, sentence after sentence. */
export function messageText(texts: readonly UserMessage[], language: UiLanguage = 'en'): string {
  return texts.map(({ key, params }) => catalogue.t(`messages.${key}`, { ...params, lng: language })).join(' ');
}

/** A UI string of app.json (e.g. "startup.title") in `language`. */
export function uiText(key: 'startup.title' | 'startup.openDataFolder' | 'startup.quit', language: UiLanguage): string {
  return catalogue.t(key, { lng: language });
}
