import type { EventSummary } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { firstDayOf, lastDayOf } from '../../../domain/partial-date';
import { formatPartialDate } from '../../i18n/format-date';
import { useLayoutEffect, useRef, useState } from 'react';
import { placeStripLabels } from './timeline-placement';

const WIDTH = 1100;
const HEIGHT = 88;
const AXIS_Y = 46;
const FONT = 12;
const MAX_CHARS = 40;
/** Label rows: two above the axis, one below the year labels, each a full line box (1.45 em in Noto Sans JP) apart. */
const ROW_Y = [15, 34, 82] as const;

function shortened(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/**
 * A static strip of the timeline around a scene's date, for printing: years, the events as
 * dots, as many as fit named (the selected ones and those nearest the date first), and the
 * date marked. Labels are placed so they never print over each other: their widths are
 * measured as drawn (a first pass draws them hidden), then each goes where it has room.
 */
export function TimelineStrip({ events, date, language, highlighted }: { readonly events: readonly EventSummary[]; readonly date: string | null; readonly language: string; readonly highlighted: ReadonlySet<string> }) {
  const measuring = useRef<SVGGElement>(null);
  const [widths, setWidths] = useState<ReadonlyMap<string, number> | null>(null);
  useLayoutEffect(() => {
    const texts = measuring.current?.querySelectorAll('text');
    if (!texts) return;
    setWidths(new Map([...texts].map((text) => [text.dataset['id'] ?? '', text.getComputedTextLength()])));
  }, [events, date, language]);
  if (events.length === 0) return null;
  const anchorYear = date ? Number(date.slice(0, 4)) : null;
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const firstYear = anchorYear ? anchorYear - 4 : Math.min(...years);
  const lastYear = anchorYear ? anchorYear + 2 : Math.max(...years);
  const start = firstDayOf(String(firstYear));
  const end = lastDayOf(String(lastYear));
  const x = (day: number) => 20 + ((day - start) / (end - start)) * (WIDTH - 40);
  const inRange = events.filter((e) => firstDayOf(e.date) >= start && firstDayOf(e.date) <= end);
  const anchor = date ? firstDayOf(date) : (start + end) / 2;
  const dateLabel = date ? formatPartialDate(date, language) : null;
  const dateWidth = (widths?.get('date') ?? 0) + 4;
  const reserved = dateLabel ? [{ row: 0, left: x(anchor) + 2, right: x(anchor) + 4 + dateWidth }] : [];
  const ordered = [...inRange].sort(
    (a, b) => Number(highlighted.has(b.id)) - Number(highlighted.has(a.id)) || Math.abs(firstDayOf(a.date) - anchor) - Math.abs(firstDayOf(b.date) - anchor),
  );
  const titles = new Map(ordered.map((event) => [event.id, shortened(pickText(event.title, [language]))]));
  const placed = !widths ? [] : placeStripLabels(
    ordered.map((event) => ({ id: event.id, x: x(firstDayOf(event.date)), width: widths.get(event.id) ?? WIDTH })),
    ROW_Y.length,
    WIDTH,
    reserved,
  );
  const step = lastYear - firstYear > 12 ? 5 : 1;
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter((year) => year % step === 0);

  return (
    <svg className="timeline-strip" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={dateLabel ?? `${firstYear}–${lastYear}`} data-placed={widths ? 'true' : undefined}>
      {!widths && (
        <g ref={measuring} visibility="hidden">
          {ordered.map((event) => (
            <text key={event.id} data-id={event.id} fontSize={FONT}>
              {titles.get(event.id)}
            </text>
          ))}
          {dateLabel && (
            <text data-id="date" fontSize={FONT}>
              {dateLabel}
            </text>
          )}
        </g>
      )}
      <line x1={20} x2={WIDTH - 20} y1={AXIS_Y} y2={AXIS_Y} stroke="#59606b" strokeWidth={1} />
      {ticks.map((year) => (
        <g key={year}>
          <line x1={x(firstDayOf(String(year)))} x2={x(firstDayOf(String(year)))} y1={AXIS_Y - 4} y2={AXIS_Y + 4} stroke="#59606b" />
          <text x={x(firstDayOf(String(year)))} y={AXIS_Y + 16} fontSize={FONT - 1} textAnchor="middle" fill="#59606b">
            {formatPartialDate(String(year), language)}
          </text>
        </g>
      ))}
      {inRange.map((event) => (
        <circle key={event.id} cx={x(firstDayOf(event.date))} cy={AXIS_Y} r={highlighted.has(event.id) ? 5 : 3} fill={highlighted.has(event.id) ? '#b45309' : '#1f4e9c'} />
      ))}
      {placed.map((label) => (
        <text key={label.id} className="timeline-strip__event" x={label.left} y={ROW_Y[label.row]} fontSize={FONT} fill="#1f2329">
          {titles.get(label.id)}
        </text>
      ))}
      {date && (
        <g>
          <line x1={x(anchor)} x2={x(anchor)} y1={2} y2={HEIGHT - 2} stroke="#c8102e" strokeWidth={2} />
          <text x={x(anchor) + 4} y={ROW_Y[0]} fontSize={FONT} fill="#c8102e">
            {dateLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
