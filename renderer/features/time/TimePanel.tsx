import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { AsOfControl } from './AsOfControl';
import { isoOf } from './as-of';
import { TimelineView } from './TimelineView';

/** The as-of date control, the timeline's own options, and the timeline. */
export function TimePanel() {
  const { t } = useTranslation();
  const lanes = useAtlasStore((s) => s.timelineLanes);
  const onlySelected = useAtlasStore((s) => s.timelineOnlySelected);
  const actorSelected = useAtlasStore((s) => s.selection?.kind === 'actor');
  const eventRange = useAtlasStore((s) => s.eventRange);
  const uiLanguage = useAtlasStore((s) => s.uiLanguage);
  const timelineOpen = useAtlasStore((s) => s.timelineOpen);
  const { setTimelineLanes, setTimelineOnlySelected, setEventRange, setTimelineOpen } = useAtlasStore.getState();

  const filterEventsToVisibleRange = () => {
    const shown = useAtlasStore.getState().timelineWindow;
    if (shown) setEventRange({ start: isoOf(new Date(shown.start)), end: isoOf(new Date(shown.end)) });
  };

  return (
    <section className={timelineOpen ? 'time-panel' : 'time-panel time-panel--closed'} aria-label={t('time.panel')}>
      <div className="time-toolbar">
        <AsOfControl />
        <div className="time-toolbar__options">
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
          {eventRange ? (
            <span className="range-chip">
              {t('time.eventRange', { start: formatPartialDate(eventRange.start, uiLanguage), end: formatPartialDate(eventRange.end, uiLanguage) })}
              <button type="button" className="small-button" aria-label={t('time.clearRange')} onClick={() => setEventRange(null)}>
                ×
              </button>
            </span>
          ) : (
            <button type="button" onClick={filterEventsToVisibleRange} title={t('time.useRangeHint')}>
              {t('time.useRange')}
            </button>
          )}
          <button type="button" aria-expanded={timelineOpen} onClick={() => setTimelineOpen(!timelineOpen)}>
            {timelineOpen ? t('time.hideTimeline') : t('time.showTimeline')}
          </button>
        </div>
      </div>
      {timelineOpen && <TimelineView />}
    </section>
  );
}
