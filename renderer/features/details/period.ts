import type { TFunction } from 'i18next';
import { formatPartialDate } from '../../i18n/format-date';

/** "July 1, 2025 – present"-style text for a validity interval, or null when both bounds are open. */
export function formatPeriod(t: TFunction, language: string, from: string | null, to: string | null): string | null {
  const start = from ? formatPartialDate(from, language) : null;
  const end = to ? formatPartialDate(to, language) : null;
  if (start && end) return t('period.fromTo', { from: start, to: end });
  if (start) return t('period.from', { from: start });
  if (end) return t('period.to', { to: end });
  return null;
}
