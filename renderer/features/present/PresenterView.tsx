import type { LabelLanguage } from '../../../domain/languages';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { changeUiLanguage } from '../../i18n/i18n';
import { dateTimeFormat } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { openPresentationChannel, type PresentationMessage } from './presentation-channel';
import { presentationKeyAction } from './presentation-keys';
import { PresentationLanguageSwitch } from './PresentationLanguageSwitch';
import { SceneThumbnail } from './SceneThumbnail';
import { presentationText } from './scene-text';

interface PresenterState {
  readonly briefing: Briefing;
  readonly index: number;
  readonly language: LabelLanguage;
  readonly startedAt: number;
  readonly blackedOut: boolean;
}

function elapsed(startedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The presenter's screen (the laptop, while the projector shows the audience view): pictures of
 * the current and the next scene, speaker notes in the presentation's language, the time of day
 * and the time elapsed, and the same controls as the clicker, black screen included.
 */
export function PresenterView() {
  const { t, i18n } = useTranslation();
  const atlas = useAtlasStore((s) => s.atlas);
  const [state, setState] = useState<PresenterState | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof openPresentationChannel> | null>(null);

  useEffect(() => {
    void useAtlasStore.getState().loadAtlas();
    let briefingCache: Briefing | null = null;
    const opened = openPresentationChannel((message: PresentationMessage) => {
      if (message.type === 'stop') setEnded(true);
      if (message.type !== 'state') return;
      setEnded(false);
      const show = (briefing: Briefing) =>
        setState({ briefing, index: message.index, language: message.language, startedAt: message.startedAt, blackedOut: message.blackedOut });
      if (briefingCache?.id === message.briefingId) show(briefingCache);
      else
        void api.getBriefing({ briefingId: message.briefingId }).then((result) => {
          if (!result.ok) return;
          briefingCache = result.value;
          show(result.value);
        });
    });
    opened.post({ type: 'hello' });
    channel.current = opened;
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(clock);
      channel.current = null;
      opened.close();
    };
  }, []);

  useEffect(() => {
    if (state) void changeUiLanguage(state.language === 'both' ? 'en' : state.language);
  }, [state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presentationKeyAction(event.key);
      if (!action || !state || !channel.current) return;
      event.preventDefault();
      if (state.blackedOut && action !== 'exit') {
        channel.current.post({ type: 'black', blackedOut: false });
        return;
      }
      const last = state.briefing.scenes.length - 1;
      if (action === 'exit') channel.current.post({ type: 'stop' });
      else if (action === 'black') channel.current.post({ type: 'black', blackedOut: true });
      else if (action !== 'notes') {
        const target = { next: state.index + 1, previous: state.index - 1, first: 0, last }[action];
        if (target >= 0 && target <= last) channel.current.post({ type: 'go-to', index: target });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  if (ended || !state) return <div className="presenter presenter--waiting">{ended ? t('present.ended') : t('present.waiting')}</div>;
  const { briefing, index, language } = state;
  const scene = briefing.scenes[index];
  const next = briefing.scenes[index + 1];
  const title = presentationText(scene?.title, language).join(' / ');
  const nextTitle = next ? presentationText(next.title, language).join(' / ') : '';
  const post = (message: PresentationMessage) => channel.current?.post(message);
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter__header">
        <span className="presenter__position">{t('present.position', { current: index + 1, total: briefing.scenes.length })}</span>
        <span className="presenter__time">
          <span className="presenter__clock" aria-label={t('present.clock')}>
            {dateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(now)}
          </span>
          <span className="presenter__elapsed" aria-label={t('present.elapsed')}>
            {elapsed(state.startedAt, now)}
          </span>
        </span>
        <PresentationLanguageSwitch language={language} onChange={(chosen) => post({ type: 'language', language: chosen })} />
      </header>
      <section className="presenter__current" aria-label={t('present.currentScene')}>
        {atlas && <SceneThumbnail atlas={atlas} scenes={briefing.scenes} index={index} language={language} label={title} />}
        <div>
          <h1>{title}</h1>
          <section className="presenter__notes" aria-label={t('present.notes')}>
            {presentationText(scene?.notes, language).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </section>
        </div>
      </section>
      <section className="presenter__next" aria-label={t('present.nextScene')}>
        <h2>{t('present.nextScene')}</h2>
        {next && atlas && <SceneThumbnail atlas={atlas} scenes={briefing.scenes} index={index + 1} language={language} label={nextTitle} />}
        <p>{next ? nextTitle : t('present.lastScene')}</p>
      </section>
      <footer className="presenter__controls">
        <button type="button" disabled={index === 0} onClick={() => post({ type: 'go-to', index: index - 1 })}>
          {t('present.previous')}
        </button>
        <button type="button" disabled={!next} onClick={() => post({ type: 'go-to', index: index + 1 })}>
          {t('present.next')}
        </button>
        <button type="button" aria-pressed={state.blackedOut} onClick={() => post({ type: 'black', blackedOut: !state.blackedOut })}>
          {t('present.blackScreen')}
        </button>
        <button type="button" onClick={() => post({ type: 'stop' })}>
          {t('present.exit')}
        </button>
      </footer>
    </div>
  );
}
