import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import i18next from 'i18next';
import { facesDrawing } from './font-faces';
import type { AtlasData } from '../../api/types';
import { UI_LANGUAGES, type LabelLanguage, type UiLanguage } from '../../domain/languages';

/**
 * The bundled Noto Sans JP is split into many unicode-range files that the browser loads
 * only when a character needs them. Canvas text does not wait for that, so the files for
 * every character the map will draw are loaded before Cytoscape measures a single label.
 * Only the file that draws each character is loaded: most files' ranges also cover Latin
 * letters, digits and the space, and `document.fonts.load` would fetch and decode every one
 * of them (14 files for the English map instead of 2).
 */
export function loadFontsFor(texts: readonly string[]): Promise<void> {
  return loadFaces(facesFor(texts));
}

/** True when every font file the texts need is loaded: they can be measured and drawn now. */
export function fontsLoadedFor(texts: readonly string[]): boolean {
  return allLoaded(facesFor(texts));
}

async function loadFaces(faces: readonly FontFace[]): Promise<void> {
  await Promise.all(faces.map((face) => face.load()));
}

function allLoaded(faces: readonly FontFace[]): boolean {
  return faces.every((face) => face.status === 'loaded');
}

function facesFor(texts: readonly string[]): FontFace[] {
  return facesDrawing(texts.join('') || 'A', document.fonts, { family: 'Noto Sans JP', weights: ['400', '700'] });
}

function languagesOf(labelLanguage: LabelLanguage): readonly UiLanguage[] {
  return labelLanguage === 'both' ? UI_LANGUAGES : [labelLanguage];
}

/** The words the map draws besides names (group and region titles, badges), in the given languages. */
function mapWords(languages: readonly UiLanguage[]): string {
  return languages.map((lng) => {
    const t = i18next.getFixedT(lng);
    return [t('map.group.sector', { count: 0 }), t('map.group.other', { count: 0 }), t('map.frameworksRegion')].join('');
  }).join('') + '0123456789+−·';
}

/** Every text the map can draw in a label language: names, short forms, country names, map words. */
function mapTexts(atlas: AtlasData, labelLanguage: LabelLanguage): string[] {
  const languages = languagesOf(labelLanguage);
  const inLanguages = (text: Readonly<Record<string, string>> | null | undefined) => languages.map((lng) => text?.[lng] ?? '');
  return [...atlas.actors.flatMap((a) => [...inLanguages(a.name), ...inLanguages(a.short)]), ...atlas.countries.flatMap((c) => inLanguages(c.name)), mapWords(languages)];
}

let everyLanguage: Promise<void> = Promise.resolve();
let startEveryLanguage: () => void = () => undefined;

interface MapFontRequest {
  readonly atlas: AtlasData;
  readonly labelLanguage: LabelLanguage;
  readonly faces: readonly FontFace[];
  readonly loaded: Promise<void>;
}

/** The last request: the start makes it, and the first render and the app's effect take the same one. */
let requested: MapFontRequest | null = null;

/**
 * Loads the font files for the label language the map opens in; those for every other
 * language follow on `loadFontsForEveryLanguage()`, so they do not hold up the first map. In
 * English that is the two Latin files (one per weight) instead of 80 for the shipped data's
 * Japanese names, and the start does not wait for Japanese it does not draw.
 */
function requestMapFonts(atlas: AtlasData, labelLanguage: LabelLanguage): MapFontRequest {
  if (requested?.atlas === atlas && requested.labelLanguage === labelLanguage) return requested;
  const faces = facesFor(mapTexts(atlas, labelLanguage));
  const loaded = loadFaces(faces);
  const started = new Promise<void>((resolve) => {
    startEveryLanguage = resolve;
  });
  everyLanguage = Promise.all([loaded, started]).then(() => loadFontsFor(mapTexts(atlas, 'both')));
  requested = { atlas, labelLanguage, faces, loaded };
  return requested;
}

export function loadMapFonts(atlas: AtlasData, labelLanguage: LabelLanguage): Promise<void> {
  return requestMapFonts(atlas, labelLanguage).loaded;
}

/** True when the map can be drawn in the label language now, its fonts already loaded. */
export function mapFontsLoaded(atlas: AtlasData, labelLanguage: LabelLanguage): boolean {
  return allLoaded(requestMapFonts(atlas, labelLanguage).faces);
}

/**
 * Starts loading the files for every language. The app calls it once the first map is at rest:
 * decoding the 80 Japanese files while the map was still drawing delayed its rest.
 */
export function loadFontsForEveryLanguage(): void {
  startEveryLanguage();
}

/** Resolves once the map can draw in every language: a label language is switched to only then. */
export function mapFontsForEveryLanguage(): Promise<void> {
  startEveryLanguage();
  return everyLanguage;
}
