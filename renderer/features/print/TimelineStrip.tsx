import type { EventSummary } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { firstDayOf, lastDayOf } from '../../../domain/partial-date';
import { formatPartialDate } from '../../i18n/format-date';

const WIDTH = 1000;
const HEIGHT = 96;
const AXIS_Y = 48;
const LABELLED_EVENTS = 6;

/**
 * A static strip of the timeline around a scene's date, for printing: years, the events as
 * dots, the nearest few named, and the date marked. (The interactive timeline does not print.)
 */
export function TimelineStrip({ events, date, language, highlighted }: { readonly events: readonly EventSummary[]; readonly date: string | null; readonly language: string; readonly highlighted: ReadonlySet<string> }) {
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
  const named = [...inRange]
    .sort((a, b) => Number(highlighted.has(b.id)) - Number(highlighted.has(a.id)) || Math.abs(firstDayOf(a.date) - anchor) - Math.abs(firstDayOf(b.date) - anchor))
    .slice(0, LABELLED_EVENTS)
    .sort((a, b) => firstDayOf(a.date) - firstDayOf(b.date));
  const step = lastYear - firstYear > 12 ? 5 : 1;
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter((year) => year % step === 0);

  return (
    <svg className="timeline-strip" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={date ? formatPartialDate(date, language) : `${firstYear}–${lastYear}`}>
      <line x1={20} x2={WIDTH - 20} y1={AXIS_Y} y2={AXIS_Y} stroke="#59606b" strokeWidth={1} />
      {ticks.map((year) => (
        <g key={year}>
          <line x1={x(firstDayOf(String(year)))} x2={x(firstDayOf(String(year)))} y1={AXIS_Y - 4} y2={AXIS_Y + 4} stroke="#59606b" />
          <text x={x(firstDayOf(String(year)))} y={AXIS_Y + 16} fontSize={10} textAnchor="middle" fill="#59606b">
            {formatPartialDate(String(year), language)}
          </text>
        </g>
      ))}
      {inRange.map((event) => (
        <circle key={event.id} cx={x(firstDayOf(event.date))} cy={AXIS_Y} r={highlighted.has(event.id) ? 5 : 3} fill={highlighted.has(event.id) ? '#b45309' : '#1f4e9c'} />
      ))}
      {named.map((event, i) => (
        <text key={event.id} x={x(firstDayOf(event.date))} y={i % 2 === 0 ? AXIS_Y - 12 : AXIS_Y + 32} fontSize={9} textAnchor="middle" fill="#1f2329">
          {pickText(event.title, [language]).slice(0, 36)}
        </text>
      ))}
      {date && (
        <g>
          <line x1={x(anchor)} x2={x(anchor)} y1={8} y2={HEIGHT - 8} stroke="#c8102e" strokeWidth={2} />
          <text x={x(anchor) + 4} y={14} fontSize={10} fill="#c8102e">
            {formatPartialDate(date, language)}
          </text>
        </g>
      )}
    </svg>
  );
}
