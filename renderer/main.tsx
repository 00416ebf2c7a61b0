import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickUiLanguage } from '../domain/languages';
import { api } from './api/atlas-api';
import { App } from './app/App';
import { restoreWorkingView } from './app/remember-working-view';
import { loadFontsFor, loadMapFonts } from './i18n/load-fonts';
import { PresenterView } from './features/present/PresenterView';
import { parsePrintRequest, PrintView } from './features/print/PrintView';
import { initI18n } from './i18n/i18n';
import { useAtlasStore } from './state/atlas-store';
import { useViewStore } from './state/view-store';
import './styles/app.css';

// The app's first screen waits for the atlas: it is asked for with the settings, not after the first render.
const atlasLoaded = window.location.hash.startsWith('#presenter') || window.location.hash.startsWith('#print') ? null : useAtlasStore.getState().loadAtlas();
// Latin letters and digits are in every map; their font files load while the settings and the atlas arrive.
const latinFonts = loadFontsFor(['A0']);
const settings = await api.getSettings({});
// With the atlas and the Latin files in, the first render draws an English map at once.
await Promise.all([atlasLoaded, latinFonts]);
const saved = settings.ok ? settings.value : { uiLanguage: null, labelLanguage: null, workingView: null };
// Until the user chooses, the app follows the system's language.
const language = saved.uiLanguage ?? pickUiLanguage(navigator.languages);
initI18n(language);
useViewStore.setState({ uiLanguage: language, labelLanguage: saved.labelLanguage ?? language });
// The map's files for its label language (80 for a Japanese map) load while the first screen renders.
const openingAtlas = useAtlasStore.getState().atlas;
if (openingAtlas) void loadMapFonts(openingAtlas, useViewStore.getState().labelLanguage);
restoreWorkingView(saved.workingView);

/** One page, three views: the app, the presenter's screen (#presenter) and the print view (#print?…). */
function viewFor(hash: string) {
  if (hash.startsWith('#presenter')) return <PresenterView />;
  const print = hash.startsWith('#print') ? parsePrintRequest(hash) : null;
  if (print) {
    document.documentElement.classList.add('printing');
    return <PrintView request={print} />;
  }
  return <App />;
}

if (window.location.hash.startsWith('#print')) await loadFontsFor(['日本語 English']);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{viewFor(window.location.hash)}</StrictMode>);
}
