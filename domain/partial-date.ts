/**
 * ISO 8601 dates at year, month or day precision ("2017", "2017-05", "2017-07-20").
 * A partial date stands for a span of days: as the start of an interval it means its first
 * day, as the end its last day. Comparisons go through whole days since 1970 (UTC).
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parsed date, or null when the text is not a real calendar date at one of the three precisions. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { year, month, day, precision };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/**
 * A date as people write it — 2017/7/20, 2017年7月, full-width ２０１７, or as Japanese Excel
 * saves dates in CSV — in ISO form at the precision written ("2017-07-20", "2017-07", "2017");
 * null when it is not a date.
 */
export function normalizeWrittenDate(text: string): string | null {
  const normalized = text
    .normalize('NFKC')
    .trim()
    .replace(/[/.年月]/g, '-')
    .replace(/日$/, '')
    .replace(/-(\d)(?=-|$)/g, '-0$1')
    .replace(/-$/, '');
  return isPartialDate(normalized) ? normalized : null;
}

function requireDate(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new RangeError(`Not an ISO date at year, month or day precision: "${text}"`);
  return date;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * Day numbers by date text. A date step checks every organization's and connection's bounds
 * (25,000 at 5,000 organizations: 14 ms a step parsing them again), and a dataset holds only
 * a few thousand distinct dates.
 */
const firstDays = new Map<string, number>();
const lastDays = new Map<string, number>();

/** Days since 1970-01-01 of the first day the date covers. */
export function firstDayOf(text: string): number {
  let first = firstDays.get(text);
  if (first === undefined) {
    const { year, month, day } = requireDate(text);
    first = dayNumber(year, month ?? 1, day ?? 1);
    firstDays.set(text, first);
  }
  return first;
}

/** Days since 1970-01-01 of the last day the date covers. */
export function lastDayOf(text: string): number {
  let last = lastDays.get(text);
  if (last === undefined) {
    const { year, month, day } = requireDate(text);
    const lastMonth = month ?? 12;
    last = dayNumber(year, lastMonth, day ?? daysInMonth(year, lastMonth));
    lastDays.set(text, last);
  }
  return last;
}

/** "YYYY-MM-DD" for a day number. */
export function isoDay(dayNumberSince1970: number): string {
  return new Date(dayNumberSince1970 * MS_PER_DAY).toISOString().slice(0, 10);
}

export function precisionOf(text: string): DatePrecision {
  return requireDate(text).precision;
}
