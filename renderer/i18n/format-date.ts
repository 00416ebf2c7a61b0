import { parsePartialDate, type PartialDate } from '../../domain/partial-date';

/**
 * Dates in each language's own form, at the precision the data has:
 * "July 20, 2017" / "2017年7月20日", "July 2017" / "2017年7月", "2017" / "2017年".
 */

function formatOptions(precision: PartialDate['precision']): Intl.DateTimeFormatOptions {
  if (precision === 'day') return { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  if (precision === 'month') return { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return { year: 'numeric', timeZone: 'UTC' };
}

function toDate(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

function localeOf(language: string): string {
  return language === 'ja' ? 'ja-JP' : 'en-US';
}

/**
 * Creating an Intl.DateTimeFormat costs far more than formatting with one (about 0.9 s for a
 * language switch over thousands of timeline items), so each locale and set of options gets one,
 * shared by every date and time the app writes.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, known);
  }
  return known;
}

export function formatPartialDate(text: string, language: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  return dateTimeFormat(language, formatOptions(date.precision)).format(toDate(date));
}

function formatWith(language: string, date: PartialDate, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(toDate(date));
}

/**
 * The end of a span without what it shares with the start: "21" after "July 20", "8月2日"
 * after "2017年7月20日". ICU's formatRange is not used because its Japanese output varies
 * between ICU versions (Node prints "2017/07/20～2017/07/21").
 */
function shortenedEnd(from: PartialDate, to: PartialDate, language: string): string | null {
  if (from.year !== to.year || from.precision !== to.precision || from.precision === 'year') return null;
  const sameMonth = from.month === to.month;
  if (language === 'ja') {
    if (to.precision === 'day') return sameMonth ? `${to.day}日` : `${to.month}月${to.day}日`;
    return `${to.month}月`;
  }
  if (to.precision === 'day') {
    return sameMonth ? `${to.day}` : formatWith(language, to, { month: 'long', day: 'numeric' });
  }
  return formatWith(language, to, { month: 'long' });
}

/** A span such as "July 20–21, 2017" / "2017年7月20日～21日"; a single date when there is no end. */
export function formatDateSpan(start: string, end: string | null | undefined, language: string): string {
  const from = parsePartialDate(start);
  const to = end ? parsePartialDate(end) : null;
  if (!from || !to || end === start) return formatPartialDate(start, language);
  const separator = language === 'ja' ? '～' : ' – ';
  const shortEnd = shortenedEnd(from, to, language);
  if (!shortEnd) return `${formatPartialDate(start, language)}${separator}${formatPartialDate(end ?? '', language)}`;
  if (language === 'ja') return `${formatPartialDate(start, language)}～${shortEnd}`;
  const startWithoutYear = formatWith(language, from, from.precision === 'day' ? { month: 'long', day: 'numeric' } : { month: 'long' });
  const joiner = from.precision === 'day' && from.month === to.month ? '–' : ' – ';
  return `${startWithoutYear}${joiner}${shortEnd}${from.precision === 'day' ? ',' : ''} ${from.year}`;
}
