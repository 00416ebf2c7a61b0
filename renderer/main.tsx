import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickUiLanguage } from '../domain/languages';
import { api } from './api/atlas-api';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { useAtlasStore } from './state/atlas-store';
import './styles/app.css';

const settings = await api.getSettings({});
const saved = settings.ok ? settings.value : { uiLanguage: null, labelMode: 'ui' as const };
// Until the user chooses, the app follows the system's language.
const language = saved.uiLanguage ?? pickUiLanguage(navigator.languages);
initI18n(language);
useAtlasStore.setState({ uiLanguage: language, labelMode: saved.labelMode });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
