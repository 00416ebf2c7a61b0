import { firstDayOf, lastDayOf } from './partial-date';

/**
 * Validity intervals with partial-date bounds. A missing bound is open: an actor with no
 * `from` has always existed as far as the dataset knows.
 */
export interface Validity {
  readonly from?: string | null;
  readonly to?: string | null;
}

/** True when `end` ends before `start` begins (so an interval from start to end is empty). */
export function endsBeforeStart(start: string, end: string): boolean {
  return lastDayOf(end) < firstDayOf(start);
}

/** Whether the interval covers the given day ("YYYY-MM-DD", or coarser: then any overlap counts). */
export function isValidOn(validity: Validity, date: string): boolean {
  return overlapsRange(validity, date, date);
}

/** Whether the interval and the range [rangeStart, rangeEnd] share at least one day. */
export function overlapsRange(validity: Validity, rangeStart: string, rangeEnd: string): boolean {
  if (validity.from && firstDayOf(validity.from) > lastDayOf(rangeEnd)) return false;
  if (validity.to && lastDayOf(validity.to) < firstDayOf(rangeStart)) return false;
  return true;
}
