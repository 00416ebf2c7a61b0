import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import i18next from 'i18next';
import { UI_LANGUAGES } from '../../domain/languages';

/**
 * The bundled Noto Sans JP is split into many unicode-range files that the browser loads
 * only when a character needs them. Canvas text does not wait for that, so the files for
 * every character the map will draw are loaded before Cytoscape measures a single label.
 */
export async function loadFontsFor(texts: readonly string[]): Promise<void> {
  const characters = [...new Set(texts.join(''))].join('') || 'A';
  await Promise.all([
    document.fonts.load('400 12px "Noto Sans JP"', characters),
    document.fonts.load('700 14px "Noto Sans JP"', characters),
  ]);
}

/** The words the map draws besides names (group and region titles, badges), in every UI language. */
export function mapWordsInEveryLanguage(): string {
  return UI_LANGUAGES.map((lng) => {
    const t = i18next.getFixedT(lng);
    return [t('map.group.sector', { count: 0 }), t('map.group.other', { count: 0 }), t('map.frameworksRegion')].join('');
  }).join('') + '0123456789+−·';
}
