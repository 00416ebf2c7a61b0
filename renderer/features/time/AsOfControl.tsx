import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { firstDayOf, isoDay } from '../../../domain/partial-date';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { useTimeStore } from '../../state/time-store';
import { isComposing } from '../../ui/ime';
import { clampDay, datasetSpan, isoOf, nextPlayStep, parseTypedDate, PLAY_SPEEDS, type PlaySpeed } from './as-of';

/**
 * The as-of date: a slider across the dataset's years with play and pause, and a field to
 * type a date. The map then shows only what existed on that day.
 */
export function AsOfControl() {
  const { t } = useTranslation();
  const atlas = useAtlasStore((s) => s.atlas);
  const asOfDate = useViewStore((s) => s.asOfDate);
  const playing = useTimeStore((s) => s.playing);
  const playSpeed = useTimeStore((s) => s.playSpeed);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const { setAsOfDate } = useViewStore.getState();
  const { setPlaying, setPlaySpeed } = useTimeStore.getState();
  const span = useMemo(() => (atlas ? datasetSpan(atlas, isoOf(new Date())) : null), [atlas]);
  const [typed, setTyped] = useState<{ text: string; invalid: boolean } | null>(null);

  useEffect(() => {
    if (!playing || !span) return;
    const timer = setInterval(() => {
      const current = useViewStore.getState().asOfDate;
      const next = current ? nextPlayStep(current, span) : isoDay(span.first);
      if (next === null) setPlaying(false);
      else setAsOfDate(next);
    }, PLAY_SPEEDS[playSpeed]);
    return () => clearInterval(timer);
  }, [playing, playSpeed, span, setAsOfDate, setPlaying]);

  if (!span) return null;
  const play = () => {
    if (!asOfDate || firstDayOf(asOfDate) >= span.last) setAsOfDate(isoDay(span.first));
    setPlaying(true);
  };
  const applyTyped = () => {
    if (!typed) return;
    const date = typed.text.trim() === '' ? null : parseTypedDate(typed.text);
    if (typed.text.trim() !== '' && date === null) {
      setTyped({ ...typed, invalid: true });
      return;
    }
    setAsOfDate(date === null ? null : isoDay(clampDay(firstDayOf(date), span)));
    setTyped(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'Enter') applyTyped();
    if (event.key === 'Escape') setTyped(null);
  };

  return (
    <div className="as-of" role="group" aria-label={t('time.asOf')}>
      <button type="button" className="as-of__play" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : play())}>
        {playing ? t('time.pause') : t('time.play')}
      </button>
      <select aria-label={t('time.speed')} title={t('time.speed')} value={playSpeed} onChange={(event) => setPlaySpeed(event.target.value as PlaySpeed)}>
        {(Object.keys(PLAY_SPEEDS) as PlaySpeed[]).map((speed) => (
          <option key={speed} value={speed} title={t(`time.speedHints.${speed}`)}>
            {t(`time.speeds.${speed}`)}
          </option>
        ))}
      </select>
      <input
        type="range"
        className="as-of__slider"
        aria-label={t('time.asOfSlider')}
        aria-valuetext={asOfDate ? formatPartialDate(asOfDate, uiLanguage) : t('time.allDates')}
        min={span.first}
        max={span.last}
        value={asOfDate ? firstDayOf(asOfDate) : span.last}
        onChange={(event) => setAsOfDate(isoDay(Number(event.target.value)))}
      />
      <input
        type="text"
        className="as-of__date"
        inputMode="numeric"
        aria-label={t('time.typedDate')}
        aria-invalid={typed?.invalid ?? false}
        placeholder="YYYY-MM-DD"
        value={typed?.text ?? asOfDate ?? ''}
        onChange={(event) => setTyped({ text: event.target.value, invalid: false })}
        onKeyDown={onKeyDown}
        onBlur={applyTyped}
      />
      <button type="button" className="small-button" aria-label={t('time.showAllDates')} title={t('time.showAllDates')} onClick={() => {
          setPlaying(false);
          setAsOfDate(null);
        }}
        disabled={asOfDate === null}
      >
        ×
      </button>
      <output className="as-of__label" aria-live="polite">
        {asOfDate ? t('time.showing', { date: formatPartialDate(asOfDate, uiLanguage) }) : t('time.allDates')}
      </output>
      {typed?.invalid && (
        <span className="error as-of__error" role="alert">
          {t('time.invalidDate', { text: typed.text })}
        </span>
      )}
    </div>
  );
}
