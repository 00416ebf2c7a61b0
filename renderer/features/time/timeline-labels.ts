import { dateTimeFormat } from '../../i18n/format-date';

/**
 * Axis labels in the UI language ("2017", "Jul", "20" / "2017年", "7月", "20日"), written with
 * Intl rather than vis-timeline's moment locales so they match the rest of the app.
 */

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

function format(language: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(language, options).format(date);
}

export function minorLabel(language: string, date: Date, scale: string): string {
  switch (scale as Scale) {
    case 'year':
      return format(language, date, { year: 'numeric' });
    case 'month':
      return format(language, date, { month: language === 'ja' ? 'numeric' : 'short' });
    case 'week':
    case 'day':
      return format(language, date, { day: 'numeric' });
    case 'weekday':
      return format(language, date, { weekday: 'short', day: 'numeric' });
    default:
      return format(language, date, { hour: 'numeric', minute: '2-digit' });
  }
}

export function majorLabel(language: string, date: Date, scale: string): string {
  switch (scale as Scale) {
    case 'year':
      return '';
    case 'month':
      return format(language, date, { year: 'numeric' });
    case 'week':
    case 'day':
    case 'weekday':
      return format(language, date, { year: 'numeric', month: 'long' });
    default:
      return format(language, date, { year: 'numeric', month: 'long', day: 'numeric' });
  }
}
