import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../api/atlas-api';
import { formatPartialDate } from '../../i18n/format-date';
import { changeUiLanguage } from '../../i18n/i18n';
import { useViewStore } from '../../state/view-store';
import { useBriefingStore } from '../briefing/briefing-store';
import { openPresentationChannel } from './presentation-channel';
import { presentationKeyAction } from './presentation-keys';
import { PresentationLanguageSwitch } from './PresentationLanguageSwitch';
import { PresentedMap } from './PresentedMap';
import { ComparisonPrintPage } from '../compare/ComparisonPrintPage';
import '../compare/compare.css';
import { useAtlasStore } from '../../state/atlas-store';
import { presentationText } from './scene-text';

/**
 * The audience view: the scene's map filling the screen in the projector theme, its title, and
 * discreet controls. Clicker keys move between scenes; Escape leaves; N shows speaker notes
 * when there is no presenter window.
 */
export function PresentationView() {
  const { t } = useTranslation();
  const briefing = useBriefingStore((s) => s.briefing);
  const atlas = useAtlasStore((s) => s.atlas);
  const presentation = useBriefingStore((s) => s.presentation);
  const { goToScene, stopPresenting, setPresentationLanguage, toggleNotes, setBlackedOut } = useBriefingStore.getState();
  const scenes = briefing?.scenes ?? [];
  const index = presentation?.index ?? 0;
  const scene = scenes[index];
  const language = presentation?.language ?? 'en';
  const textLanguage = language === 'both' ? useViewStore.getState().uiLanguage : language;

  // The interface speaks the presentation's language; the editor's language comes back afterwards.
  useEffect(() => {
    void changeUiLanguage(textLanguage);
  }, [textLanguage]);
  useEffect(() => () => void changeUiLanguage(useViewStore.getState().uiLanguage), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presentationKeyAction(event.key);
      if (!action) return;
      // Space on a focused button would also click it; the clicker means "next".
      event.preventDefault();
      const current = useBriefingStore.getState().presentation?.index ?? 0;
      const blackedOut = useBriefingStore.getState().presentation?.blackedOut ?? false;
      // On a black screen any key brings the picture back, as in presentation software.
      if (blackedOut && action !== 'exit') {
        setBlackedOut(false);
        return;
      }
      const last = (useBriefingStore.getState().briefing?.scenes.length ?? 1) - 1;
      if (action === 'next') goToScene(current + 1);
      else if (action === 'previous') goToScene(current - 1);
      else if (action === 'first') goToScene(0);
      else if (action === 'last') goToScene(last);
      else if (action === 'notes') toggleNotes();
      else if (action === 'black') setBlackedOut(true);
      else void stopPresenting();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goToScene, stopPresenting, toggleNotes, setBlackedOut]);

  // In the browser the page itself goes full screen; the desktop shell does this per display.
  useEffect(() => {
    if (isDesktop) return;
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) void useBriefingStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // Tell a presenter view where we are, and follow what it asks.
  useEffect(() => {
    const startedAt = Date.now();
    const channel = openPresentationChannel((message) => {
      const store = useBriefingStore.getState();
      if (message.type === 'hello') post();
      else if (message.type === 'go-to') store.goToScene(message.index);
      else if (message.type === 'language') store.setPresentationLanguage(message.language);
      else if (message.type === 'black') store.setBlackedOut(message.blackedOut);
      else if (message.type === 'stop') void store.stopPresenting();
    });
    const post = () => {
      const { presentation: current, briefing: open } = useBriefingStore.getState();
      if (current && open) channel.post({ type: 'state', briefingId: open.id, index: current.index, language: current.language, startedAt, blackedOut: current.blackedOut });
    };
    post();
    const unsubscribe = useBriefingStore.subscribe(post);
    return () => {
      unsubscribe();
      channel.post({ type: 'stop' });
      channel.close();
    };
  }, []);

  if (!briefing || !presentation || !scene) return null;
  const title = presentationText(scene.title, language);
  const notes = presentationText(scene.notes, language);
  return (
    <div className="presentation" data-testid="presentation" data-scene-index={index} data-scene-id={scene.id}>
      {atlas && <PresentedMap atlas={atlas} scenes={scenes} index={index} language={language} />}
      {atlas && scene.view.comparison && (
        <div className="presentation__comparison" data-testid="presented-comparison">
          <ComparisonPrintPage atlas={atlas} scene={scene} language={language} header={presentationText(briefing.title, language).join(' / ')} />
        </div>
      )}
      <header className="presentation__header">
        {title.map((line) => (
          <h1 key={line}>{line}</h1>
        ))}
        {scene.view.asOfDate && <p className="presentation__date">{t('time.showing', { date: formatPartialDate(scene.view.asOfDate, textLanguage) })}</p>}
      </header>
      {presentation.notesVisible && notes.length > 0 && (
        <aside className="presentation__notes" aria-label={t('present.notes')}>
          {notes.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </aside>
      )}
      {presentation.blackedOut && <div className="presentation__black" data-testid="black-screen" onClick={() => setBlackedOut(false)} />}
      <footer className="presentation__controls">
        <button type="button" aria-label={t('present.previous')} disabled={index === 0} onClick={() => goToScene(index - 1)}>
          ◀
        </button>
        <span className="presentation__position">{t('present.position', { current: index + 1, total: scenes.length })}</span>
        <button type="button" aria-label={t('present.next')} disabled={index === scenes.length - 1} onClick={() => goToScene(index + 1)}>
          ▶
        </button>
        <PresentationLanguageSwitch language={language} onChange={setPresentationLanguage} />
        {!presentation.presenterWindow && (
          <button type="button" aria-pressed={presentation.notesVisible} onClick={toggleNotes}>
            {t('present.notesButton')}
          </button>
        )}
        {!isDesktop && (
          <a className="presentation__link" href="#presenter" target="_blank" rel="noopener">
            {t('present.openPresenterView')}
          </a>
        )}
        <button type="button" onClick={() => void stopPresenting()}>
          {t('present.exit')}
        </button>
      </footer>
    </div>
  );
}
