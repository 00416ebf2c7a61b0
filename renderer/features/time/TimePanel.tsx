import { lazy, Suspense, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../i18n/format-date';
import { useViewStore } from '../../state/view-store';
import { useTimeStore } from '../../state/time-store';
import { AsOfControl } from './AsOfControl';
import { isoOf } from './as-of';
import { closeDetailsOnEscape } from '../../ui/close-on-escape';

// The timeline library is a third of the app's code: it loads beside the first map rather than before it.
const TimelineView = lazy(() => import('./TimelineView').then((module) => ({ default: module.TimelineView })));

/** The as-of date control, the timeline's own options, and the timeline (once `timelineMayLoad`). */
export function TimePanel({ timelineMayLoad }: { readonly timelineMayLoad: boolean }) {
  const { t } = useTranslation();
  const lanes = useTimeStore((s) => s.timelineLanes);
  const onlySelected = useTimeStore((s) => s.timelineOnlySelected);
  const actorSelected = useViewStore((s) => s.selection?.kind === 'actor');
  const eventRange = useTimeStore((s) => s.eventRange);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const timelineOpen = useTimeStore((s) => s.timelineOpen);
  const timelineHeight = useTimeStore((s) => s.timelineHeight);
  const { setTimelineLanes, setTimelineOnlySelected, setEventRange, setTimelineOpen } = useTimeStore.getState();
  // Up to a second after start on a slow machine: the strip says what is coming rather than stay blank.
  const placeholder = (
    <div className="timeline-placeholder" role="status">
      {t('time.loadingTimeline')}
    </div>
  );

  const filterEventsToVisibleRange = () => {
    const shown = useTimeStore.getState().timelineWindow;
    if (shown) setEventRange({ start: isoOf(new Date(shown.start)), end: isoOf(new Date(shown.end)) });
  };

  return (
    <section
      className={timelineOpen ? 'time-panel' : 'time-panel time-panel--closed'}
      aria-label={t('time.panel')}
      style={timelineHeight === null ? undefined : ({ '--timeline-height': `${timelineHeight}px` } as CSSProperties)}
    >
      <div className="time-toolbar">
        <AsOfControl />
        <div className="time-toolbar__options">
          {eventRange && (
            <span className="range-chip">
              {t('time.eventRange', { start: formatPartialDate(eventRange.start, uiLanguage), end: formatPartialDate(eventRange.end, uiLanguage) })}
              <button type="button" className="small-button" aria-label={t('time.clearRange')} onClick={() => setEventRange(null)}>
                ×
              </button>
            </span>
          )}
          <details className="popover timeline-options" onKeyDown={closeDetailsOnEscape}>
            <summary>{t('time.options')}</summary>
            <div className="popover__panel">
              <div className="segmented" role="radiogroup" aria-label={t('time.lanes')}>
                {(['category', 'country'] as const).map((mode) => (
                  <button key={mode} type="button" role="radio" aria-checked={lanes === mode} onClick={() => setTimelineLanes(mode)}>
                    {t(`time.lanesBy.${mode}`)}
                  </button>
                ))}
              </div>
              <label className="checkbox-label">
                <input type="checkbox" checked={onlySelected} disabled={!actorSelected} onChange={(event) => setTimelineOnlySelected(event.target.checked)} />
                {t('time.onlySelected')}
              </label>
              <button type="button" onClick={filterEventsToVisibleRange} title={t('time.useRangeHint')} disabled={eventRange !== null}>
                {t('time.useRange')}
              </button>
            </div>
          </details>
          <button type="button" aria-expanded={timelineOpen} onClick={() => setTimelineOpen(!timelineOpen)}>
            {timelineOpen ? t('time.hideTimeline') : t('time.showTimeline')}
          </button>
        </div>
      </div>
      {timelineOpen && (
        <Suspense fallback={placeholder}>{timelineMayLoad ? <TimelineView /> : placeholder}</Suspense>
      )}
    </section>
  );
}
