import type { AtlasData } from '../../../api/types';
import { firstDayOf, isoDay, lastDayOf, normalizeWrittenDate } from '../../../domain/partial-date';

/** The as-of date moves in whole days; these helpers keep it inside the dataset's span. */

export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

/** From the earliest date in the data to the end of the latest year it mentions (planned events included). */
export function datasetSpan(atlas: Pick<AtlasData, 'actors' | 'relations' | 'events'>, today: string): DaySpan {
  const starts = [...atlas.events.map((e) => e.date), ...atlas.actors.flatMap((a) => (a.from ? [a.from] : []))];
  const ends = [
    today,
    ...atlas.events.map((e) => e.endDate ?? e.date),
    ...atlas.actors.flatMap((a) => (a.to ? [a.to] : [])),
    ...atlas.relations.flatMap((r) => (r.to ? [r.to] : [])),
  ];
  return {
    first: Math.min(...starts.map(firstDayOf)),
    last: Math.max(...ends.map((date) => lastDayOf(date.slice(0, 4)))),
  };
}

export function clampDay(day: number, span: DaySpan): number {
  return Math.min(span.last, Math.max(span.first, day));
}

/** The same day of the month one year later (29 February becomes 28 February), or null past the end. */
export function nextPlayStep(date: string, span: DaySpan): string | null {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, day));
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  const nextDay = Math.floor(next.getTime() / 86_400_000);
  return nextDay > span.last ? null : isoDay(nextDay);
}

export const PLAY_SPEEDS = { slow: 2000, normal: 1000, fast: 400 } as const;
export type PlaySpeed = keyof typeof PLAY_SPEEDS;

/** Reads what a user types: 2017, 2017-05, 2017-07-20, 2017/7/20 or full-width ２０１７. */
export function parseTypedDate(text: string): string | null {
  const date = normalizeWrittenDate(text);
  return date ? isoDay(firstDayOf(date)) : null;
}

/** "YYYY-MM-DD" of a local date, as the timeline reports them. */
export function isoOf(date: Date): string {
  return `${date.getFullYear().toString().padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
