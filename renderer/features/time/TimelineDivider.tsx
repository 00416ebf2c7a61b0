import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_HEIGHT, useTimeStore } from '../../state/time-store';

const KEY_STEP = 24;

/** The bar between the map and the timeline: drag it (or use the arrow keys) to share the height. */
export function TimelineDivider() {
  const { t } = useTranslation();
  const storedHeight = useTimeStore((s) => s.timelineHeight);
  const height = storedHeight ?? Math.round(document.querySelector('.timeline')?.getBoundingClientRect().height ?? 150);
  const setHeight = useTimeStore((s) => s.setTimelineHeight);
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { startY: event.clientY, startHeight: height };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setHeight(drag.current.startHeight + drag.current.startY - event.clientY);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowUp') setHeight(height + KEY_STEP);
    else if (event.key === 'ArrowDown') setHeight(height - KEY_STEP);
    else return;
    event.preventDefault();
  };
  return (
    <div
      className="timeline-divider"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('time.resize')}
      aria-valuemin={TIMELINE_HEIGHT.min}
      aria-valuemax={TIMELINE_HEIGHT.max}
      aria-valuenow={height}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
