import type { LabelLanguage } from '../../../domain/languages';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { changeUiLanguage } from '../../i18n/i18n';
import { openPresentationChannel, type PresentationMessage } from './presentation-channel';
import { presentationKeyAction } from './presentation-keys';
import { PresentationLanguageSwitch } from './PresentationLanguageSwitch';
import { presentationText } from './scene-text';

interface PresenterState {
  readonly briefing: Briefing;
  readonly index: number;
  readonly language: LabelLanguage;
  readonly startedAt: number;
}

function elapsed(startedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The presenter's screen (the laptop, while the projector shows the audience view): the
 * current and next scene with speaker notes, the elapsed time, and the same controls.
 */
export function PresenterView() {
  const { t } = useTranslation();
  const [state, setState] = useState<PresenterState | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof openPresentationChannel> | null>(null);

  useEffect(() => {
    let briefingCache: Briefing | null = null;
    const opened = openPresentationChannel((message: PresentationMessage) => {
      if (message.type === 'stop') setEnded(true);
      if (message.type !== 'state') return;
      setEnded(false);
      const show = (briefing: Briefing) => setState({ briefing, index: message.index, language: message.language, startedAt: message.startedAt });
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
      const last = state.briefing.scenes.length - 1;
      const target = { next: state.index + 1, previous: state.index - 1, first: 0, last, notes: state.index, exit: state.index }[action];
      if (action === 'exit') channel.current.post({ type: 'stop' });
      else if (target >= 0 && target <= last) channel.current.post({ type: 'go-to', index: target });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  if (ended || !state) return <div className="presenter presenter--waiting">{ended ? t('present.ended') : t('present.waiting')}</div>;
  const scene = state.briefing.scenes[state.index];
  const next = state.briefing.scenes[state.index + 1];
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter__header">
        <span>{t('present.position', { current: state.index + 1, total: state.briefing.scenes.length })}</span>
        <span className="presenter__clock">{elapsed(state.startedAt, now)}</span>
        <PresentationLanguageSwitch language={state.language} onChange={(language) => channel.current?.post({ type: 'language', language })} />
      </header>
      <section className="presenter__current">
        <h1>{presentationText(scene?.title, state.language).join(' / ')}</h1>
        <div className="presenter__notes">
          {presentationText(scene?.notes, state.language).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </section>
      <section className="presenter__next">
        <h2>{t('present.nextScene')}</h2>
        <p>{next ? presentationText(next.title, state.language).join(' / ') : t('present.lastScene')}</p>
      </section>
      <footer className="presenter__controls">
        <button type="button" disabled={state.index === 0} onClick={() => channel.current?.post({ type: 'go-to', index: state.index - 1 })}>
          {t('present.previous')}
        </button>
        <button type="button" disabled={!next} onClick={() => channel.current?.post({ type: 'go-to', index: state.index + 1 })}>
          {t('present.next')}
        </button>
        <button type="button" onClick={() => channel.current?.post({ type: 'stop' })}>
          {t('present.exit')}
        </button>
      </footer>
    </div>
  );
}
